package org.atrium.ui.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.atrium.demo.Office;
import org.atrium.demo.OfficeGenerator;
import org.atrium.demo.OfficeScale;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Query;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.StoreSession;
import org.atrium.ui.WorkbenchStore;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A real display, shell and store (embedded Derby unless told otherwise) for UI tests: parts are created through e4 injection in a
 * context that sees the OSGi services (the event broker among them), as in the workbench.
 */
public final class UiFixture implements AutoCloseable {

	/** How long a wait for a background job may last before the test fails. */
	private static final long PATIENCE_MS = 120_000;

	public final Display display = Display.getDefault();
	public final Shell shell = new Shell(display);
	public final WorkbenchStore store;
	public final IEclipseContext context;

	public UiFixture(Path workspace, String user) throws InterruptedException {
		this(StoreConfig.derby(workspace.resolve("database"), true), user);
	}

	/** The fixture on any database, a team repository on PostgreSQL among them. */
	public UiFixture(StoreConfig database, String user) throws InterruptedException {
		BundleContext bundles = FrameworkUtil.getBundle(UiFixture.class).getBundleContext();
		ServiceTracker<ModelStoreFactory, ModelStoreFactory> tracker = new ServiceTracker<>(bundles,
				ModelStoreFactory.class, null);
		tracker.open();
		ModelStore modelStore = tracker.waitForService(30_000).open(database);
		store = new WorkbenchStore(modelStore, user);
		context = EclipseContextFactory.getServiceContext(bundles).createChild("ui test");
		context.set(WorkbenchStore.class, store);
		shell.setLayout(new FillLayout());
		shell.setSize(1200, 800);
		context.set(Composite.class, shell);
		context.set(UISynchronize.class, uiSynchronize(display));
		deliverUiEvents(display);
		shell.open();
	}

	/** Runs on the display's thread, as the workbench's UISynchronize does. */
	private static UISynchronize uiSynchronize(Display display) {
		return new UISynchronize() {
			@Override
			public void syncExec(Runnable runnable) {
				display.syncExec(runnable);
			}

			@Override
			public void asyncExec(Runnable runnable) {
				display.asyncExec(runnable);
			}

			@Override
			protected boolean isUIThread(Thread thread) {
				return display.getThread() == thread;
			}

			@Override
			protected void showBusyWhile(Runnable runnable) {
				runnable.run();
			}

			@Override
			protected boolean dispatchEvents() {
				return display.readAndDispatch();
			}
		};
	}

	private static IEclipseContext suppliers;

	/**
	 * Lets {@code @UIEventTopic} methods receive events, as in the workbench: e4 gives its event supplier
	 * a UISynchronize from the default context. One context for the whole test run, never disposed.
	 */
	private static synchronized void deliverUiEvents(Display display) {
		if (suppliers == null) {
			suppliers = EclipseContextFactory.create("UI events in tests");
			suppliers.set(UISynchronize.class, uiSynchronize(display));
			ContextInjectionFactory.setDefault(suppliers);
		}
	}

	/** A small office with full governance, saved in the store. */
	public static OfficeScale small(int projects) {
		return new OfficeScale(1, 2, projects, 12, 4, 2, 4, 3, 40, true);
	}

	/** Saves a generated office whose PMO lead is the fixture's user, so that the tests may change anything. */
	public Office saveOffice(OfficeScale scale) {
		Office office = new OfficeGenerator().generate(7, scale, LocalDate.of(2026, 11, 27));
		office.people().stream().filter(person -> person.getOfficeRoles().contains(RoleKind.PMO_LEAD)).findFirst()
				.orElseThrow().setLogin(store.user());
		try (StoreSession session = store.openSession()) {
			session.inTransaction(tx -> {
				office.people().forEach(tx::save);
				office.portfolios().forEach(tx::save);
				office.allocations().forEach(tx::save);
				office.timeEntries().forEach(tx::save);
			});
		}
		return office;
	}

	/** An editor made as the workbench makes one: its part, the part's model element and its own context. */
	public record Editor<T>(T part, MPart model, IEclipseContext context) {
	}

	/** Makes an editor part on the object whose id its part's persisted state holds under {@code idKey}. */
	public <T> Editor<T> openEditor(Class<T> type, String idKey, String id) {
		MPart model = MBasicFactory.INSTANCE.createPart();
		model.getPersistedState().put(idKey, id);
		IEclipseContext partContext = context.createChild(type.getSimpleName());
		partContext.set(MPart.class, model);
		model.setContext(partContext);
		return new Editor<>(ContextInjectionFactory.make(type, partContext), model, partContext);
	}

	/** Works as the stored office's PMO lead from now on, who may change anything. */
	public void workAsPmoLead() {
		try (StoreSession session = store.openSession()) {
			store.switchUser(session.<Person>query(Query.<Person>of(PmoPackage.Literals.PERSON)
					.where(Condition.eq(PmoPackage.Literals.PERSON__OFFICE_ROLES, RoleKind.PMO_LEAD))).get(0).getLogin());
		}
	}

	/** Runs the event loop until the condition holds. */
	public void waitUntil(String what, BooleanSupplier condition) {
		long deadline = System.currentTimeMillis() + PATIENCE_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("gave up waiting: " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(100, () -> {
					// wakes the loop to look at the condition and the time again
				});
				display.sleep();
			}
		}
	}

	public void waitFor(String what, Future<?> future) {
		waitUntil(what, future::isDone);
	}

	/** The input field right after the label with this text, in the shell (a date's, beside its picker). */
	public Text field(String label) {
		Label found = find(shell, Label.class, l -> l.getText().equals(label)).get(0);
		Control[] siblings = found.getParent().getChildren();
		for (int i = 0; i < siblings.length - 1; i++) {
			if (siblings[i] == found) {
				Control next = siblings[i + 1];
				if (next instanceof Composite holder && !(next instanceof Text)) {
					return find(holder, Text.class, t -> true).get(0);
				}
				return (Text) next;
			}
		}
		throw new AssertionError("no field after " + label);
	}

	/** Types a value as a user does: into the focused field, which then loses the focus. */
	public static void type(Text text, String value) {
		text.setFocus();
		text.setText(value);
		text.notifyListeners(SWT.FocusOut, new Event());
	}

	/** Lets pending asynchronous UI work run. */
	public void settle() {
		for (int i = 0; i < 50; i++) {
			while (display.readAndDispatch()) {
				// keep dispatching
			}
			try {
				Thread.sleep(10);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@SuppressWarnings("unchecked")
	public static <T extends Control> List<T> find(Composite root, Class<T> type, Predicate<T> which) {
		List<T> found = new ArrayList<>();
		for (Control child : root.getChildren()) {
			if (type.isInstance(child) && which.test((T) child)) {
				found.add((T) child);
			}
			if (child instanceof Composite composite) {
				found.addAll(find(composite, type, which));
			}
		}
		return found;
	}

	@Override
	public void close() {
		context.dispose();
		shell.dispose();
		store.close();
	}
}
