package org.atrium.ui.tests;

import org.atrium.ui.testing.UiFixture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.store.StoreSession;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.editor.ConflictDialog;
import org.atrium.ui.editor.ObjectEditor;
import org.atrium.ui.editor.ProjectEditorPart;
import org.atrium.ui.handlers.RedoHandler;
import org.atrium.ui.handlers.SaveHandler;
import org.atrium.ui.handlers.UndoHandler;
import org.atrium.ui.parts.PortfolioOverviewPart;
import org.atrium.ui.parts.ProblemsPart;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/** The project editor with real widgets under a display: edit, save, undo, validation and conflicts. */
class ProjectEditorTest extends ProjectEditorSupport {

	private String storedName() {
		try (StoreSession session = ui.store.openSession()) {
			return session.<Project>load(PmoPackage.Literals.PROJECT, project.getId()).getName();
		}
	}

	private Object invoke(Object handler, Class<? extends java.lang.annotation.Annotation> method) {
		return ContextInjectionFactory.invoke(handler, method, partContext, null);
	}

	@Test
	void aStakeholderSeesTheProjectReadOnlyAndIsToldWhy() {
		Person stakeholder = project.getRoleAssignments().stream()
				.filter(assignment -> assignment.getKind() == RoleKind.STAKEHOLDER).findFirst().orElseThrow()
				.getPerson();
		ui.store.switchUser(stakeholder.getLogin());
		ProjectEditorPart editor = openEditor();
		assertTrue(editor.bannerText().startsWith("Read only. " + stakeholder.getName() + " may not edit at Project '"),
				editor.bannerText());
		assertFalse(ui.field("Name:").getEditable(), "the name cannot be typed into");
		assertFalse(part.isDirty());
	}

	@Test
	void editSaveAndReopen() {
		ui.context.set(EditorOpener.class, new EditorOpener(null));
		PortfolioOverviewPart overview = ContextInjectionFactory.make(PortfolioOverviewPart.class, ui.context);
		ui.waitUntil("the overview to load", () -> overview.shownRows().size() == 3);
		ProjectEditorPart editor = openEditor();
		assertEquals(project.getName(), ui.field("Name:").getText());
		assertFalse(part.isDirty());
		ui.waitUntil("the derived RAG, assessed in a job", () -> !UiFixture.find(ui.shell, Label.class,
				l -> l.getText().startsWith("Derived RAG: ") && !l.getText().endsWith("assessing...")).isEmpty());
		UiFixture.type(ui.field("Name:"), "Customer Portal Relaunch");
		assertTrue(part.isDirty(), "an edit makes the editor dirty");
		assertEquals(Boolean.TRUE, invoke(new SaveHandler(), CanExecute.class));
		editor.save();
		assertFalse(part.isDirty());
		assertEquals("Customer Portal Relaunch", storedName());
		ui.waitUntil("the overview to show the saved name", () -> overview.shownRows().stream()
				.anyMatch(row -> row.name().equals("Customer Portal Relaunch")));

		ContextInjectionFactory.uninject(editor, partContext);
		for (Control control : ui.shell.getChildren()) {
			control.dispose();
		}
		ProjectEditorPart reopened = openEditor();
		assertEquals("Customer Portal Relaunch", ui.field("Name:").getText());
		assertEquals("Customer Portal Relaunch", reopened.project().getName());
	}

	@Test
	void undoAndRedoThroughTheHandlers() {
		openEditor();
		String original = project.getName();
		assertEquals(Boolean.FALSE, invoke(new UndoHandler(), CanExecute.class), "nothing to undo yet");
		UiFixture.type(ui.field("Name:"), "First rename");
		UiFixture.type(ui.field("% complete:"), "55");
		assertEquals(Boolean.TRUE, invoke(new UndoHandler(), CanExecute.class));
		invoke(new UndoHandler(), Execute.class);
		assertEquals(String.valueOf(project.getPercentComplete()), ui.field("% complete:").getText());
		invoke(new UndoHandler(), Execute.class);
		assertEquals(original, ui.field("Name:").getText());
		assertFalse(part.isDirty(), "undoing every edit leaves nothing to save");
		assertEquals(Boolean.TRUE, invoke(new RedoHandler(), CanExecute.class));
		invoke(new RedoHandler(), Execute.class);
		assertEquals("First rename", ui.field("Name:").getText());
		assertTrue(part.isDirty());
	}

