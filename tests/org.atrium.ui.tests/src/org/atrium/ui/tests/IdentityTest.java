package org.atrium.ui.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.atrium.core.AccessDeniedException;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.store.StoreSession;
import org.atrium.demo.Office;
import org.atrium.ui.Identity;
import org.atrium.ui.Topics;
import org.atrium.ui.editor.PersonPicker;
import org.atrium.ui.parts.StatusLine;
import org.atrium.ui.testing.UiFixture;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A login the office does not know is warned about, and the user picks who they are without a restart. */
class IdentityTest {

	@TempDir
	Path workspace;

	private UiFixture ui;
	private Office office;

	@BeforeEach
	void open() throws Exception {
		ui = new UiFixture(workspace, "test");
		office = ui.saveOffice(UiFixture.small(3));
		ui.store.switchUser("nobody");
	}

	@AfterEach
	void close() {
		ui.close();
	}

	@Test
	void anUnknownLoginIsWarnedAndPicksWhoTheyAreWithoutARestart() {
		StatusLine line = ContextInjectionFactory.make(StatusLine.class, ui.context);
		ui.waitUntil("the status line to warn", () -> line.text().contains("nobody  \u26a0 not one of the office's people"));
		Identity identity;
		try (StoreSession session = ui.store.openSession()) {
			identity = Identity.read(session, ui.store.user());
		}
		assertTrue(identity.isUnknown());
		assertTrue(identity.warning().contains("every change you make will be refused"), identity.warning());
		Project project = office.projects().get(0);
		assertThrows(AccessDeniedException.class, () -> describe(project, "as nobody"));

		Person manager = project.getRoleAssignments().stream()
				.filter(assignment -> assignment.getKind() == RoleKind.PROJECT_MANAGER).findFirst().orElseThrow()
				.getPerson();
		PersonPicker picker = PersonPicker.person(ui.shell, identity.people(), "Who are you?", identity.warning());
		picker.setBlockOnOpen(false);
		picker.open();
		picker.filter().setText(manager.getLogin());
		Person listed = identity.people().stream().filter(p -> p.getLogin().equals(manager.getLogin())).findFirst()
				.orElseThrow();
		picker.list().setSelection(new StructuredSelection(listed));
		picker.list().getTable().notifyListeners(SWT.DefaultSelection, new Event());
		assertEquals(manager.getLogin(), picker.person().getLogin());

		ui.store.switchUser(picker.person().getLogin());
		ui.context.get(IEventBroker.class).send(Topics.USER_CHANGED, manager.getLogin());
		ui.waitUntil("the status line to name the person",
				() -> line.text().contains(manager.getName() + " (" + manager.getLogin() + ")"));
		assertDoesNotThrow(() -> describe(project, "as the project's manager"));
	}

	private void describe(Project project, String description) {
		try (StoreSession session = ui.store.openSession()) {
			Project stored = session.load(PmoPackage.Literals.PROJECT, project.getId());
			stored.setDescription(description);
			session.save(stored);
		}
	}
}
