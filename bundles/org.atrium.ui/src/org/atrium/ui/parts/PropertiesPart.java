package org.atrium.ui.parts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.atrium.core.model.Formats;
import org.atrium.core.model.Labels;
import org.atrium.core.model.pmo.PmoPackage;

import org.atrium.ui.editor.Tables;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The attributes of the object selected in the navigator, the overview or a plugin's part, by their labels, with
 * values in the user's format.
 */
public class PropertiesPart {

	/** One property row. */
	public record Property(String name, String value) {
	}

	private TableViewer table;

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.fillDefaults().applyTo(parent);
		table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.FILL, true, true));
		Tables.column(table, "Property", 180, Property::name);
		Tables.column(table, "Value", 520, Property::value);
		table.setContentProvider(ArrayContentProvider.getInstance());
	}

	@Inject
	void selected(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		// Activating a part without a selection (Properties itself) keeps what was shown.
		if (table == null || table.getTable().isDisposed() || selection == null) {
			return;
		}
		table.setInput(selection instanceof EObject object ? properties(object) : List.of());
	}

	/** The rows shown. */
	@SuppressWarnings("unchecked")
	public List<Property> rows() {
		return table.getInput() == null ? List.of() : (List<Property>) table.getInput();
	}

	/**
	 * The rows shown for an object: its kind, then each attribute and plain reference by its label, with values as
	 * users read them (dates and times in their format, amounts with the currency); ids and versions are left out.
	 */
	public static List<Property> properties(EObject object) {
		List<Property> rows = new ArrayList<>();
		rows.add(new Property("Type", Labels.of(object.eClass())));
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (feature instanceof EReference reference && (reference.isContainment() || reference.isContainer())
					|| HIDDEN.contains(feature)) {
				continue;
			}
			rows.add(new Property(Labels.of(feature), text(object, object.eGet(feature, false))));
		}
		return rows;
	}

	private static final List<EStructuralFeature> HIDDEN = List.of(PmoPackage.Literals.ENTITY__ID,
			PmoPackage.Literals.ENTITY__VERSION);

	/** A value as users read it; amounts carry the currency of their object, or of the project that holds it. */
	static String text(EObject owner, Object value) {
		return switch (value) {
		case null -> "";
		case EObject target when target.eIsProxy() -> Labels.of(target.eClass());
		case EObject target -> Labels.of(target);
		case LocalDate date -> Formats.date(date);
		case Instant time -> Formats.time(time);
		case BigDecimal amount -> Formats.amount(amount, currency(owner));
		case Boolean yes -> yes ? "Yes" : "No";
		case Enumerator literal -> literal.getLiteral();
		case List<?> list -> list.stream().map(each -> text(owner, each)).collect(Collectors.joining(", "));
		default -> value.toString();
		};
	}

	private static String currency(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o.eClass().getEStructuralFeature("currency") instanceof EAttribute currency
					&& o.eGet(currency) instanceof String code) {
				return code;
			}
			if (o.eClass() == PmoPackage.Literals.PERSON || o.eClass() == PmoPackage.Literals.TIME_ENTRY) {
				return null;
			}
		}
		return null;
	}
}