	@Test
	void problemsShowsTheEditorsValidationErrors() {
		ProblemsPart problems = ContextInjectionFactory.make(ProblemsPart.class, ui.context);
		openEditor();
		UiFixture.type(ui.field("% complete:"), "150");
		ui.waitUntil("the problem in the Problems part", () -> problems.rows().stream()
				.anyMatch(row -> row.problem().getMessage().contains("% complete 150 must be between 0 and 100")));
		UiFixture.type(ui.field("% complete:"), "50");
		ui.waitUntil("the Problems part to clear", () -> problems.rows().isEmpty());
	}

	@Test
	void aProblemsPartOpenedLaterShowsTheProblemsFoundBefore() {
		openEditor();
		UiFixture.type(ui.field("% complete:"), "150");
		ui.waitUntil("the editor to find the problem", () -> part.isDirty());

		ProblemsPart problems = ContextInjectionFactory.make(ProblemsPart.class, ui.context);

		ui.waitUntil("the problem in the Problems part", () -> problems.rows().stream()
				.anyMatch(row -> row.problem().getMessage().contains("% complete 150 must be between 0 and 100")));
	}

	@Test
	void invalidDataIsNotSaved() {
		ProjectEditorPart editor = openEditor();
		UiFixture.type(ui.field("% complete:"), "150");
		assertTrue(part.isDirty());
		assertThrows(ObjectEditor.SaveRefused.class, editor::save, "@Persist throws so that the part stays open");
		assertTrue(part.isDirty(), "a refused save keeps the edits");
		assertTrue(editor.bannerText().startsWith("Not saved. 1 problem: Project "), editor.bannerText());
		assertTrue(editor.bannerText().contains("% complete 150 must be between 0 and 100"), editor.bannerText());
		try (StoreSession session = ui.store.openSession()) {
			assertEquals(project.getPercentComplete(),
					session.<Project>load(PmoPackage.Literals.PROJECT, project.getId()).getPercentComplete());
		}
		UiFixture.type(ui.field("% complete:"), "not a number");
		assertFalse(editor.editor().save());
		assertEquals("Not saved. % complete: 'not a number' is not a number.", editor.bannerText());
		UiFixture.type(ui.field("% complete:"), "60");
		assertTrue(editor.editor().save(), editor.bannerText());
	}

	@Test
	void removingTheSponsorIsAValidationError() {
		ProjectEditorPart editor = openEditor();
		var sponsor = editor.project().getRoleAssignments().stream().filter(r -> r.getKind() == RoleKind.SPONSOR)
				.findFirst().orElseThrow();
		editor.editing().remove(editor.project(), PmoPackage.Literals.SCOPE__ROLE_ASSIGNMENTS, sponsor);
		assertTrue(editor.editing().hasErrors());
		assertFalse(editor.editor().save());
		assertTrue(editor.bannerText().contains("sponsor"), editor.bannerText());
	}

	@Test
	void someoneElsesSaveShowsTheConflictDialog() {
		ProjectEditorPart editor = openEditor();
		UiFixture.type(ui.field("Name:"), "My name for it");
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
		assertFalse(editor.editor().save(), "a stale save is never written");
		assertEquals(ConflictDialog.TITLE, seen[0]);
		ui.waitUntil("the stored version to be reloaded", () -> ui.field("Name:").getText().equals("Their name for it"));
		assertFalse(part.isDirty());
		assertEquals("Their name for it", storedName());
	}

}
