package org.atrium.ui.editor;

import org.atrium.core.model.pmo.Project;

import java.time.LocalDate;
import java.util.List;

import org.atrium.core.model.pmo.Kpi;
import org.atrium.core.model.pmo.KpiDirection;
import org.atrium.core.model.pmo.Measurement;
import org.atrium.core.model.pmo.PmoFactory;
import org.atrium.core.model.pmo.PmoPackage.Literals;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** KPIs with their thresholds, and the measurement history of the selected KPI. */
final class KpisPage {

	private final TableViewer kpis;
	private final TableViewer measurements;
	private final Button addMeasurement;

	KpisPage(Composite parent, EditingContext<Project> editing) {
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		kpis = Tables.table(parent);
		Tables.attribute(kpis, editing, "KPI", 220, Literals.KPI__NAME);
		Tables.attribute(kpis, editing, "Unit", 80, Literals.KPI__UNIT);
		Tables.attribute(kpis, editing, "Direction", 130, Literals.KPI__DIRECTION);
		Tables.attribute(kpis, editing, "Target", 70, Literals.KPI__TARGET);
		Tables.attribute(kpis, editing, "Amber at", 70, Literals.KPI__AMBER_THRESHOLD);
		Tables.attribute(kpis, editing, "Red at", 70, Literals.KPI__RED_THRESHOLD);
		Tables.column(kpis, "Latest", 140, (Kpi kpi) -> latest(kpi));
		kpis.setInput(editing.root().getKpis());
		Composite kpiBar = Tables.buttonBar(parent);
		Tables.button(kpiBar, "Add KPI", "add", () -> {
			Kpi kpi = PmoFactory.eINSTANCE.createKpi();
			kpi.setName("New KPI");
			kpi.setDirection(KpiDirection.HIGHER_IS_BETTER);
			editing.add(editing.root(), Literals.PROJECT__KPIS, kpi);
		});
		Tables.button(kpiBar, "Remove KPI", "remove", () -> {
			if (kpis.getStructuredSelection().getFirstElement() instanceof Kpi kpi) {
				editing.remove(editing.root(), Literals.PROJECT__KPIS, kpi);
			}
		});
		new Label(parent, SWT.NONE).setText("Measurement history of the selected KPI:");
		measurements = Tables.table(parent);
		Tables.attribute(measurements, editing, "Date", 110, Literals.MEASUREMENT__DATE);
		Tables.attribute(measurements, editing, "Value", 90, Literals.MEASUREMENT__VALUE);
		Tables.attribute(measurements, editing, "Comment", 360, Literals.MEASUREMENT__COMMENT);
		Composite measurementBar = Tables.buttonBar(parent);
		addMeasurement = Tables.button(measurementBar, "Add measurement", "add", () -> {
			if (kpis.getStructuredSelection().getFirstElement() instanceof Kpi kpi) {
				// Empty until the value is typed: the row is invalid, so it neither counts in the derived RAG
				// nor can be saved.
				Measurement measurement = PmoFactory.eINSTANCE.createMeasurement();
				measurement.setDate(LocalDate.now());
				measurement.setValue(Double.NaN);
				editing.add(kpi, Literals.KPI__MEASUREMENTS, measurement);
				measurements.editElement(measurement, 1);
			}
		});
		kpis.addSelectionChangedListener(e -> showMeasurements());
		editing.onChange(() -> {
			if (!kpis.getTable().isDisposed()) {
				kpis.refresh();
				showMeasurements();
			}
		});
	}

	private void showMeasurements() {
		Object selected = kpis.getStructuredSelection().getFirstElement();
		measurements.setInput(selected instanceof Kpi kpi ? kpi.getMeasurements() : List.of());
	}

	TableViewer kpis() {
		return kpis;
	}

	TableViewer measurements() {
		return measurements;
	}

	Button addMeasurement() {
		return addMeasurement;
	}

	static String latest(Kpi kpi) {
		List<Measurement> filled = kpi.getMeasurements().stream().filter(m -> !Double.isNaN(m.getValue())).toList();
		if (filled.isEmpty()) {
			return "";
		}
		Measurement last = filled.get(filled.size() - 1);
		return last.getValue() + " (" + last.getDate() + ")";
	}
}
