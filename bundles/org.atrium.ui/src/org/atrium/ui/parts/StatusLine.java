package org.atrium.ui.parts;

import org.atrium.ui.WorkbenchStore;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;

/** The status line: who is working, on which database. */
public class StatusLine {

	private Label label;

	@PostConstruct
	void create(Composite parent, WorkbenchStore store) {
		Composite line = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(8, 2).applyTo(line);
		label = new Label(line, SWT.NONE);
		label.setData("org.eclipse.e4.ui.css.id", "AtriumStatusLine");
		label.setText("User: " + store.user() + "     Database: " + store.description());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
	}

	public String text() {
		return label.getText();
	}
}
