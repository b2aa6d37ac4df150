package org.atrium.ui.handlers;

import java.util.List;

import org.atrium.ui.FeatureCatalog;
import org.atrium.ui.FeatureCatalog.Feature;
import org.atrium.ui.Images;
import org.atrium.ui.WorkbenchStore;
import org.atrium.ui.editor.Tables;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** Shows what Atrium is, which database it uses and which features are installed. */
public class AboutHandler {

	@Execute
	void execute(@Named("activeShell") Shell shell, WorkbenchStore store) {
		new AboutDialog(shell, store, FeatureCatalog.installed()).open();
	}

	static final class AboutDialog extends Dialog {
		private final WorkbenchStore store;
		private final List<Feature> features;

		AboutDialog(Shell shell, WorkbenchStore store, List<Feature> features) {
			super(shell);
			this.store = store;
			this.features = features;
		}

		@Override
		protected void configureShell(Shell shell) {
			super.configureShell(shell);
			shell.setText("About Atrium");
		}

		@Override
		protected Control createDialogArea(Composite parent) {
			Composite area = (Composite) super.createDialogArea(parent);
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
			new Label(area, SWT.NONE).setImage(Images.get("atrium48"));
			Label text = new Label(area, SWT.WRAP);
			text.setText("Atrium, the workbench of the project management office.\nUser: " + store.user() + "\nDatabase: "
					+ store.description());
			Label heading = new Label(area, SWT.NONE);
			heading.setText("Installed features:");
			GridDataFactory.fillDefaults().span(2, 1).applyTo(heading);
			TableViewer table = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION);
			table.getTable().setHeaderVisible(true);
			GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(520, 160).applyTo(table.getTable());
			Tables.column(table, "Feature", 240, Feature::label);
			Tables.column(table, "Id", 180, Feature::id);
			Tables.column(table, "Version", 100, Feature::version);
			table.setContentProvider(ArrayContentProvider.getInstance());
			table.setInput(features);
			return area;
		}

		@Override
		protected void createButtonsForButtonBar(Composite parent) {
			createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
		}
	}
}
