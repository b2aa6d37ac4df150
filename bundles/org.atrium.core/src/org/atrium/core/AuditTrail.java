package org.atrium.core;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.atrium.core.model.Formats;
import org.atrium.core.model.Labels;

import org.atrium.core.store.AuditEntry;
import org.atrium.core.store.AuditQuery;
import org.atrium.core.store.ModelStore;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
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
		return Formats.time(entry.at()) + "  " + entry.user() + "  " + change(entry);
	}

	/**
	 * What the entry changed, e.g. {@code changed Project 'CRM' % complete: '40' -> '45'}. A plain reference's old and
	 * new targets are stored as ids, which mean nothing to a reader, so only the change itself is said.
	 */
	public String change(AuditEntry entry) {
		return switch (entry.action()) {
		case CREATE -> "created " + entry.objectLabel();
		case DELETE -> "deleted " + entry.objectLabel();
		case UPDATE -> "changed " + entry.objectLabel() + " " + featureLabel(entry)
				+ (isReference(entry) ? "" : ": " + quoted(entry, entry.oldValue()) + " -> " + quoted(entry, entry.newValue()));
		};
	}

	/** A stored value as users read it: dates and times in their format, amounts with grouping. */
	private String quoted(AuditEntry entry, String value) {
		if (value == null) {
			return "(none)";
		}
		if (feature(entry) instanceof EAttribute attribute && !attribute.isMany()) {
			try {
				Object typed = EcoreUtil.createFromString(attribute.getEAttributeType(), value);
				String shown = switch (typed) {
				case LocalDate date -> Formats.date(date);
				case Instant time -> Formats.time(time);
				case BigDecimal amount -> Formats.amount(amount, null);
				default -> value;
				};
				return "'" + shown + "'";
			} catch (RuntimeException e) {
				// shown as stored
			}
		}
		return "'" + value + "'";
	}

	private boolean isReference(AuditEntry entry) {
		EStructuralFeature feature = feature(entry);
		return feature instanceof EReference reference && !reference.isContainment();
	}

	private EStructuralFeature feature(AuditEntry entry) {
		if (entry.feature() == null || entry.objectClass() == null) {
			return null;
		}
		return classes.computeIfAbsent(entry.objectClass(), AuditTrail::find).getEStructuralFeature(entry.feature());
	}

	/** The label of the entry's feature, found through its class ({@code prefix:Class}) among the registered packages. */
	public String featureLabel(AuditEntry entry) {
		if (entry.feature() == null) {
			return "";
		}
		EStructuralFeature feature = feature(entry);
		return feature == null ? Labels.words(entry.feature()).toLowerCase(java.util.Locale.ROOT) : Labels.inSentence(feature);
	}

	private static EClass find(String key) {
		int colon = key.indexOf(':');
		String prefix = colon < 0 ? null : key.substring(0, colon);
		String name = key.substring(colon + 1);
		for (String nsUri : List.copyOf(EPackage.Registry.INSTANCE.keySet())) {
			EPackage ePackage;
			try {
				ePackage = EPackage.Registry.INSTANCE.getEPackage(nsUri);
			} catch (RuntimeException e) {
				continue;
			}
			if (ePackage != null && (prefix == null || prefix.equals(ePackage.getNsPrefix()))
					&& ePackage.getEClassifier(name) instanceof EClass eClass) {
				return eClass;
			}
		}
		return UNKNOWN;
	}

	private static final EClass UNKNOWN = org.eclipse.emf.ecore.EcoreFactory.eINSTANCE.createEClass();

}
