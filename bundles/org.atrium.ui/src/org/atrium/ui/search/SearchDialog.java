package org.atrium.ui.search;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.atrium.core.search.Search;
import org.atrium.core.search.SearchHit;
import org.atrium.core.store.StoreException;
import org.atrium.ui.BackgroundRead;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.WorkbenchStore;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The global search (Ctrl+Shift+F): finds projects, programs, portfolios, people, milestones and the objects of
 * installed plugins by name, code, login or text as the user types. The search runs in a job; Enter or a
 * double-click opens the selected object's editor.
 */
public class SearchDialog extends Dialog {

	/** How long typing may pause before the search starts, in milliseconds. */
	private static final int TYPING_PAUSE_MS = 250;

	/** What one search found, or why it could not search. */
	private record Outcome(String text, List<SearchHit> hits, String problem) {
	}

	private final WorkbenchStore store;
	private final Search search;
	private final EditorOpener editors;
	private Text text;
	private TableViewer results;
	private Label status;
	private String searched = "";
	private String pending;
	private boolean searching;
	private boolean openWhenFound;

	public SearchDialog(Shell parent, WorkbenchStore store, Search search, EditorOpener editors) {
		super(parent);
		this.store = store;
		this.search = search;
		this.editors = editors;
		setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
		setBlockOnOpen(false);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Search");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(1, false));
		Label prompt = new Label(area, SWT.NONE);
		prompt.setText("Find projects, programs, portfolios, people, milestones and plugin objects (risks, for example):");
		text = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		text.setMessage("Type a name, code, login or any text");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		text.addListener(SWT.Modify, e -> {
			String typed = text.getText();
			text.getDisplay().timerExec(TYPING_PAUSE_MS, () -> {
				if (!text.isDisposed() && typed.equals(text.getText())) {
					find(typed);
				}
			});
		});
		text.addListener(SWT.DefaultSelection, e -> {
			if (text.getText().equals(searched) && !searching) {
				openSelected();
			} else {
				openWhenFound = true;
				find(text.getText());
			}
		});
		text.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ARROW_DOWN && results.getTable().getItemCount() > 0) {
				results.getTable().setFocus();
			}
		});

		results = new TableViewer(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		results.getTable().setHeaderVisible(true);
		results.setContentProvider(ArrayContentProvider.getInstance());
		column("Kind", 100, SearchHit::kind);
		column("Name", 330, SearchHit::label);
		column("Details", 440, SearchHit::detail);
		results.addDoubleClickListener(e -> openSelected());
		results.getTable().addListener(SWT.DefaultSelection, e -> openSelected());
		GridDataFactory.fillDefaults().grab(true, true).hint(880, 360).applyTo(results.getTable());

		status = new Label(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		return area;
	}

	private void column(String title, int width, Function<SearchHit, String> value) {
		TableViewerColumn column = new TableViewerColumn(results, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return value.apply((SearchHit) element);
			}
		});
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OPEN_ID, "Open", false);
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, false);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.OPEN_ID) {
			openSelected();
		} else {
			close();
		}
	}

	/** Searches in a job; while one runs, only the text typed last is searched next. */
	private void find(String typed) {
		if (searching) {
			pending = typed;
			return;
		}
		searching = true;
		pending = null;
		status.setText("Searching...");
		BackgroundRead.start("Searching for '" + typed.strip() + "'", store, results.getTable(), session -> {
			try {
				return new Outcome(typed, search.find(typed, session, Search.DEFAULT_LIMIT), null);
			} catch (IllegalArgumentException e) {
				return new Outcome(typed, List.of(), e.getMessage());
			} catch (StoreException e) {
				return new Outcome(typed, List.of(), "The search failed: " + e.getMessage());
			}
		}, this::show);
	}

	private void show(Outcome outcome) {
		searching = false;
		if (pending != null && !pending.equals(outcome.text())) {
			find(pending);
			return;
		}
		searched = outcome.text();
		results.setInput(outcome.hits());
		if (!outcome.hits().isEmpty()) {
			results.setSelection(new StructuredSelection(outcome.hits().get(0)));
		}
		status.setText(outcome.problem() != null ? outcome.problem() : summary(outcome));
		if (openWhenFound) {
			openWhenFound = false;
			openSelected();
		}
	}

	private static String summary(Outcome outcome) {
		if (outcome.text().isBlank()) {
			return "";
		}
		int found = outcome.hits().size();
		return found == 0 ? "Nothing matches '" + outcome.text().strip() + "'."
				: String.format(Locale.ROOT, "%d found. Enter or a double-click opens the selected one.", found);
	}

	/** Opens the selected hit's editor and closes the search, or says why it cannot. */
	private void openSelected() {
		if (!(results.getStructuredSelection() instanceof IStructuredSelection selection)
				|| !(selection.getFirstElement() instanceof SearchHit hit)) {
			return;
		}
		if (editors.openObject(hit.type(), hit.id(), hit.label())) {
			close();
		} else {
			status.setText("There is no editor for a " + hit.kind().toLowerCase(Locale.ROOT) + " yet.");
		}
	}

	/** The search field, for tests. */
	public Text text() {
		return text;
	}

	/** The hits shown, for tests. */
	@SuppressWarnings("unchecked")
	public List<SearchHit> hits() {
		Object input = results.getInput();
		return input == null ? List.of() : (List<SearchHit>) input;
	}

	/** The text the hits shown were found for, for tests. */
	public String searchedText() {
		return searched;
	}

	/** What the line under the hits says, for tests. */
	public String status() {
		return status.getText();
	}

	/** Selects a hit and opens it as Enter in the list does, for tests. */
	public void openHit(SearchHit hit) {
		results.setSelection(new StructuredSelection(hit));
		results.getTable().notifyListeners(SWT.DefaultSelection, null);
	}
}
