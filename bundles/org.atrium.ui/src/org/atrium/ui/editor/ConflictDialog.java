package org.atrium.ui.editor;

import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * Someone else saved the project first. The user reloads their version, compares it with the
 * edits first, or goes on editing; nothing is ever overwritten.
 */
public final class ConflictDialog extends MessageDialog {

	public static final String TITLE = "Changed by someone else";
	public static final int RELOAD = 0;
	public static final int COMPARE = 1;
	public static final int KEEP_EDITING = 2;

	/** One field that differs: what the user has, and what is stored now. */
	public record Difference(String field, String mine, String theirs) {
	}

	private final List<Difference> differences;

	ConflictDialog(Shell shell, String message, List<Difference> differences) {
		super(shell, TITLE, null, message, WARNING, 0, differences == null
				? new String[] { "Reload", "Compare...", "Keep editing" }
				: new String[] { "Reload theirs", "Keep editing" });
		this.differences = differences;
	}

	@Override
	protected Control createCustomArea(Composite parent) {
		if (differences == null) {
			return null;
		}
		TableViewer table = Tables.table(parent);
		GridDataFactory.fillDefaults().grab(true, true).hint(560, 200).applyTo(table.getTable());
		Tables.column(table, "Field", 160, Difference::field);
		Tables.column(table, "Yours", 190, Difference::mine);
		Tables.column(table, "Stored now", 190, Difference::theirs);
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.setInput(differences);
		return table.getControl();
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	public static int ask(Shell shell, String message) {
		return new ConflictDialog(shell, message, null).open();
	}

	/** RELOAD or KEEP_EDITING, after showing what differs. */
	static int compare(Shell shell, String message, List<Difference> differences) {
		return new ConflictDialog(shell, message, differences).open() == 0 ? RELOAD : KEEP_EDITING;
	}

}
