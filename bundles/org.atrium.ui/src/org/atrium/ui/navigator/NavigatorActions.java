package org.atrium.ui.navigator;

import java.util.function.Consumer;

import org.atrium.core.model.pmo.LifecyclePhase;
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
import org.atrium.core.store.StoreException;
import org.atrium.core.store.StoreSession;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.WorkbenchStore;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/** The navigator's context menu: new, open, rename, delete and move, each in a transaction of its own. */
final class NavigatorActions {

	private final WorkbenchStore store;
	private final TreeViewer viewer;
	private final EditorOpener editors;
	private final Runnable reload;

	NavigatorActions(WorkbenchStore store, TreeViewer viewer, EditorOpener editors, Runnable reload) {
		this.store = store;
		this.viewer = viewer;
		this.editors = editors;
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
		}
		if (element instanceof Scope scope) {
			menu.add(new Separator());
			menu.add(action("Rename...", () -> rename(scope)));
			menu.add(action("Delete...", () -> delete(scope)));
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
			});
		}
	}

	private void newProject(Program program) {
		NewProjectDialog dialog = new NewProjectDialog(shell(), store, program);
		if (dialog.open() != Window.OK) {
			return;
		}
		Project project = PmoFactory.eINSTANCE.createProject();
		write("New project", session -> {
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
		});
		if (project.getId() != null && project.getVersion() > 0) {
			editors.openProject(project.getId(), project.getCode());
		}
	}

	private void rename(Scope scope) {
		String name = ask("Rename", "New name of " + scope.eClass().getName().toLowerCase() + " '" + scope.getName() + "':",
				scope.getName());
		if (name != null && !name.equals(scope.getName())) {
			write("Rename", session -> {
				Scope stored = session.load(scope.eClass(), scope.getId());
				stored.setName(name);
				session.save(stored);
			});
		}
	}

	private void delete(Scope scope) {
		String kind = scope.eClass().getName().toLowerCase();
		String contents = switch (scope) {
		case Portfolio p -> " with all its programs and projects";
		case Program p -> " with all its projects";
		default -> " with its milestones, KPIs and status reports";
		};
		MessageDialog confirm = new MessageDialog(shell(), "Delete " + kind, null,
				"Delete " + kind + " '" + scope.getName() + "'" + contents + "? This cannot be undone.",
				MessageDialog.WARNING, 1, "Delete", IDialogConstants.CANCEL_LABEL);
		if (confirm.open() == 0) {
			write("Delete " + kind, session -> session.delete(session.load(scope.eClass(), scope.getId())));
		}
	}

	/** Moves a project to another program; true if it moved. */
	boolean move(Project project, Program target) {
		return write("Move project", session -> {
			Project stored = session.load(PmoPackage.Literals.PROJECT, project.getId());
			Program program = session.load(PmoPackage.Literals.PROGRAM, target.getId());
			program.getProjects().add(stored);
			session.save(stored);
		});
	}

	private String ask(String title, String message, String initial) {
		InputDialog dialog = new InputDialog(shell(), title, message, initial,
				text -> text.isBlank() ? "Name: enter a name." : text.length() > 1000 ? "Name: at most 1000 characters." : null);
		return dialog.open() == Window.OK ? dialog.getValue().trim() : null;
	}

	/** Runs a change in a session of its own; shows what went wrong, and reloads the tree on success. */
	private boolean write(String title, Consumer<StoreSession> change) {
		try (StoreSession session = store.openSession()) {
			change.accept(session);
		} catch (StoreException e) {
			MessageDialog.openError(shell(), title, e.getMessage());
			return false;
		}
		reload.run();
		return true;
	}

	private Shell shell() {
		return viewer.getControl().getShell();
	}
}
