package org.atrium.core.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.TimeZone;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.store.AuditQuery;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.StoreSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Stamps and the audit are stored in UTC, so a database means the same on machines in other zones. */
class UtcTimesTest extends StoreTestSupport {

	private final TimeZone machineZone = TimeZone.getDefault();

	@AfterEach
	void restoreZone() {
		TimeZone.setDefault(machineZone);
	}

	@Test
	void stampsAndAuditTimesAreStoredInUtcAndReadBackInAnyZone() throws SQLException {
		TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
		ModelStore store = openStore();
		Person ann = person("Ann Lee", "alee");
		try (StoreSession session = store.openSession("alee")) {
			session.save(ann);
		}
		Instant modified = ann.getModified();

		assertEquals(utcWallClock(modified), stored("SELECT \"MODIFIED\" FROM \"PMO_PERSON\""));
		assertEquals(utcWallClock(modified), stored("SELECT \"AT\" FROM \"ATRIUM_AUDIT\""));

		TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
		try (StoreSession session = store.openSession("alee")) {
			assertEquals(modified, session.<Person>load(P.getPerson(), ann.getId()).getModified());
		}
		assertEquals(modified, store.auditLog(AuditQuery.ofObject(ann.getId(), 1)).get(0).at());
	}

	private static LocalDateTime utcWallClock(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/** The column's value as the database holds it, read as text with no zone applied. */
	private LocalDateTime stored(String select) throws SQLException {
		try (Connection connection = database().connect(); Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(select)) {
			rs.next();
			return LocalDateTime.parse(rs.getString(1).replace(' ', 'T'));
		}
	}
}
