package org.atrium.testing.faulty;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoFactory;
import org.atrium.core.store.Transaction;
import org.atrium.demo.DemoContribution;
import org.atrium.demo.Office;
import org.osgi.service.component.annotations.Component;

/** Demo data that fails half-way: it saves a person, then throws. */
@Component(service = DemoContribution.class)
public class FailingDemoContribution implements DemoContribution {

	/** The login of the person saved before the failure. */
	public static final String HALF_WRITTEN_LOGIN = "faulty.demo";

	@Override
	public void contribute(Office office, long seed, Transaction transaction) {
		Person person = PmoFactory.eINSTANCE.createPerson();
		person.setName("Half-written demo person");
		person.setLogin(HALF_WRITTEN_LOGIN);
		transaction.save(person);
		throw FaultyPlugin.failure();
	}
}
