package org.atrium.core;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.atrium.core.store.AuditEntry;
import org.atrium.core.store.AuditQuery;
import org.atrium.core.store.ModelStore;
import org.osgi.service.component.annotations.Component;

/** Reads the audit log and says each entry in a sentence. */
@Component(service = AuditTrail.class)
public class AuditTrail {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.withZone(ZoneId.systemDefault());

	public List<AuditEntry> recent(ModelStore store, int limit) {
		return store.auditLog(AuditQuery.recent(limit));
	}

	public List<AuditEntry> ofObject(ModelStore store, String objectId, int limit) {
		return store.auditLog(AuditQuery.ofObject(objectId, limit));
	}

	/** For example: {@code 2026-11-20 10:15:02  alee  changed Project 'CRM' name: 'A' -> 'B'}. */
	public String describe(AuditEntry entry) {
		String what = switch (entry.action()) {
		case CREATE -> "created " + entry.objectLabel();
		case DELETE -> "deleted " + entry.objectLabel();
		case UPDATE -> "changed " + entry.objectLabel() + " " + entry.feature() + ": " + quoted(entry.oldValue())
				+ " -> " + quoted(entry.newValue());
		};
		return TIME.format(entry.at()) + "  " + entry.user() + "  " + what;
	}

	private static String quoted(String value) {
		return value == null ? "(none)" : "'" + value + "'";
	}
}
