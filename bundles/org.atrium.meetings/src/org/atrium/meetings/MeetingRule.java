package org.atrium.meetings;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.atrium.core.WriteRule;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.store.Ids;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.Write;
import org.atrium.core.store.WriteCheck;
import org.atrium.meetings.model.meetings.ActionItem;
import org.atrium.meetings.model.meetings.AgendaItem;
import org.atrium.meetings.model.meetings.MeetingSeries;
import org.atrium.meetings.model.meetings.MeetingsPackage.Literals;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Component;

/**
 * Who may change a meeting besides those whose roles at its portfolio, program or project allow it (the PMO, the
 * project manager):
 * <ul>
 * <li>the organizer of a stored series changes it and everything in it (occurrences, agendas, attendance,
 * decisions, actions), but neither where it belongs nor who organizes it, nor deletes the series;</li>
 * <li>the presenter of an agenda item writes its minutes, and the owner of an action item its status and notes.</li>
 * </ul>
 * The organizer, presenter and owner are read as committed before the write, so no write grants itself.
 */
@Component(service = WriteRule.class)
public class MeetingRule implements WriteRule {

	/** What an attendee may write on their own items. */
	private static final Set<EStructuralFeature> PRESENTER_WRITES = Set.of(Literals.AGENDA_ITEM__MINUTES);
	private static final Set<EStructuralFeature> OWNER_WRITES = Set.of(Literals.ACTION_ITEM__STATUS,
			Literals.ACTION_ITEM__NOTES);
	private static final Set<EStructuralFeature> ROLE_WRITES = Set.of(Literals.MEETING_SERIES__SCOPE,
			Literals.MEETING_SERIES__ORGANIZER);

	@Override
	public Set<Write> allowed(WriteCheck check, Person actor) {
		return check.writes().stream().filter(write -> allows(write, actor, check)).collect(Collectors.toSet());
	}

	/** Whether the write needs no role: it is the organizer's, the presenter's or the action owner's. */
	boolean allows(Write write, Person actor, WriteCheck check) {
		if (actor == null) {
			return false;
		}
		EObject object = write.object();
		if (write.kind() == Write.Kind.UPDATE && write.movedFrom() == null) {
			if (object instanceof AgendaItem item && PRESENTER_WRITES.containsAll(write.features())) {
				return committed(check.committed(), item).map(AgendaItem::getPresenter)
						.filter(presenter -> same(presenter, actor)).isPresent();
			}
			if (object instanceof ActionItem action && OWNER_WRITES.containsAll(write.features())) {
				return committed(check.committed(), action).map(ActionItem::getOwner)
						.filter(owner -> same(owner, actor)).isPresent();
			}
		}
		MeetingSeries series = seriesOf(object);
		if (series == null || check.isNew(series)) {
			return false;
		}
		if (object == series && (write.kind() == Write.Kind.DELETE
				|| write.features().stream().anyMatch(ROLE_WRITES::contains))) {
			return false;
		}
		return isOrganizer(actor, series, check.committed());
	}

	@Override
	public boolean allowsEditing(Person actor, EObject object, StoreSession session) {
		MeetingSeries series = seriesOf(object);
		return actor != null && series != null && Ids.of(series) != null && isOrganizer(actor, series, session);
	}

	/** Whether the person organizes the series as the session reads it. */
	private static boolean isOrganizer(Person actor, MeetingSeries series, StoreSession session) {
		return committed(session, series).map(MeetingSeries::getOrganizer).filter(o -> same(o, actor)).isPresent();
	}

	/** The series containing the object in memory, or the object itself. */
	static MeetingSeries seriesOf(EObject object) {
		for (EObject current = object; current != null; current = current.eContainer()) {
			if (current instanceof MeetingSeries series) {
				return series;
			}
		}
		return null;
	}

	@SuppressWarnings("unchecked")
	private static <T extends EObject> Optional<T> committed(StoreSession session, T object) {
		String id = Ids.of(object);
		return id == null ? Optional.empty() : session.find(object.eClass(), id).map(found -> (T) found);
	}

	private static boolean same(Person a, Person b) {
		return a != null && b != null && Ids.of(a) != null && Ids.of(a).equals(Ids.of(b));
	}
}
