package org.atrium.ui.tests;

import org.atrium.ui.testing.UiFixture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.atrium.demo.Office;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.store.StoreSession;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.editor.ConflictDialog;
import org.atrium.ui.editor.ProjectEditorPart;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project editor with real widgets under a display: edit, save, undo, validation and conflicts. */
class ProjectEditorTest {

	@TempDir
	Path workspace;

	private UiFixture ui;
	private Project project;
	private MPart part;

	@BeforeEach
	void open() throws Exception {
		ui = new UiFixture(workspace, "test");
		Office office = ui.saveOffice(UiFixture.small(3));
		project = office.projects().get(0);
	}

	@AfterEach
	void close() {
		ui.close();
	}

	private ProjectEditorPart openEditor() {
		part = MBasicFactory.INSTANCE.createPart();
		part.getPersistedState().put(EditorOpener.PROJECT_ID, project.getId());
		ui.context.set(MPart.class, part);
		ProjectEditorPart editor = ContextInjectionFactory.make(ProjectEditorPart.class, ui.context);
		ui.waitFor("the editor to load", editor.loaded());
		ui.shell.layout(true, true);
		assertEquals(List.of("Overview", "Governance", "Milestones", "KPIs", "Status reports", "Time and allocations"),
				List.of(editor.pages().getItems()).stream().map(item -> item.getText()).toList());
		return editor;
	}

	/** The input field right after the label with this text. */
	private Text field(String label) {
		Label found = UiFixture.find(ui.shell, Label.class, l -> l.getText().equals(label)).get(0);
		Control[] siblings = found.getParent().getChildren();
		for (int i = 0; i < siblings.length; i++) {
			if (siblings[i] == found) {
				return (Text) siblings[i + 1];
			}
		}
		throw new AssertionError("no field after " + label);
	}

	private static void type(Text text, String value) {
		text.setFocus();
		text.setText(value);
		text.notifyListeners(SWT.FocusOut, new Event());
	}

	private String storedName() {
		try (StoreSession session = ui.store.openSession()) {
			return session.<Project>load(PmoPackage.Literals.PROJECT, project.getId()).getName();
		}
	}

	@Test
	void editSaveAndReopen() {
		ProjectEditorPart editor = openEditor();
		assertEquals(project.getName(), field("Name:").getText());
		assertFalse(part.isDirty());
		type(field("Name:"), "Customer Portal Relaunch");
		assertTrue(part.isDirty(), "an edit makes the editor dirty");
		assertTrue(editor.save());
		assertFalse(part.isDirty());
		assertEquals("Customer Portal Relaunch", storedName());

		ContextInjectionFactory.uninject(editor, ui.context);
		for (Control control : ui.shell.getChildren()) {
			control.dispose();
		}
		ProjectEditorPart reopened = openEditor();
		assertEquals("Customer Portal Relaunch", field("Name:").getText());
		assertEquals("Customer Portal Relaunch", reopened.project().getName());
	}

	@Test
	void undoAndRedo() {
		ProjectEditorPart editor = openEditor();
		String original = project.getName();
		type(field("Name:"), "First rename");
		type(field("% complete:"), "55");
		assertTrue(editor.canUndo());
		editor.undo();
		assertEquals(String.valueOf(project.getPercentComplete()), field("% complete:").getText());
		editor.undo();
		assertEquals(original, field("Name:").getText());
		assertFalse(part.isDirty(), "undoing every edit leaves nothing to save");
		editor.redo();
		assertEquals("First rename", field("Name:").getText());
		assertTrue(part.isDirty());
	}

	@Test
	void invalidDataIsNotSaved() {
		ProjectEditorPart editor = openEditor();
		type(field("% complete:"), "150");
		assertTrue(part.isDirty());
		assertFalse(editor.save());
		assertTrue(editor.bannerText().startsWith("Not saved. 1 problem: Project "), editor.bannerText());
		assertTrue(editor.bannerText().contains("percentComplete"), editor.bannerText());
		try (StoreSession session = ui.store.openSession()) {
			assertEquals(project.getPercentComplete(),
					session.<Project>load(PmoPackage.Literals.PROJECT, project.getId()).getPercentComplete());
		}
		type(field("% complete:"), "not a number");
		assertFalse(editor.save());
		assertEquals("Not saved. % complete: 'not a number' is not a number.", editor.bannerText());
		type(field("% complete:"), "60");
		assertTrue(editor.save(), editor.bannerText());
	}

	@Test
	void removingTheSponsorIsAValidationError() {
		ProjectEditorPart editor = openEditor();
		var sponsor = editor.project().getRoleAssignments().stream().filter(r -> r.getKind() == RoleKind.SPONSOR)
				.findFirst().orElseThrow();
		editor.editing().remove(editor.project(), PmoPackage.Literals.SCOPE__ROLE_ASSIGNMENTS, sponsor);
		assertTrue(editor.editing().hasErrors());
		assertFalse(editor.save());
		assertTrue(editor.bannerText().contains("sponsor"), editor.bannerText());
	}

	@Test
	void someoneElsesSaveShowsTheConflictDialog() {
		ProjectEditorPart editor = openEditor();
		type(field("Name:"), "My name for it");
		try (StoreSession other = ui.store.openSession()) {
			Project theirs = other.load(PmoPackage.Literals.PROJECT, project.getId());
			theirs.setName("Their name for it");
			other.save(theirs);
		}
		String[] seen = new String[1];
		ui.display.timerExec(500, new Runnable() {
			@Override
			public void run() {
				for (Shell shell : ui.display.getShells()) {
					if (ConflictDialog.TITLE.equals(shell.getText())) {
						seen[0] = shell.getText();
						Button reload = UiFixture.find(shell, Button.class, b -> b.getText().equals("Reload")).get(0);
						reload.notifyListeners(SWT.Selection, new Event());
						return;
					}
				}
				ui.display.timerExec(200, this);
			}
		});
		assertFalse(editor.save(), "a stale save is never written");
		assertEquals(ConflictDialog.TITLE, seen[0]);
		assertEquals("Their name for it", field("Name:").getText());
		assertFalse(part.isDirty());
		assertEquals("Their name for it", storedName());
	}

}
