package org.atrium.interop.ui;

import java.util.ArrayList;
import java.util.List;

import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.Query;
import org.atrium.ui.BackgroundRead;
import org.atrium.ui.WorkbenchStore;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

/** A drop-down of the office's projects, "CODE Name", read in the background. */
final class ProjectChoice {

	private final Combo combo;
	private final List<String> codes = new ArrayList<>();
	private Runnable onChange = () -> {
	};

	ProjectChoice(Composite parent, WorkbenchStore store, String firstItem) {
		combo = new Combo(parent, SWT.READ_ONLY);
		combo.setItems(firstItem == null ? new String[] { "Loading projects..." } : new String[] { firstItem });
		combo.select(0);
		combo.addListener(SWT.Selection, event -> onChange.run());
		BackgroundRead.start("Reading the projects", store, combo, session -> session
				.<Project>query(Query.<Project>of(PmoPackage.Literals.PROJECT).orderBy(PmoPackage.Literals.PROJECT__CODE))
				.stream().map(project -> new String[] { project.getCode(), project.getCode() + "  " + project.getName() })
				.toList(), projects -> {
					combo.removeAll();
					codes.clear();
					if (firstItem != null) {
						combo.add(firstItem);
						codes.add(null);
					}
					for (String[] project : projects) {
						codes.add(project[0]);
						combo.add(project[1]);
					}
					combo.select(0);
					onChange.run();
				});
	}

	Combo combo() {
		return combo;
	}

	void onChange(Runnable listener) {
		onChange = listener;
	}

	/** The chosen project's code, or null for none (or while loading). */
	String code() {
		int index = combo.getSelectionIndex();
		return index >= 0 && index < codes.size() ? codes.get(index) : null;
	}

	void select(String code) {
		int index = codes.indexOf(code);
		if (index >= 0) {
			combo.select(index);
		}
	}
}
