package org.atrium.ui.editor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.atrium.core.AccessDeniedException;
import org.atrium.core.ProjectHealthService;
import org.atrium.core.StatusReporting;
import org.atrium.core.model.pmo.Allocation;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.PmoPackage.Literals;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.StatusReport;
import org.atrium.core.model.pmo.TimeEntry;
import org.atrium.core.store.Condition;
import org.atrium.core.store.ConflictException;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreException;
import org.atrium.core.store.StoreSession;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.Problems;
import org.atrium.ui.Topics;
import org.atrium.ui.WorkbenchStore;
import org.atrium.ui.editor.ConflictDialog.Difference;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The project editor: overview, governance, milestones, KPIs, status reports, time and
 * allocations. Edits are commands (undo, redo, dirty state); saving validates first, and a stale
 * save becomes a conflict the user resolves.
 */
public class ProjectEditorPart {

	public static final String[] PAGES = { "Overview", "Governance", "Milestones", "KPIs", "Status reports",
			"Time and allocations" };

	@Inject
	private WorkbenchStore store;
	@Inject
	private MPart part;
	@Inject
	@Optional
	private IEventBroker events;
	@Inject
	private StatusReporting reporting;
	@Inject
	private ProjectHealthService health;
	@Inject
	@Optional
	private ESelectionService selection;

	private final CompletableFuture<ProjectEditorPart> loaded = new CompletableFuture<>();
	private Composite root;
	private Label banner;
	private CTabFolder pages;
	private StoreSession session;
	private Project project;
	private EditingContext<Project> editing;
	private Fields fields;
	private StatusReportsPage reportsPage;
	private List<Person> people;

