package org.atrium.ui.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.atrium.demo.Office;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.Topics;
import org.atrium.ui.parts.OverviewRows.Row;
import org.atrium.ui.parts.PortfolioOverviewPart;
import org.atrium.ui.testing.UiFixture;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.EventHandler;

/**
 * The navigator's new, rename and delete: written in the background, announced with the data-changed
 * event, and shown by the portfolio overview; a refused write is explained and changes nothing.
 */
class NavigatorWritesTest {

	@TempDir
	Path workspace;

	private UiFixture ui;
	private Office office;
	private NavigatorPart navigator;
	private PortfolioOverviewPart overview;
	private final List<String> opened = new ArrayList<>();
	private final List<Object> changed = new CopyOnWriteArrayList<>();
	private IEventBroker events;
	private final EventHandler listener = event -> changed.add(event.getProperty(IEventBroker.DATA));

	@BeforeEach
	void open() throws Exception {
		ui = new UiFixture(workspace, "test");
		office = ui.saveOffice(UiFixture.small(4));
		ui.context.set(EditorOpener.class, new EditorOpener(null) {
			@Override
			public MPart openProject(String projectId, String label) {
				opened.add(label);
				return null;
			}
		});
		events = ui.context.get(IEventBroker.class);
		events.subscribe(Topics.DATA_CHANGED, listener);
		overview = ContextInjectionFactory.make(PortfolioOverviewPart.class, ui.context);
		navigator = ContextInjectionFactory.make(NavigatorPart.class, ui.context);
		ui.waitUntil("the tree to load", () -> navigator.viewer().getTree().getItemCount() > 0);
		ui.waitUntil("the overview to load", () -> overview.shownRows().size() == 4);
	}

	@AfterEach
	void close() {
		events.unsubscribe(listener);
		ui.close();
	}

	/** Selects the element and runs its context menu entry; {@code answer} fills in the dialog that opens. */
	private void runMenu(Object element, String entry, String dialogTitle, Consumer<Shell> answer) {
		navigator.viewer().setSelection(new StructuredSelection(element), true);
		MenuManager menu = new MenuManager();
		navigator.actions().fill(menu);
		ui.display.timerExec(100, new Runnable() {
			@Override
			public void run() {
				for (Shell shell : ui.display.getShells()) {
					if (dialogTitle.equals(shell.getText())) {
						answer.accept(shell);
						return;
					}
				}
				ui.display.timerExec(100, this);
			}
		});
		for (IContributionItem item : menu.getItems()) {
			if (item instanceof ActionContributionItem action && action.getAction().getText().equals(entry)) {
				action.getAction().run();
				return;
			}
		}
		throw new AssertionError("no menu entry " + entry);
	}

	private static void press(Shell shell, String button) {
		UiFixture.find(shell, Button.class, b -> b.getText().equals(button)).get(0).notifyListeners(SWT.Selection,
				new Event());
	}

	private static Consumer<Shell> typeAndOk(String text) {
		return shell -> {
			UiFixture.find(shell, Text.class, t -> true).get(0).setText(text);
			press(shell, "OK");
		};
	}

	/** The element the navigator shows with this label, once it does; looks at its content, not its widgets. */
	private Object shownElement(String label) {
		Object[] found = new Object[1];
		ui.waitUntil("the navigator to show " + label, () -> {
			found[0] = null;
			if (navigator.viewer().getInput() instanceof NavigatorContent content) {
				for (Portfolio portfolio : content.portfolios()) {
					for (Program program : portfolio.getPrograms()) {
						if (program.getName().equals(label)) {
							found[0] = program;
						}
						for (Project project : program.getProjects()) {
							if ((project.getCode() + "  " + project.getName()).equals(label)) {
								found[0] = project;
							}
						}
					}
				}
			}
			return found[0] != null;
		});
		return found[0];
	}

	private boolean overviewShows(String name) {
		return overview.shownRows().stream().map(Row::name).anyMatch(name::equals);
	}

