package org.atrium.core.store.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.store.AuditEntry;
import org.atrium.core.store.AuditQuery;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreException;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.TeamRole;
import org.atrium.core.store.UnmappedLoginException;
import org.junit.jupiter.api.Test;

/**
 * Who works is what the server says: the login's person opens sessions, the server writes the audit entries' user
 * and time, and a login's role decides what it may change.
 */
class TeamIdentityTest extends TeamTestSupport {

	@Test
	void aStaffLoginWorksAsItsPersonAndTheAuditNamesThem() {
		String bob = user("bob", "bsmith", TeamRole.STAFF);
		ModelStore store = as(bob);
		assertEquals(Optional.of("bsmith"), store.signedInPerson());
		Portfolio saved = portfolio("Network renewal");
		try (StoreSession session = store.openSession("bsmith")) {
			session.save(saved);
		}
		List<AuditEntry> log = admin().auditLog(AuditQuery.ofObject(saved.getId(), 10));
		assertEquals(1, log.size());
		assertEquals("bsmith", log.get(0).user());
	}

	@Test
	void aSessionForAnyoneElseIsRefused() {
		String bob = user("bob", "bsmith", TeamRole.STAFF);
		ModelStore store = as(bob);
		StoreException e = assertThrows(StoreException.class, () -> store.openSession("alee"));
		assertEquals("The team repository signed in the login '" + bob + "' as 'bsmith'; it cannot work as 'alee'.",
				e.getMessage());
	}

	@Test
	void theServerWritesTheUserAndTimeOfAnAuditEntryWhateverTheClientSends() throws SQLException {
		String bob = user("bob", "bsmith", TeamRole.STAFF);
		try (Connection connection = connect(bob)) {
			Timestamp serverNow;
			try (Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("SELECT timezone('UTC', now())")) {
				rs.next();
				serverNow = rs.getTimestamp(1);
			}
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO \"ATRIUM_AUDIT\" (\"TX_ID\", \"AT\", "
					+ "\"USER_NAME\", \"ACTION\", \"OBJECT_CLASS\", \"OBJECT_ID\") VALUES ('tx', ?, 'ceo', 'UPDATE', 'pmo:Project', 'p1')")) {
				insert.setTimestamp(1, Timestamp.valueOf("2001-01-01 00:00:00"));
				insert.executeUpdate();
			}
			try (Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("SELECT \"USER_NAME\", \"AT\" FROM \"ATRIUM_AUDIT\" WHERE \"OBJECT_ID\" = 'p1'")) {
				rs.next();
				assertEquals("bsmith", rs.getString(1), "the person of the login, not the name the client sent");
				assertTrue(!rs.getTimestamp(2).before(serverNow), "the server's time, not 2001: " + rs.getTimestamp(2));
			}
		}
	}

	@Test
	void staffAndLeadershipCannotRewriteTheAuditLog() throws SQLException {
		String bob = user("bob", "bsmith", TeamRole.STAFF);
		String carol = user("carol", "cjones", TeamRole.LEADERSHIP);
		try (StoreSession session = as(bob).openSession("bsmith")) {
			session.save(portfolio("Kept history"));
		}
		for (String login : List.of(bob, carol)) {
			try (Connection connection = connect(login); Statement statement = connection.createStatement()) {
				for (String rewrite : List.of("UPDATE \"ATRIUM_AUDIT\" SET \"USER_NAME\" = 'nobody'", "DELETE FROM \"ATRIUM_AUDIT\"",
						"TRUNCATE \"ATRIUM_AUDIT\"", "ALTER TABLE \"ATRIUM_AUDIT\" DISABLE TRIGGER USER",
						"DROP TRIGGER atrium_audit_stamp ON \"ATRIUM_AUDIT\"", "UPDATE \"ATRIUM_USERS\" SET \"PERSON_LOGIN\" = 'ceo'",
						"INSERT INTO \"ATRIUM_USERS\" VALUES ('someone', 'ceo')")) {
					SQLException e = assertThrows(SQLException.class, () -> statement.execute(rewrite), login + ": " + rewrite);
					assertTrue(List.of("42501", "42939").contains(e.getSQLState()) || e.getMessage().contains("must be owner"),
							login + ": " + rewrite + ": " + e.getSQLState() + " " + e.getMessage());
				}
			}
		}
		try (Connection admin = database.connect(); Statement statement = admin.createStatement();
				ResultSet rs = statement.executeQuery("SELECT count(*), min(\"USER_NAME\") FROM \"ATRIUM_AUDIT\" WHERE \"ACTION\" = 'CREATE' "
						+ "AND \"OBJECT_CLASS\" = 'pmo:Portfolio'")) {
			rs.next();
			assertEquals(1, rs.getInt(1));
			assertEquals("bsmith", rs.getString(2));
		}
	}

	@Test
	void leadershipReadsEverythingAndTheServerRefusesItsWrites() {
		String bob = user("bob", "bsmith", TeamRole.STAFF);
		String carol = user("carol", "cjones", TeamRole.LEADERSHIP);
		Portfolio saved = portfolio("Data centre exit");
		try (StoreSession session = as(bob).openSession("bsmith")) {
			session.save(saved);
		}
		ModelStore leadership = as(carol);
		assertEquals(Optional.of("cjones"), leadership.signedInPerson());
		try (StoreSession session = leadership.openSession("cjones")) {
			List<Portfolio> read = session.query(Query.<Portfolio>of(PmoPackage.Literals.PORTFOLIO));
			assertEquals(List.of("Data centre exit"), read.stream().map(Portfolio::getName).toList());
			assertTrue(leadership.auditLog(AuditQuery.recent(10)).stream()
					.anyMatch(entry -> entry.user().equals("bsmith") && entry.objectId().equals(saved.getId())));

			read.get(0).setName("Renamed by leadership");
			StoreException e = assertThrows(StoreException.class, () -> session.save(read.get(0)));
			assertEquals("Nothing was saved: " + carol + " may only read this team repository.", e.getMessage());
			StoreException added = assertThrows(StoreException.class, () -> session.save(portfolio("New by leadership")));
			assertEquals("Nothing was saved: " + carol + " may only read this team repository.", added.getMessage());
		}
		try (StoreSession session = admin().openSession(ADMIN_WORKS_AS)) {
			assertEquals(List.of("Data centre exit"), session.query(Query.<Portfolio>of(PmoPackage.Literals.PORTFOLIO)).stream()
					.map(Portfolio::getName).toList());
		}
	}

	@Test
	void aLoginWithNoPersonIsRefusedAtOpen() throws SQLException {
		String stray = login("stray");
		try (Connection admin = database.connect(); Statement statement = admin.createStatement()) {
			statement.execute("CREATE ROLE " + stray + " LOGIN IN ROLE atrium_staff");
			statement.execute("ALTER ROLE " + stray + " PASSWORD '" + password(stray).replace("'", "''") + "'");
		}
		UnmappedLoginException e = assertThrows(UnmappedLoginException.class, () -> as(stray));
		assertTrue(e.getMessage().contains("knows no person for the login '" + stray + "'"), e.getMessage());
	}

	@Test
	void theAdministratorMayWorkAsAnyoneAndKeepsTheNamesItWrites() {
		ModelStore admin = admin();
		assertEquals(Optional.empty(), admin.signedInPerson());
		Portfolio saved = portfolio("Imported");
		try (StoreSession session = admin.openSession("alee")) {
			session.save(saved);
		}
		assertEquals("alee", admin.auditLog(AuditQuery.ofObject(saved.getId(), 1)).get(0).user());
	}
}