	@PostConstruct
	void create(Composite parent) {
		root = parent;
		GridLayoutFactory.fillDefaults().applyTo(parent);
		banner = new Label(parent, SWT.WRAP);
		banner.setText("Loading the project...");
		GridDataFactory.fillDefaults().grab(true, false).indent(6, 4).applyTo(banner);
		String id = part.getPersistedState().get(EditorOpener.PROJECT_ID);
		Display display = parent.getDisplay();
		Job.create("Loading project", monitor -> {
			try {
				Loaded data = load(id);
				if (!display.isDisposed()) {
					display.asyncExec(() -> show(data));
				}
			} catch (StoreException e) {
				if (!display.isDisposed()) {
					display.asyncExec(() -> failed(e));
				}
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	/** Completes once the project is shown (or failed to load). */
	public CompletableFuture<ProjectEditorPart> loaded() {
		return loaded;
	}

	private record Loaded(Project project, List<Person> people, List<Allocation> allocations,
			List<TimePage.Booked> booked) {
	}

	private Loaded load(String id) {
		session = store.openSession();
		Project loadedProject = session.load(Literals.PROJECT, id);
		EcoreUtil.resolveAll(loadedProject);
		List<Person> everyone = session.query(Query.<Person>of(Literals.PERSON).orderBy(Literals.PERSON__NAME));
		List<Allocation> allocations = session.query(Query.<Allocation>of(Literals.ALLOCATION)
				.where(Condition.eq(Literals.ALLOCATION__PROJECT, id)).orderBy(Literals.ALLOCATION__START));
		List<TimeEntry> entries = session.query(Query.<TimeEntry>of(Literals.TIME_ENTRY)
				.where(Condition.eq(Literals.TIME_ENTRY__PROJECT, id)).orderBy(Literals.TIME_ENTRY__DATE));
		allocations.forEach(EcoreUtil::resolveAll);
		Map<String, TimePage.Booked> booked = new LinkedHashMap<>();
		for (TimeEntry entry : entries) {
			String name = entry.getPerson() == null ? "?" : entry.getPerson().getName();
			TimePage.Booked before = booked.get(name);
			BigDecimal hours = entry.getHours() == null ? BigDecimal.ZERO : entry.getHours();
			booked.put(name, before == null ? new TimePage.Booked(name, hours, 1, String.valueOf(entry.getDate()))
					: new TimePage.Booked(name, before.hours().add(hours), before.entries() + 1, String.valueOf(entry.getDate())));
		}
		List<TimePage.Booked> byHours = new ArrayList<>(booked.values());
		byHours.sort(Comparator.comparing(TimePage.Booked::hours).reversed());
		return new Loaded(loadedProject, everyone, allocations, byHours);
	}

	private void failed(StoreException e) {
		if (!banner.isDisposed()) {
			banner.setText("This project cannot be opened: " + e.getMessage());
			root.layout(true);
		}
		loaded.complete(this);
	}

	private void show(Loaded data) {
		if (root.isDisposed()) {
			return;
		}
		project = data.project();
		people = data.people();
		editing = EditingContext.of(project);
		fields = new Fields(editing);
		pages = new CTabFolder(root, SWT.BOTTOM | SWT.FLAT);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(pages);
		ScrolledComposite overview = new ScrolledComposite(pages, SWT.V_SCROLL | SWT.H_SCROLL);
		Composite overviewContent = new Composite(overview, SWT.NONE);
		new OverviewPage(overviewContent, editing, fields, p -> health.assess(p, session, LocalDate.now()));
		overview.setContent(overviewContent);
		overview.setExpandHorizontal(true);
		overview.setExpandVertical(true);
		overview.setMinSize(overviewContent.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		tab(0, overview);
		new GovernancePage(page(1), editing, () -> people);
		new MilestonesPage(page(2), editing);
		new KpisPage(page(3), editing);
		reportsPage = new StatusReportsPage(page(4), editing, fields, this::newWeeklyReport);
		new TimePage(page(5), data.allocations(), data.booked());
		pages.setSelection(0);
		editing.onChange(this::changed);
		fields.refresh();
		changed();
		banner.setText("");
		root.layout(true, true);
		if (selection != null) {
			selection.setSelection(project);
		}
		loaded.complete(this);
	}

	private Composite page(int index) {
		Composite page = new Composite(pages, SWT.NONE);
		tab(index, page);
		return page;
	}

	private void tab(int index, Control page) {
		CTabItem item = new CTabItem(pages, SWT.NONE);
		item.setText(PAGES[index]);
		item.setControl(page);
	}

	private void changed() {
		part.setDirty(editing.commands().isSaveNeeded());
		part.setLabel(project.getCode());
		part.setTooltip(project.getCode() + "  " + project.getName());
		if (events != null) {
			events.post(Topics.PROBLEMS, new Problems(project.getCode() + " " + project.getName(),
					List.copyOf(editing.diagnostics().getChildren())));
		}
	}

	public Project project() {
		return project;
	}

	public EditingContext<Project> editing() {
		return editing;
	}

	public Fields fields() {
		return fields;
	}

	public CTabFolder pages() {
		return pages;
	}

	/** What the banner above the pages says, e.g. why the last save did not happen. */
	public String bannerText() {
		return banner.getText();
	}

	/** Saves if the data is valid; returns whether it was saved. */
	@Persist
	public boolean save() {
		if (editing == null) {
			return false;
		}
		String parseError = fields.firstParseError();
		if (parseError != null) {
			return notSaved(parseError);
		}
		if (editing.hasErrors()) {
			long count = editing.diagnostics().getChildren().stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR).count();
			return notSaved(count + (count == 1 ? " problem: " : " problems, first: ")
					+ editing.diagnostics().getChildren().stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR)
							.findFirst().orElseThrow().getMessage());
		}
		try {
			session.save(project);
		} catch (ConflictException e) {
			resolveConflict(e);
			return false;
		} catch (StoreException e) {
			return notSaved(e.getMessage());
		}
		editing.commands().saveIsDone();
		banner.setText("");
		root.layout(true);
		changed();
		if (events != null) {
			events.post(Topics.DATA_CHANGED, project.getId());
		}
		return true;
	}

	private boolean notSaved(String why) {
		banner.setText("Not saved. " + why);
		banner.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		root.layout(true);
		return false;
	}

	private void resolveConflict(ConflictException conflict) {
		int choice = ConflictDialog.ask(root.getShell(), conflict.getMessage());
		if (choice == ConflictDialog.COMPARE) {
			choice = ConflictDialog.compare(root.getShell(), "Your version and the stored one differ here. Reload the stored "
					+ "version (your unsaved edits are dropped), or keep editing yours.", differences());
		}
		if (choice == ConflictDialog.RELOAD) {
			reload();
		} else {
			notSaved("Someone else changed this project; reload it before saving.");
		}
	}

	/** The attributes of the project whose stored value differs from the edited one. */
	private List<Difference> differences() {
		List<Difference> result = new ArrayList<>();
		try (StoreSession other = store.openSession()) {
			java.util.Optional<Project> stored = other.find(Literals.PROJECT, project.getId());
			if (stored.isEmpty()) {
				result.add(new Difference("project", project.getName(), "deleted"));
				return result;
			}
			other.loadContents(stored.get());
			for (EAttribute attribute : PmoPackage.Literals.PROJECT.getEAllAttributes()) {
				if (attribute == Literals.ENTITY__MODIFIED || attribute == Literals.ENTITY__VERSION) {
					continue;
				}
				Object mine = project.eGet(attribute);
				Object theirs = stored.get().eGet(attribute);
				if (!Objects.equals(Values.format(mine), Values.format(theirs))) {
					result.add(new Difference(attribute.getName(), Values.format(mine), Values.format(theirs)));
				}
			}
			int mineMilestones = project.getMilestones().size();
			int theirMilestones = stored.get().getMilestones().size();
			if (mineMilestones != theirMilestones) {
				result.add(new Difference("milestones", mineMilestones + "", theirMilestones + ""));
			}
		}
		return result;
	}

	/** Drops the edits and shows the stored version. */
	public void reload() {
		session.refresh(project);
		EcoreUtil.resolveAll(project);
		editing.reloaded();
		banner.setText("Reloaded the stored version.");
		banner.setForeground(null);
		root.layout(true);
	}

	public boolean canUndo() {
		return editing != null && editing.commands().canUndo();
	}

	public void undo() {
		if (canUndo()) {
			editing.commands().undo();
		}
	}

	public boolean canRedo() {
		return editing != null && editing.commands().canRedo();
	}

	public void redo() {
		if (canRedo()) {
			editing.commands().redo();
		}
	}

	/** Adds a weekly report prefilled from the current data, if the current user may report status. */
	public void newWeeklyReport() {
		if (editing == null) {
			return;
		}
		java.util.Optional<Person> author = store.currentPerson(session);
		if (author.isEmpty()) {
			MessageDialog.openError(root.getShell(), "New weekly report", "Your login '" + store.user()
					+ "' belongs to nobody in this office. Set 'Who am I' in the preferences to your login.");
			return;
		}
		LocalDate today = LocalDate.now();
		java.util.Optional<StatusReport> thisWeek = project.getStatusReports().stream()
				.filter(r -> StatusReporting.weekEnding(today).equals(r.getPeriodEnd())).findFirst();
		if (thisWeek.isPresent()) {
			pages.setSelection(4);
			reportsPage.select(thisWeek.get());
			banner.setText("This week's report (week ending " + thisWeek.get().getPeriodEnd()
					+ ") exists already; it is selected below.");
			root.layout(true);
			return;
		}
		StatusReport report;
		try {
			report = reporting.prepareWeekly(project, author.get(), today);
		} catch (AccessDeniedException e) {
			MessageDialog.openError(root.getShell(), "New weekly report", e.getMessage());
			return;
		}
		editing.add(project, Literals.PROJECT__STATUS_REPORTS, report);
		pages.setSelection(4);
		reportsPage.select(report);
	}

	@Focus
	void focus() {
		Control target = pages != null ? pages : banner;
		if (!target.isDisposed()) {
			target.setFocus();
		}
	}

	@PreDestroy
	void close() {
		if (session != null) {
			session.close();
		}
		if (events != null && project != null) {
			events.post(Topics.PROBLEMS, new Problems(project.getCode() + " " + project.getName(), List.of()));
		}
	}
}