	/** Answers the error dialog with this title once it shows, and keeps its text. */
	private void collectError(String title, List<String> errors) {
		ui.display.timerExec(100, new Runnable() {
			@Override
			public void run() {
				for (Shell error : ui.display.getShells()) {
					if (title.equals(error.getText())) {
						errors.add(UiFixture.find(error, org.eclipse.swt.widgets.Label.class, l -> !l.getText().isEmpty())
								.stream().map(l -> l.getText()).reduce("", String::concat));
						press(error, "OK");
						return;
					}
				}
				ui.display.timerExec(100, this);
			}
		});
	}

	@Test
	void renameReachesTheOverview() {
		Project project = office.projects().get(0);
		Object shown = shownElement(project.getCode() + "  " + project.getName());
		runMenu(shown, "Rename...", "Rename", typeAndOk("Renamed in the navigator"));
		ui.waitUntil("the overview to show the new name", () -> overviewShows("Renamed in the navigator"));
		assertTrue(changed.contains(project.getId()), "the rename was announced: " + changed);
		shownElement(project.getCode() + "  Renamed in the navigator");
	}

	@Test
	void newProjectThenDeleteReachTheOverview() {
		Program program = office.projects().get(0).getProgram();
		runMenu(shownElement(program.getName()), "New project...", "New project", shell -> {
			List<Text> texts = UiFixture.find(shell, Text.class, t -> true);
			texts.get(0).setText("NEW-001");
			texts.get(1).setText("Brand new project");
			UiFixture.find(shell, Combo.class, c -> true).get(0).select(0);
			press(shell, "OK");
		});
		ui.waitUntil("the overview to show the new project", () -> overviewShows("Brand new project"));
		ui.waitUntil("the new project to open", () -> opened.contains("NEW-001"));
		assertEquals(1, changed.size(), "one announcement: " + changed);

		runMenu(shownElement("NEW-001  Brand new project"), "Delete...", "Delete project", shell -> press(shell, "Delete"));
		ui.waitUntil("the overview to drop the project", () -> !overviewShows("Brand new project"));
		assertEquals(2, changed.size(), "the delete was announced: " + changed);
		try (StoreSession session = ui.store.openSession()) {
			assertEquals(0, session.count(Query.of(PmoPackage.Literals.PROJECT)
					.where(Condition.eq(PmoPackage.Literals.PROJECT__CODE, "NEW-001"))));
		}
	}

	@Test
	void aRefusedDeleteIsExplainedAndKeepsEverything() {
		Project booked = office.projects().get(0);
		List<String> errors = new CopyOnWriteArrayList<>();
		runMenu(shownElement(booked.getCode() + "  " + booked.getName()), "Delete...", "Delete project", shell -> {
			collectError("Delete project", errors);
			press(shell, "Delete");
		});
		ui.waitUntil("the refusal to be shown", () -> !errors.isEmpty());
		assertTrue(errors.get(0).contains("nothing was changed") && errors.get(0).contains("cannot be deleted"), errors.get(0));
		try (StoreSession session = ui.store.openSession()) {
			assertTrue(session.find(PmoPackage.Literals.PROJECT, booked.getId()).isPresent());
		}
		assertTrue(changed.isEmpty(), "nothing was announced: " + changed);
		assertTrue(overviewShows(booked.getName()));
	}

	@Test
	void aTakenCodeIsRefusedAndNothingIsWritten() {
		Project existing = office.projects().get(1);
		Program program = office.projects().get(0).getProgram();
		List<String> errors = new CopyOnWriteArrayList<>();
		runMenu(shownElement(program.getName()), "New project...", "New project", shell -> {
			List<Text> texts = UiFixture.find(shell, Text.class, t -> true);
			texts.get(0).setText(existing.getCode());
			texts.get(1).setText("A second project with that code");
			UiFixture.find(shell, Combo.class, c -> true).get(0).select(0);
			collectError("New project", errors);
			press(shell, "OK");
		});
		ui.waitUntil("the refusal to be shown", () -> !errors.isEmpty());
		assertTrue(errors.get(0).contains("Code: " + existing.getCode() + " is taken by another project."), errors.get(0));
		try (StoreSession session = ui.store.openSession()) {
			assertEquals(1, session.count(Query.of(PmoPackage.Literals.PROJECT)
					.where(Condition.eq(PmoPackage.Literals.PROJECT__CODE, existing.getCode()))));
		}
		assertTrue(changed.isEmpty(), "nothing was announced: " + changed);
		assertTrue(opened.isEmpty());
	}
}
