package org.atrium.core;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.atrium.core.model.Formats;
import org.atrium.core.model.Labels;

import org.atrium.core.store.AuditEntry;
import org.atrium.core.store.AuditQuery;
import org.atrium.core.store.ModelStore;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Component;

/**
 * Reads the audit log and says each entry in a sentence, with the labels of the model ("% complete", not
 * {@code percentComplete}) and the time in the user's time zone and format (the log keeps UTC).
 */
@Component(service = AuditTrail.class)
public class AuditTrail {

	private final Map<String, EClass> classes = new ConcurrentHashMap<>();

	public List<AuditEntry> recent(ModelStore store, int limit) {
		return store.auditLog(AuditQuery.recent(limit));
	}

	public List<AuditEntry> ofObject(ModelStore store, String objectId, int limit) {
		return store.auditLog(AuditQuery.ofObject(objectId, limit));
	}

	/** For example: {@code 20 Nov 2026, 10:15:02  alee  changed Project 'CRM' % complete: '40' -> '45'}. */
	public String describe(AuditEntry entry) {
		String what = switch (entry.action()) {
		case CREATE -> "created " + entry.objectLabel();
		case DELETE -> "deleted " + entry.objectLabel();
		case UPDATE -> "changed " + entry.objectLabel() + " " + featureLabel(entry) + ": " + quoted(entry.oldValue())
				+ " -> " + quoted(entry.newValue());
		};
		return Formats.time(entry.at()) + "  " + entry.user() + "  " + what;
	}

	/** The label of the entry's feature, found through its class ({@code prefix:Class}) among the registered packages. */
	public String featureLabel(AuditEntry entry) {
		if (entry.feature() == null) {
			return "";
		}
		EClass eClass = entry.objectClass() == null ? null : classes.computeIfAbsent(entry.objectClass(), AuditTrail::find);
		EStructuralFeature feature = eClass == null || eClass.eIsProxy() ? null : eClass.getEStructuralFeature(entry.feature());
		return feature == null ? Labels.words(entry.feature()).toLowerCase(java.util.Locale.ROOT) : Labels.inSentence(feature);
	}

	private static EClass find(String key) {
		int colon = key.indexOf(':');
		String prefix = colon < 0 ? null : key.substring(0, colon);
		String name = key.substring(colon + 1);
		for (String nsUri : List.copyOf(EPackage.Registry.INSTANCE.keySet())) {
			EPackage ePackage = EPackage.Registry.INSTANCE.getEPackage(nsUri);
			if (ePackage != null && (prefix == null || prefix.equals(ePackage.getNsPrefix()))
					&& ePackage.getEClassifier(name) instanceof EClass eClass) {
				return eClass;
			}
		}
		return UNKNOWN;
	}

	private static final EClass UNKNOWN = org.eclipse.emf.ecore.EcoreFactory.eINSTANCE.createEClass();

	private static String quoted(String value) {
		return value == null ? "(none)" : "'" + value + "'";
	}
}
