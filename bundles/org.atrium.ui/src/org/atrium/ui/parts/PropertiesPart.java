package org.atrium.ui.parts;

import java.util.ArrayList;
import java.util.List;

import org.atrium.ui.editor.Tables;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
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

/** The attributes of the selected object. */
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
		if (table == null || table.getTable().isDisposed()) {
			return;
		}
		table.setInput(selection instanceof EObject object ? properties(object) : List.of());
	}

	static List<Property> properties(EObject object) {
		List<Property> rows = new ArrayList<>();
		rows.add(new Property("type", object.eClass().getName()));
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (feature instanceof EReference reference && (reference.isContainment() || reference.isContainer())) {
				continue;
			}
			Object value = object.eGet(feature, false);
			rows.add(new Property(feature.getName(), text(value)));
		}
		return rows;
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof EObject target) {
			if (target.eIsProxy()) {
				return "(not loaded)";
			}
			EStructuralFeature name = target.eClass().getEStructuralFeature("name");
			return name == null ? target.eClass().getName() : String.valueOf(target.eGet(name));
		}
		return value.toString();
	}
}
