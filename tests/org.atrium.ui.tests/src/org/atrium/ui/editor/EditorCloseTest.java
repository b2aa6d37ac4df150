package org.atrium.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.StoreSession;
import org.atrium.demo.Office;
import org.atrium.ui.handlers.CloseAllEditorsHandler;
import org.atrium.ui.handlers.CloseEditorHandler;
import org.atrium.ui.handlers.QuitHandler;
import org.atrium.ui.testing.UiFixture;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing editors in a real workbench window: the tab's close button, Ctrl+W and Ctrl+Shift+W ask about unsaved
 * edits as Eclipse does, and a closed editor never lingers in Quit's list.
 */
class EditorCloseTest {

	@TempDir
	Path workspace;

	private UiFixture ui;
	private WorkbenchWindow workbench;
	private List<Project> projects;

	@BeforeEach
	void open() throws Exception {
		ui = new UiFixture(workspace, "test");
		Office office = ui.saveOffice(UiFixture.small(3));
		projects = office.projects();
		workbench = new WorkbenchWindow(ui.store, ui.display);
	}

	@AfterEach
	void close() {
		workbench.close();
		ui.close();
	}

	private String storedName(Project project) {
		try (StoreSession session = ui.store.openSession()) {
			return session.<Project>load(PmoPackage.Literals.PROJECT, project.getId()).getName();
		}
	}

	/** Types into the editor's Name field without leaving it, as a user who then closes at once. */
	private static void typeName(ProjectEditorPart editor, String name) {
		Text field = UiFixture.find((org.eclipse.swt.widgets.Composite) editor.pages().getParent(), Text.class,
				t -> t.getText().equals(editor.project().getName())).get(0);
		field.setFocus();
		field.setText(name);
	}

	@Test
	void closingADirtyEditorWithItsCloseButtonAsksAndCancelKeepsTheEdits() {
		Project project = projects.get(0);
		ProjectEditorPart editor = workbench.openProject(ui, project.getId(), project.getCode());
		MPart part = workbench.editorPart(project.getId());
		typeName(editor, "Renamed before closing");
		assertTrue(part.isDirty(), "typing makes the editor dirty");

		List<String> asked = workbench.answerQuestions("Cancel");
		workbench.clickClose(part);
		workbench.stopAnswering();

		assertEquals(1, asked.size(), "the close button asks Save, Don't Save or Cancel");
		assertTrue(asked.get(0).contains(project.getCode()), asked.get(0));
		assertNotNull(workbench.editorPart(project.getId()), "Cancel keeps the editor open");
		assertTrue(part.isDirty());
		assertEquals(project.getName(), storedName(project));
		editor.save();
		assertEquals("Renamed before closing", storedName(project), "the edits kept are the ones saved later");
	}

	@Test
	void dontSaveClosesWithoutWritingAndQuitHasNothingToAsk() {
		Project project = projects.get(0);
		ProjectEditorPart editor = workbench.openProject(ui, project.getId(), project.getCode());
		MPart part = workbench.editorPart(project.getId());
		typeName(editor, "Dropped edit");

		List<String> asked = workbench.answerQuestions("Don't Save");
		workbench.clickClose(part);
		workbench.stopAnswering();

		assertEquals(1, asked.size());
		assertNull(workbench.editorPart(project.getId()), "the closed editor leaves the window");
		assertFalse(part.isDirty(), "a closed editor holds no unsaved edits");
		assertEquals(List.of(), QuitHandler.openDirtyParts(workbench.parts()), "Quit lists only open, dirty editors");
		assertEquals(project.getName(), storedName(project));
	}

	@Test
	void saveClosesAfterSavingAndARefusedSaveKeepsTheEditorOpen() {
		Project project = projects.get(0);
		ProjectEditorPart editor = workbench.openProject(ui, project.getId(), project.getCode());
		MPart part = workbench.editorPart(project.getId());
		UiFixture.type(percentComplete(editor), "150");
		List<String> asked = workbench.answerQuestions("Save");
		workbench.clickClose(part);
		assertEquals(1, asked.size());
		assertNotNull(workbench.editorPart(project.getId()), "an invalid editor stays open after Save");
		assertTrue(editor.bannerText().startsWith("Not saved."), editor.bannerText());

		UiFixture.type(percentComplete(editor), "40");
		typeName(editor, "Saved on close");
		workbench.clickClose(part);
		workbench.stopAnswering();
		assertEquals(2, asked.size());
		assertNull(workbench.editorPart(project.getId()));
		assertEquals("Saved on close", storedName(project));
	}

	private Text percentComplete(ProjectEditorPart editor) {
		return fieldAfter(editor, "% complete:");
	}

	private static Text fieldAfter(ProjectEditorPart editor, String label) {
		org.eclipse.swt.widgets.Composite root = editor.pages().getParent();
		org.eclipse.swt.widgets.Label found = UiFixture.find(root, org.eclipse.swt.widgets.Label.class,
				l -> l.getText().equals(label)).get(0);
		org.eclipse.swt.widgets.Control[] siblings = found.getParent().getChildren();
		for (int i = 0; i < siblings.length - 1; i++) {
			if (siblings[i] == found) {
				return (Text) siblings[i + 1];
			}
		}
		throw new AssertionError("no field after " + label);
	}

	@Test
	void ctrlWClosesTheActiveEditorAndCtrlShiftWClosesAll() {
		Project first = projects.get(0);
		Project second = projects.get(1);
		workbench.openProject(ui, first.getId(), first.getCode());
		ProjectEditorPart secondEditor = workbench.openProject(ui, second.getId(), second.getCode());
		typeName(secondEditor, "Edited second");

		List<String> asked = workbench.answerQuestions("Cancel");
		Object closeAll = new CloseAllEditorsHandler();
		assertEquals(Boolean.TRUE, ContextInjectionFactory.invoke(closeAll, CanExecute.class, workbench.window.getContext()));
		ContextInjectionFactory.invoke(closeAll, Execute.class, workbench.window.getContext());
		assertEquals(1, asked.size(), "one question for the dirty editor");
		assertNotNull(workbench.editorPart(first.getId()), "Cancel closes none");
		assertNotNull(workbench.editorPart(second.getId()));

		asked = workbench.answerQuestions("Don't Save");
		Object closeActive = new CloseEditorHandler();
		ContextInjectionFactory.invoke(closeActive, Execute.class, workbench.window.getContext().getActiveLeaf());
		assertEquals(1, asked.size(), "Ctrl+W asks about the active, dirty editor");
		assertNull(workbench.editorPart(second.getId()), "Ctrl+W closed the active editor");
		assertNotNull(workbench.editorPart(first.getId()), "and only that one");

		ContextInjectionFactory.invoke(closeAll, Execute.class, workbench.window.getContext());
		workbench.stopAnswering();
		assertNull(workbench.editorPart(first.getId()), "Ctrl+Shift+W closed the rest");
		assertEquals(Boolean.FALSE, ContextInjectionFactory.invoke(closeAll, CanExecute.class, workbench.window.getContext()));
		assertEquals(second.getName(), storedName(second), "Don't Save wrote nothing");
	}
}
