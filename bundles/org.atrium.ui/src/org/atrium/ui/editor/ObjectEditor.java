package org.atrium.ui.editor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.atrium.core.GovernanceGuard;
import org.atrium.core.Permission;
import org.atrium.core.model.Formats;
import org.atrium.core.model.pmo.Entity;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.store.ConflictException;
import org.atrium.core.store.StoreException;
import org.atrium.core.store.StoreSession;
import org.atrium.ui.BackgroundWork;
import org.atrium.ui.OpenProblems;
import org.atrium.ui.Problems;
import org.atrium.ui.ServerChange;
import org.atrium.ui.Topics;
import org.atrium.ui.WorkbenchStore;
import org.atrium.ui.editor.ConflictDialog.Difference;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.event.EventHandler;

/**
 * What every editor of one stored object shares, so that a plugin editor only builds its controls.
 * It loads the object in a job with a session of its own, edits it through an {@link EditingContext}
 * that it puts into the part's context (where the Undo and Redo handlers find it), keeps the
 * part's dirty state, sends validation problems to the Problems part, and saves in a job: invalid
 * edits are refused, and a stale save offers the conflict dialog. Nothing here reads or writes the
 * store on the UI thread; every successful save posts {@link Topics#DATA_CHANGED}.
 *
 * @param <T> the type of the edited object
 */
public final class ObjectEditor<T extends Entity> {

	/** Why a save did not happen. Thrown from {@code @Persist}, it keeps the part open and dirty. */
	public static final class SaveRefused extends RuntimeException {
		private static final long serialVersionUID = 1L;

		public SaveRefused(String message) {
			super(message);
		}
	}

	/** Writes the edited object, in the saving job; it may refuse by throwing a {@link StoreException}. */
	@FunctionalInterface
	public interface Write<T> {
		void write(StoreSession session, T object);
	}

	/** Reads what an editor shows besides its object, in the loading job. */
	@FunctionalInterface
	public interface Read<T, D> {
		D read(StoreSession session, T object);
	}

	private final WorkbenchStore store;
	private final MPart part;
	private final UISynchronize ui;
	private final OpenProblems openProblems;
	private final IEventBroker events;
	private final EClass type;
	private final String idKey;
	private final Function<T, String> label;
	private final CompletableFuture<ObjectEditor<T>> loaded = new CompletableFuture<>();
	private Composite root;
	private Label banner;
	private Composite body;
	private StoreSession session;
	private T object;
	private EditingContext<T> editing;
	private Fields fields;
	private String problemsSource;
	private boolean busy;
	private boolean refused;
	private boolean closed;
	private final GovernanceGuard governance;
	/** Why the user may not change the object, or null if they may. */
	private String readOnly;
	private Write<T> write = (session, object) -> session.save(object);
	private ServerChangeBanner serverChange;

	/**
	 * An editor support for the part of the given context; the part's persisted state holds the
	 * object's id under {@code idKey}.
	 */
	public static <T extends Entity> ObjectEditor<T> create(IEclipseContext context, EClass type, String idKey,
			Function<T, String> label) {
		return new ObjectEditor<>(context.get(WorkbenchStore.class), context.get(MPart.class),
				context.get(UISynchronize.class), context.get(IEventBroker.class),
				ContextInjectionFactory.make(OpenProblems.class, context), context.get(GovernanceGuard.class), type,
				idKey, label);
	}

	private ObjectEditor(WorkbenchStore store, MPart part, UISynchronize ui, IEventBroker events,
			OpenProblems openProblems, GovernanceGuard governance, EClass type, String idKey,
			Function<T, String> label) {
		this.governance = governance;
		this.store = Objects.requireNonNull(store, "the workbench store");
		this.part = Objects.requireNonNull(part, "the editor's part");
		this.ui = Objects.requireNonNull(ui, "UISynchronize");
		this.events = events;
		this.openProblems = openProblems;
		this.type = type;
		this.idKey = idKey;
		this.label = label;
	}

