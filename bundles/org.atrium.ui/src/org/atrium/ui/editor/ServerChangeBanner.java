package org.atrium.ui.editor;

import org.atrium.core.model.Formats;
import org.atrium.ui.ServerChange;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * A bar above an editor that holds unsaved edits, shown when another client changed the edited object on the
 * server: who and when, with "Reload (discard mine)" and "Keep mine". Hidden until then.
 */
public final class ServerChangeBanner {

	/** Pale amber: a notice, not an error; the system's tooltip colours are dark in some themes. */
	private static final Color BACKGROUND = new Color(255, 243, 205);
	private static final Color FOREGROUND = new Color(60, 45, 0);

	private final Composite bar;
	private final Label message;
	private final Button reload;
	private final Button keep;

	ServerChangeBanner(Composite parent, Runnable onReload, Runnable onKeep) {
		bar = new Composite(parent, SWT.NONE);
		bar.setBackground(BACKGROUND);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(8, 6).applyTo(bar);
		message = new Label(bar, SWT.WRAP);
		message.setBackground(bar.getBackground());
		message.setForeground(FOREGROUND);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(400, SWT.DEFAULT)
				.applyTo(message);
		reload = new Button(bar, SWT.PUSH);
		reload.setText("Reload (discard mine)");
		reload.addListener(SWT.Selection, event -> {
			hide();
			onReload.run();
		});
		keep = new Button(bar, SWT.PUSH);
		keep.setText("Keep mine");
		keep.addListener(SWT.Selection, event -> {
			hide();
			onKeep.run();
		});
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(bar);
		bar.setVisible(false);
	}

	/** Tells who changed the object and when, above the editor. */
	void show(ServerChange change, String noun) {
		String when = Formats.time(change.at());
		message.setText(change.objectIds().isEmpty()
				? change.user() + " saved a large change on the server at " + when + "; this " + noun
						+ " may be part of it, and you have unsaved edits."
				: change.user() + " changed this " + noun + " on the server at " + when
						+ ", while you have unsaved edits. Reload their version (your edits are dropped), or keep "
						+ "yours: saving then shows where the two differ.");
		visible(true);
	}

	void hide() {
		visible(false);
	}

	private void visible(boolean visible) {
		if (bar.isDisposed() || bar.getVisible() == visible) {
			return;
		}
		((GridData) bar.getLayoutData()).exclude = !visible;
		bar.setVisible(visible);
		bar.getParent().layout(true, true);
	}

	public boolean isShowing() {
		return !bar.isDisposed() && bar.getVisible();
	}

	public String text() {
		return message.getText();
	}

	/** The "Reload (discard mine)" button. */
	public Button reloadButton() {
		return reload;
	}

	/** The "Keep mine" button. */
	public Button keepButton() {
		return keep;
	}
}
