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
import org.atrium.core.store.AuditQuery;
import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.StoreException;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.TeamRepository;
import org.atrium.core.store.TeamRepository.Copied;
import org.atrium.core.store.TeamRole;
import org.atrium.core.store.testing.Engine;
import org.atrium.core.store.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** {@code TeamRepository.copy}: an embedded database into the team repository, by its administrator only. */
class TeamCopyTest extends TeamTestSupport {

	private static final List<ModelContribution> CORE = List.of(ModelContribution.of(PmoPackage.eINSTANCE));

	private StoreConfig embeddedWithAPortfolio() {
		StoreConfig derby = TestDatabase.create(Engine.DERBY, folder.resolve("workspace")).config();
		try (ModelStore store = open(derby); StoreSession session = store.openSession("alee")) {
			session.save(portfolio("Moving in"));
		}
		return derby;
	}

	@Test
	void theHistoryKeepsItsNamesAndTimes() {
		StoreConfig derby = embeddedWithAPortfolio();
		Copied copied = TeamRepository.copy(derby, database.config(), CORE);
		assertTrue(copied.saved());
		assertTrue(copied.tables().stream().allMatch(TeamRepository.TableCount::matches), copied.toString());
		var before = open(derby).auditLog(AuditQuery.recent(10));
		var after = admin().auditLog(AuditQuery.recent(10));
		assertEquals(before, after, "sequence, transaction, time, user and values as they were");
		assertEquals("alee", after.get(0).user());
	}

	@Test
	void aStaffLoginCannotCopyAndNothingIsWritten() throws SQLException {
		StoreConfig derby = embeddedWithAPortfolio();
		String bob = user("bob", "bsmith", TeamRole.STAFF);
		long before = rows("PMO_PORTFOLIO") + rows("ATRIUM_AUDIT");
		StoreException e = assertThrows(StoreException.class,
				() -> TeamRepository.copy(derby, database.config(bob, password(bob)), CORE));
		assertEquals("Copy into PostgreSQL " + database.url() + " as its administrator: the login '" + bob + "' works as "
				+ "bsmith, and every entry of the copied audit history would carry that name. Nothing was copied.",
				e.getMessage());
		assertEquals(before, rows("PMO_PORTFOLIO") + rows("ATRIUM_AUDIT"));
	}

	@Test
	void aDatabaseThatWasNeverSetUpIsRefused() {
		StoreConfig derby = embeddedWithAPortfolio();
		try (TestDatabase plain = TestDatabase.create(Engine.POSTGRESQL, folder.resolve("plain"))) {
			StoreException e = assertThrows(StoreException.class, () -> TeamRepository.copy(derby, plain.config(), CORE));
			assertEquals("PostgreSQL " + plain.url() + " is not a team repository yet: run 'atrium server init' on it first. "
					+ "Nothing was copied.", e.getMessage());
		}
	}

	private long rows(String table) throws SQLException {
		try (Connection admin = database.connect(); Statement statement = admin.createStatement();
				ResultSet rs = statement.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
			rs.next();
			return rs.getLong(1);
		}
	}
}