	/**
	 * Another client changed the object: a clean editor shows the new version, a dirty one asks the user first.
	 * After a lost connection came back a clean editor reads again; a dirty one learns of any change when it saves.
	 */
	private void serverChanged(ServerChange change) {
		if (closed || editing == null || root.isDisposed() || !change.concernsAny(shownIds())) {
			return;
		}
		if (part.isDirty()) {
			if (!change.isAfterReconnect()) {
				serverChange.show(change, noun());
			}
		} else {
			reload().thenAccept(shown -> {
				if (shown && !change.isAfterReconnect()) {
					banner(change.user() + " changed this " + noun() + " on the server at "
							+ Formats.time(change.at()) + "; this is their version.", false);
				}
			});
		}
	}

	/** The ids of the object and of everything it contains: the editor shows them all. */
	private Set<String> shownIds() {
		Set<String> ids = new HashSet<>();
		ids.add(object.getId());
		object.eAllContents().forEachRemaining(contained -> {
			if (contained instanceof Entity entity && entity.getId() != null) {
				ids.add(entity.getId());
			}
		});
		return ids;
	}

	/** The banner that tells of a change on the server while the editor holds unsaved edits. */
	public ServerChangeBanner serverChangeBanner() {
		return serverChange;
	}

	/**
	 * Shows a banner in the parent, loads the object and what {@code read} reads in a job, then builds
	 * the editor's controls in {@link #body()} with {@code show} on the UI thread.
	 */
	public <D> void open(Composite parent, Read<T, D> read, Consumer<D> show) {
		root = parent;
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
		banner = new Label(parent, SWT.WRAP);
		banner.setText("Loading the " + noun() + "...");
		GridDataFactory.fillDefaults().grab(true, false).indent(6, 4).applyTo(banner);
		serverChange = new ServerChangeBanner(parent, this::reload,
				() -> banner("Kept your edits. Saving them will show where they clash with the stored version.", false));
		if (events != null) {
			EventHandler handler = event -> {
				if (event.getProperty(IEventBroker.DATA) instanceof ServerChange change) {
					ui.asyncExec(() -> serverChanged(change));
				}
			};
			events.subscribe(Topics.SERVER_CHANGED, handler);
			parent.addDisposeListener(disposed -> events.unsubscribe(handler));
		}
		String id = part.getPersistedState().get(idKey);
		Job.create("Loading the " + noun(), monitor -> {
			try {
				session = store.openSession();
				T found = session.load(type, id);
				EcoreUtil.resolveAll(found);
				D data = read.read(session, found);
				readOnly = governance == null ? null
						: governance.whyNot(session, store.user(), found, Permission.EDIT).orElse(null);
				ui.asyncExec(() -> show(found, data, show));
			} catch (RuntimeException e) {
				ui.asyncExec(() -> failed(e));
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	private <D> void show(T found, D data, Consumer<D> show) {
		if (root.isDisposed()) {
			loaded.complete(this);
			return;
		}
		object = found;
		problemsSource = problemsSource();
		editing = new EditingContext<>(object);
		fields = new Fields(editing);
		body = new Composite(root, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		show.accept(data);
		editing.onChange(this::changed);
		fields.onTyping(this::changed);
		fields.refresh();
		changed();
		banner.setText(readOnly == null ? "" : "Read only. " + readOnly.replace(" Nothing was saved.", ""));
		if (readOnly != null) {
			fields.readOnly();
			readOnly(body);
		}
		root.layout(true, true);
		publish(true);
		loaded.complete(this);
	}

	/** What would change the object is disabled; text stays selectable and tables scroll. */
	private static void readOnly(Control control) {
		if (control instanceof Text text) {
			text.setEditable(false);
		} else if (control instanceof Button || control instanceof Combo || control instanceof DateTime) {
			control.setEnabled(false);
		} else if (control instanceof Table table) {
			table.setData(Tables.READ_ONLY, Boolean.TRUE);
		}
		if (control instanceof Composite composite && !(control instanceof Table)) {
			for (Control child : composite.getChildren()) {
				readOnly(child);
			}
		}
	}

	/** Whether the user may not change the object; then its controls are disabled and a save is not tried. */
	public boolean isReadOnly() {
		return readOnly != null;
	}

	private void failed(RuntimeException e) {
		if (!banner.isDisposed()) {
			banner.setText("This " + noun() + " cannot be opened: " + e.getMessage());
			root.layout(true);
		}
		loaded.complete(this);
	}

	/** Completes once the object is shown, or failed to load. */
	public CompletableFuture<ObjectEditor<T>> loaded() {
		return loaded;
	}

	/** Where the editor builds its controls. */
	public Composite body() {
		return body;
	}

	public T object() {
		return object;
	}

	public EditingContext<T> editing() {
		return editing;
	}

	public Fields fields() {
		return fields;
	}

	/** What the banner above the editor says, e.g. why the last save did not happen. */
	public String bannerText() {
		return banner.getText();
	}

	/** Shows a message above the editor; an error in red. */
	public void banner(String text, boolean error) {
		if (banner.isDisposed()) {
			return;
		}
		banner.setText(text);
		banner.setForeground(error ? root.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
		root.layout(true);
	}

	/** While a save or reload runs, the editor takes no edits and the handlers find no editing context. */
	private void publish(boolean available) {
		busy = !available;
		if (body != null && !body.isDisposed()) {
			body.setEnabled(available);
		}
		IEclipseContext context = part.getContext();
		if (context == null) {
			return;
		}
		if (available && editing != null) {
			context.set(EditingContext.class, editing);
		} else {
			context.remove(EditingContext.class);
		}
	}

	/**
	 * Saves through a service instead of the session directly, so that the service's rules hold for the
	 * editor too (the project editor saves through {@code StatusReporting}, which keeps published reports).
	 */
	public void writeWith(Write<T> write) {
		this.write = Objects.requireNonNull(write, "write");
	}

	private void changed() {
		if (closed) {
			return;
		}
		// Typed text counts as an edit from the first keystroke.
		part.setDirty(editing.commands().isSaveNeeded() || fields.hasPending());
		if (refused) {
			String problem = firstProblem();
			if (problem == null) {
				refused = false;
				banner("", false);
			} else {
				banner("Not saved. " + problem, true);
			}
		}
		String text = Objects.requireNonNullElse(label.apply(object), "");
		part.setLabel(text);
		part.setTooltip(text);
		String source = problemsSource();
		if (!source.equals(problemsSource)) {
			postProblems(problemsSource, List.of());
			problemsSource = source;
		}
		List<Diagnostic> problems = new ArrayList<>(fields.parseErrors());
		problems.addAll(editing.diagnostics().getChildren());
		postProblems(problemsSource, problems);
		if (events != null) {
			// Undo, Redo and Save in the tool bar follow the command stack.
			events.post(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
		}
	}

	private String problemsSource() {
		return type.getName() + " " + Objects.requireNonNullElse(label.apply(object), object.getId());
	}

	private void postProblems(String source, List<Diagnostic> problems) {
		Problems found = new Problems(source, problems);
		if (openProblems != null) {
			openProblems.report(found);
		}
		if (events != null) {
			events.post(Topics.PROBLEMS, found);
		}
	}

	/** For {@code @Persist}: saves, or throws {@link SaveRefused} so that the part stays open and dirty. */
	public void persist() {
		if (!save()) {
			throw new SaveRefused(bannerText());
		}
	}

	/**
	 * Saves valid edits in a job while the UI stays live, and returns once the store answered: true if
	 * saved. Invalid edits are not saved and the banner says why; a stale save asks the user what to do.
	 */
	public boolean save() {
		if (editing == null || busy || closed) {
			return false;
		}
		fields.commitPending();
		String problem = firstProblem();
		if (problem != null) {
			refused = true;
			banner("Not saved. " + problem, true);
			return false;
		}
		refused = false;
		publish(false);
		banner("Saving...", false);
		try {
			BackgroundWork.await(root.getDisplay(), "Saving the " + noun(), () -> {
				write.write(session, object);
				return null;
			});
		} catch (ConflictException conflict) {
			publish(true);
			banner("", false);
			resolveConflict(conflict);
			return false;
		} catch (RuntimeException e) {
			publish(true);
			banner("Not saved. " + e.getMessage(), true);
			return false;
		}
		publish(true);
		if (root.isDisposed()) {
			return true;
		}
		editing.commands().saveIsDone();
		serverChange.hide();
		banner("", false);
		changed();
		if (events != null) {
			events.post(Topics.DATA_CHANGED, object.getId());
		}
		return true;
	}

	private String firstProblem() {
		String parseError = fields.firstParseError();
		if (parseError != null) {
			return parseError;
		}
		List<Diagnostic> errors = editing.diagnostics().getChildren().stream()
				.filter(d -> d.getSeverity() >= Diagnostic.ERROR).toList();
		if (errors.isEmpty()) {
			return null;
		}
		return errors.size() + (errors.size() == 1 ? " problem: " : " problems, first: ") + errors.get(0).getMessage();
	}

	private void resolveConflict(ConflictException conflict) {
		int choice = ConflictDialog.ask(root.getShell(), conflict.getMessage());
		if (choice == ConflictDialog.COMPARE) {
			List<Difference> differences;
			try {
				differences = BackgroundWork.await(root.getDisplay(), "Comparing with the stored " + noun(),
						this::differences);
			} catch (StoreException e) {
				banner("The stored version could not be read: " + e.getMessage(), true);
				return;
			}
			if (root.isDisposed()) {
				return;
			}
			choice = ConflictDialog.compare(root.getShell(), "Your version and the stored one differ here. Reload the "
					+ "stored version (your unsaved edits are dropped), or keep editing yours.", differences);
		}
		if (choice == ConflictDialog.RELOAD) {
			reload();
		} else {
			banner("Not saved. Someone else changed this " + noun() + "; reload it before saving.", true);
		}
	}

	/** The attributes and contained lists whose stored value differs from the edited one. Runs in a job. */
	private List<Difference> differences() {
		List<Difference> result = new ArrayList<>();
		try (StoreSession other = store.openSession()) {
			java.util.Optional<EObject> stored = other.find(type, object.getId());
			if (stored.isEmpty()) {
				result.add(new Difference(noun(), label.apply(object), "deleted"));
				return result;
			}
			other.loadContents(stored.get());
			for (EAttribute attribute : type.getEAllAttributes()) {
				if (attribute == PmoPackage.Literals.ENTITY__MODIFIED || attribute == PmoPackage.Literals.ENTITY__VERSION) {
					continue;
				}
				String mine = Values.format(object.eGet(attribute));
				String theirs = Values.format(stored.get().eGet(attribute));
				if (!Objects.equals(mine, theirs)) {
					result.add(new Difference(attribute.getName(), mine, theirs));
				}
			}
			for (EReference contained : type.getEAllContainments()) {
				if (contained.isMany()) {
					int mine = ((List<?>) object.eGet(contained)).size();
					int theirs = ((List<?>) stored.get().eGet(contained)).size();
					if (mine != theirs) {
						result.add(new Difference(contained.getName(), String.valueOf(mine), String.valueOf(theirs)));
					}
				}
			}
		}
		return result;
	}

	/** Drops the edits and shows the stored version, read in a job; completes when shown. */
	public CompletableFuture<Boolean> reload() {
		CompletableFuture<Boolean> done = new CompletableFuture<>();
		if (editing == null || busy) {
			done.complete(false);
			return done;
		}
		serverChange.hide();
		publish(false);
		banner("Reloading the stored version...", false);
		Job.create("Reloading the " + noun(), monitor -> {
			RuntimeException failure = null;
			try {
				session.refresh(object);
				EcoreUtil.resolveAll(object);
			} catch (RuntimeException e) {
				failure = e;
			}
			RuntimeException failed = failure;
			ui.asyncExec(() -> {
				if (root.isDisposed()) {
					done.complete(false);
					return;
				}
				publish(true);
				if (failed != null) {
					banner("The stored version could not be read: " + failed.getMessage(), true);
					done.complete(false);
					return;
				}
				editing.reloaded();
				banner("Reloaded the stored version.", false);
				done.complete(true);
			});
			return Status.OK_STATUS;
		}).schedule();
		return done;
	}

	private String noun() {
		return type.getName().toLowerCase();
	}

	/**
	 * Closes the session and clears the editor's problems; call from the part's {@code @PreDestroy}. A closed
	 * editor holds no unsaved edits: text typed before it went away is not applied, and its part is not dirty,
	 * so that Quit never offers to save an editor that is gone.
	 */
	public void close() {
		closed = true;
		if (fields != null) {
			fields.discardPending();
		}
		part.setDirty(false);
		IEclipseContext context = part.getContext();
		if (context != null) {
			context.remove(EditingContext.class);
		}
		if (problemsSource != null) {
			postProblems(problemsSource, List.of());
		}
		if (session != null) {
			session.close();
		}
	}
}
