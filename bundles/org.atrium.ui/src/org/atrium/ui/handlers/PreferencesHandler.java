package org.atrium.ui.handlers;

import org.atrium.ui.Settings;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.prefs.BackingStoreException;

import jakarta.inject.Named;

/** Edits the database and "who am I" preferences. */
public class PreferencesHandler {

	@Execute
	void execute(@Named("activeShell") Shell shell) {
		PreferencesDialog dialog = new PreferencesDialog(shell, Settings.load());
		if (dialog.open() == Window.OK) {
			try {
				dialog.settings().store();
				MessageDialog.openInformation(shell, "Preferences",
						"Saved. A change of database or user takes effect when Atrium starts next.");
			} catch (BackingStoreException e) {
				MessageDialog.openError(shell, "Preferences", "The preferences could not be saved: " + e.getMessage());
			}
		}
	}

	static final class PreferencesDialog extends TitleAreaDialog {
		private Settings settings;
		private Text path;
		private Text url;
		private Text user;

		PreferencesDialog(Shell shell, Settings settings) {
			super(shell);
			this.settings = settings;
		}

		@Override
		protected Control createDialogArea(Composite parent) {
			setTitle("Preferences");
			setMessage("Where Atrium keeps its data, and who you are in the audit log and governance.");
			Composite area = (Composite) super.createDialogArea(parent);
			Composite form = new Composite(area, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
			GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
			path = field(form, "Embedded database folder:", settings.databasePath());
			url = field(form, "Shared database (JDBC URL):", settings.jdbcUrl());
			url.setMessage("jdbc:postgresql://host/atrium  (empty: use the embedded database)");
			user = field(form, "Who am I (login):", settings.user());
			return area;
		}

		private static Text field(Composite form, String label, String value) {
			new Label(form, SWT.NONE).setText(label);
			Text text = new Text(form, SWT.BORDER);
			text.setText(value == null ? "" : value);
			GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
			return text;
		}

		@Override
		protected void okPressed() {
			Settings typed = new Settings(path.getText().trim(), url.getText().trim(), user.getText().trim(),
					settings.login());
			String problem = typed.problem();
			if (problem != null) {
				setErrorMessage(problem);
				return;
			}
			settings = typed;
			super.okPressed();
		}

		Settings settings() {
			return settings;
		}
	}
}
