package org.atrium.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.atrium.core.model.pmo.Project;
import org.atrium.demo.Office;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.editor.ProjectEditorPart;
import org.atrium.ui.testing.UiFixture;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's tables offer the actions of their buttons in a context menu, and the menu acts as the buttons do. */
class EditorTableMenuTest {

	@TempDir
	Path workspace;

	private UiFixture ui;
	private Project project;

	@BeforeEach
	void open() throws Exception {
		ui = new UiFixture(workspace, "test");
		Office office = ui.saveOffice(UiFixture.small(2));
		project = office.projects().get(0);
	}

	@AfterEach
	void close() {
		ui.close();
	}

	@Test
	void theMilestonesTableHasTheActionsOfItsButtonsInAContextMenu() {
		UiFixture.Editor<ProjectEditorPart> opened = ui.openEditor(ProjectEditorPart.class, EditorOpener.PROJECT_ID,
				project.getId());
		ProjectEditorPart editor = opened.part();
		ui.waitFor("the editor to load", editor.loaded());

		Table milestones = UiFixture.find(ui.shell, Table.class, t -> List.of(t.getColumns()).stream()
				.map(TableColumn::getText).anyMatch("Milestone"::equals)).get(0);
		assertTrue(milestones.getMenu() != null, "a context menu on the milestones table");
		milestones.getMenu().notifyListeners(SWT.Show, new Event());
		List<String> items = List.of(milestones.getMenu().getItems()).stream().map(MenuItem::getText).toList();
		assertEquals(List.of("Add milestone", "Remove"), items);

		int before = editor.project().getMilestones().size();
		milestones.getMenu().getItem(0).notifyListeners(SWT.Selection, new Event());
		assertEquals(before + 1, editor.project().getMilestones().size(), "the menu adds a milestone as the button does");
		assertTrue(opened.model().isDirty());
	}
}
