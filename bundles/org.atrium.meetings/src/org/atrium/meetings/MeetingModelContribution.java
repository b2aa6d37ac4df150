package org.atrium.meetings;

import org.atrium.core.store.ModelContribution;
import org.atrium.meetings.model.meetings.MeetingsPackage;
import org.eclipse.emf.ecore.EPackage;
import org.osgi.service.component.annotations.Component;

/** The meeting model, persisted by the store: series, occurrences, agendas, decisions, actions and templates. */
@Component(service = ModelContribution.class)
public class MeetingModelContribution implements ModelContribution {

	@Override
	public EPackage ePackage() {
		return MeetingsPackage.eINSTANCE;
	}
}
