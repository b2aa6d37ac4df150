package org.atrium.core.store.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreException;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.TeamRole;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.DynamicEObjectImpl;
import org.eclipse.emf.ecore.impl.EFactoryImpl;
import org.junit.jupiter.api.Test;

/** A plugin installed after the repository was set up: a staff client makes its tables, as the staff role. */
class TeamSchemaUpgradeTest extends TeamTestSupport {

	/** A plugin's package: Memo, with a text. */
	private static final class MemoPackage {
		final EPackage ePackage = EcoreFactory.eINSTANCE.createEPackage();
		final EClass memo = EcoreFactory.eINSTANCE.createEClass();
		final EAttribute text = EcoreFactory.eINSTANCE.createEAttribute();

		MemoPackage() {
			ePackage.setName("memo");
			ePackage.setNsPrefix("memo");
			ePackage.setNsURI("http://example.org/memo");
			ePackage.setEFactoryInstance(new EFactoryImpl() {
				@Override
				public EObject create(EClass eClass) {
					return new DynamicEObjectImpl(eClass);
				}
			});
			memo.setName("Memo");
			memo.getESuperTypes().add(PmoPackage.Literals.ENTITY);
			text.setName("text");
			text.setEType(EcorePackage.Literals.ESTRING);
			memo.getEStructuralFeatures().add(text);
			ePackage.getEClassifiers().add(memo);
		}

		ModelContribution contribution() {
			return () -> ePackage;
		}
	}

	@Test
	void aStaffClientMakesANewPluginsTablesForTheWholeTeam() throws SQLException {
		String bob = user("bob", "bsmith", TeamRole.STAFF);
		String alice = user("alice", "alee", TeamRole.STAFF);
		String carol = user("carol", "cjones", TeamRole.LEADERSHIP);
		MemoPackage plugin = new MemoPackage();

		ModelStore bobs = open(database.config(bob, password(bob)), plugin.contribution());
		try (StoreSession session = bobs.openSession("bsmith")) {
			EObject memo = plugin.ePackage.getEFactoryInstance().create(plugin.memo);
			memo.eSet(plugin.text, "written by bob");
			session.save(memo);
		}
		try (Connection admin = database.connect(); Statement statement = admin.createStatement();
				ResultSet rs = statement.executeQuery("SELECT tableowner FROM pg_tables WHERE tablename = 'MEMO_MEMO'")) {
			assertTrue(rs.next(), "the plugin's table exists");
			assertEquals("atrium_staff", rs.getString(1), "owned by the staff role, not by bob's login");
		}

		ModelStore alices = open(database.config(alice, password(alice)), plugin.contribution());
		try (StoreSession session = alices.openSession("alee")) {
			EObject memo = session.<EObject>query(Query.of(plugin.memo)).get(0);
			memo.eSet(plugin.text, "changed by alice");
			session.save(memo);
		}
		ModelStore carols = open(database.config(carol, password(carol)), plugin.contribution());
		try (StoreSession session = carols.openSession("cjones")) {
			assertEquals(List.of("changed by alice"),
					session.<EObject>query(Query.of(plugin.memo)).stream().map(m -> m.eGet(plugin.text)).toList());
		}
	}

	@Test
	void leadershipCannotMakeAPluginsTables() {
		String carol = user("carol", "cjones", TeamRole.LEADERSHIP);
		MemoPackage plugin = new MemoPackage();
		StoreException e = assertThrows(StoreException.class, () -> open(database.config(carol, password(carol)),
				plugin.contribution()));
		assertEquals("Cannot bring the tables of http://example.org/memo up to date: " + carol + " may only read this team "
				+ "repository; the tables of a newly installed plugin are made by the first client of a staff member that "
				+ "starts with it.", e.getMessage());
	}
}
