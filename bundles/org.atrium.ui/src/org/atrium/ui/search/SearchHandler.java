package org.atrium.ui.search;

import org.atrium.core.search.Search;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.WorkbenchStore;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** Ctrl+Shift+F: opens the search, or brings the open one to the front. */
public class SearchHandler {

	private SearchDialog open;

	@Execute
	void execute(@Named("activeShell") Shell shell, WorkbenchStore store, Search search, EditorOpener editors) {
		if (open != null && open.getShell() != null && !open.getShell().isDisposed()) {
			open.getShell().setActive();
			open.text().setFocus();
			return;
		}
		open = new SearchDialog(shell, store, search, editors);
		open.open();
	}
}
