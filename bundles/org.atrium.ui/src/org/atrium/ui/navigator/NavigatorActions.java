package org.atrium.ui.navigator;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.atrium.core.model.Labels;
import org.atrium.core.model.pmo.LifecyclePhase;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoFactory;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.model.pmo.RoleAssignment;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.model.pmo.Scope;
import org.atrium.core.model.pmo.Trend;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreException;
import org.atrium.core.store.StoreSession;
import org.atrium.ui.BackgroundRead;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.Topics;
import org.atrium.ui.WorkbenchCommands;
import org.atrium.ui.WorkbenchStore;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * The navigator's context menu: new, open, rename, delete and move. Each change is one transaction
 * in a background job; a failure is shown to the user and nothing of it is written, a success is
 * announced with {@link Topics#DATA_CHANGED} so that every part showing the data reloads.
 */
final class NavigatorActions {

	private final WorkbenchStore store;
	private final TreeViewer viewer;
	private final EditorOpener editors;
	private final IEventBroker events;
	private final Runnable reload;
	private final WorkbenchCommands commands;

	NavigatorActions(WorkbenchStore store, TreeViewer viewer, EditorOpener editors, IEventBroker events, Runnable reload,
			WorkbenchCommands commands) {
		this.commands = commands;
		this.store = store;
		this.viewer = viewer;
		this.editors = editors;
		this.events = events;
		this.reload = reload;
	}

	void fill(IMenuManager menu) {
		Object element = viewer.getStructuredSelection().getFirstElement();
		menu.add(action("New portfolio...", this::newPortfolio));
		if (element instanceof Portfolio portfolio) {
			menu.add(action("New program...", () -> newProgram(portfolio)));
		}
		if (element instanceof Program program) {
			menu.add(action("New project...", () -> newProject(program)));
		}
		if (element instanceof Project project) {
			menu.add(new Separator());
			menu.add(action("Open", () -> editors.openProject(project.getId(), project.getCode())));
			if (commands != null && commands.canRun(WorkbenchCommands.NEW_WEEKLY_REPORT, null)) {
				menu.add(action("New weekly report", () -> commands.run(WorkbenchCommands.NEW_WEEKLY_REPORT, null)));
			}
		}
		if (element instanceof Scope scope) {
			menu.add(new Separator());
			menu.add(action("Rename...", () -> rename(scope)));
			menu.add(action("Delete...", () -> delete(scope)));
		}
		if (element != null && commands != null) {
			menu.add(new Separator());
			menu.add(action("Properties", () -> commands.showPart(WorkbenchCommands.PROPERTIES)));
		}
	}

	private static Action action(String label, Runnable run) {
		return new Action(label) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	private void newPortfolio() {
		String name = ask("New portfolio", "Name of the portfolio:", "");
		if (name != null) {
			write("New portfolio", session -> {
				Portfolio portfolio = PmoFactory.eINSTANCE.createPortfolio();
				portfolio.setName(name);
				session.save(portfolio);
				return portfolio.getId();
			});
		}
	}

	private void newProgram(Portfolio portfolio) {
		String name = ask("New program", "Name of the program in " + portfolio.getName() + ":", "");
		if (name != null) {
			write("New program", session -> {
				Portfolio parent = session.load(PmoPackage.Literals.PORTFOLIO, portfolio.getId());
				Program program = PmoFactory.eINSTANCE.createProgram();
				program.setName(name);
				parent.getPrograms().add(program);
				session.save(program);
				return program.getId();
			});
		}
	}

	private void newProject(Program program) {
		BackgroundRead.start("Reading the people of the office", store, viewer.getControl(),
				session -> session.query(Query.<Person>of(PmoPackage.Literals.PERSON).orderBy(PmoPackage.Literals.PERSON__NAME)),
				people -> newProject(program, people));
	}

	private void newProject(Program program, List<Person> people) {
		NewProjectDialog dialog = new NewProjectDialog(shell(), program, people);
		if (dialog.open() != Window.OK) {
			return;
		}
		write("New project", session -> {
			if (session.count(Query.of(PmoPackage.Literals.PROJECT)
					.where(Condition.eq(PmoPackage.Literals.PROJECT__CODE, dialog.code()))) > 0) {
				throw new StoreException(NewProjectDialog.codeTaken(dialog.code()));
			}
			Project project = PmoFactory.eINSTANCE.createProject();
			Program parent = session.load(PmoPackage.Literals.PROGRAM, program.getId());
			project.setCode(dialog.code());
			project.setName(dialog.name());
			project.setPhase(LifecyclePhase.INITIATION);
			project.setRag(RagStatus.GREEN);
			project.setRagTrend(Trend.STABLE);
			RoleAssignment sponsor = PmoFactory.eINSTANCE.createRoleAssignment();
			sponsor.setKind(RoleKind.SPONSOR);
			sponsor.setPerson(session.load(PmoPackage.Literals.PERSON, dialog.sponsorId()));
			project.getRoleAssignments().add(sponsor);
			parent.getProjects().add(project);
			session.save(project);
			return project.getId();
		}, id -> editors.openProject(id, dialog.code()));
	}

	private void rename(Scope scope) {
		String name = ask("Rename", "New name of " + Labels.inSentence(scope.eClass()).toLowerCase() + " '" + scope.getName() + "':",
				scope.getName());
		if (name != null && !name.equals(scope.getName())) {
			write("Rename", session -> {
				Scope stored = session.load(scope.eClass(), scope.getId());
				stored.setName(name);
				session.save(stored);
				return stored.getId();
			});
		}
	}

	private void delete(Scope scope) {
		String kind = Labels.inSentence(scope.eClass()).toLowerCase();
		String contents = switch (scope) {
		case Portfolio p -> " with all its programs and projects";
		case Program p -> " with all its projects";
		default -> " with its milestones, KPIs and status reports";
		};
		MessageDialog confirm = new MessageDialog(shell(), "Delete " + kind, null,
				"Delete " + kind + " '" + scope.getName() + "'" + contents + "? This cannot be undone.",
				MessageDialog.WARNING, 1, "Delete", IDialogConstants.CANCEL_LABEL);
		if (confirm.open() == 0) {
			write("Delete " + kind, session -> {
				session.delete(session.load(scope.eClass(), scope.getId()));
				return scope.getId();
			});
		}
	}

	/** Moves a project to another program, in the background. */
	void move(Project project, Program target) {
		write("Move project", session -> {
			Project stored = session.load(PmoPackage.Literals.PROJECT, project.getId());
			Program program = session.load(PmoPackage.Literals.PROGRAM, target.getId());
			program.getProjects().add(stored);
			session.save(stored);
			return stored.getId();
		});
	}

	private String ask(String title, String message, String initial) {
		InputDialog dialog = new InputDialog(shell(), title, message, initial,
				text -> text.isBlank() ? "Name: enter a name." : text.length() > 1000 ? "Name: at most 1000 characters." : null);
		return dialog.open() == Window.OK ? dialog.getValue().trim() : null;
	}

	private void write(String title, Function<StoreSession, String> change) {
		write(title, change, id -> {
			// nothing to do but reload
		});
	}

	/**
	 * Runs a change in a job with a session of its own. On the UI thread afterwards: tells every part
	 * that the object with the returned id changed and calls {@code done}, or shows what went wrong.
	 */
	private void write(String title, Function<StoreSession, String> change, Consumer<String> done) {
		Display display = viewer.getControl().getDisplay();
		Job job = Job.create(title, monitor -> {
			String id = null;
			RuntimeException failure = null;
			try (StoreSession session = store.openSession()) {
				id = change.apply(session);
			} catch (RuntimeException e) {
				failure = e;
			}
			String changed = id;
			RuntimeException failed = failure;
			if (!display.isDisposed()) {
				display.asyncExec(() -> written(title, changed, failed, done));
			}
			return Status.OK_STATUS;
		});
		job.schedule();
	}

	private void written(String title, String id, RuntimeException failure, Consumer<String> done) {
		if (failure != null) {
			if (!viewer.getControl().isDisposed()) {
				MessageDialog.openError(shell(), title, title + " did not happen, nothing was changed: " + failure.getMessage());
				reload.run();
			}
			return;
		}
		if (events != null) {
			events.post(Topics.DATA_CHANGED, id);
		} else if (!viewer.getControl().isDisposed()) {
			reload.run();
		}
		done.accept(id);
	}

	private Shell shell() {
		return viewer.getControl().getShell();
	}
}
