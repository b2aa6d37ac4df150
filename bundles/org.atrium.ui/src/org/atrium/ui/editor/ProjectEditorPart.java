package org.atrium.ui.editor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.atrium.core.AccessDeniedException;
import org.atrium.core.GovernanceGuard;
import org.atrium.core.Permission;
import org.atrium.core.ProjectHealthService;
import org.atrium.core.StatusReporting;
import org.atrium.core.model.pmo.Allocation;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage.Literals;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.StatusReport;
import org.atrium.core.model.pmo.TimeEntry;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.WorkbenchStore;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
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

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The project editor: overview, governance, milestones, KPIs, status reports, time and
 * allocations, on the shared {@link ObjectEditor} (load, undo, save, problems, conflicts).
 */
public class ProjectEditorPart {

	public static final String[] PAGES = { "Overview", "Governance", "Milestones", "KPIs", "Status reports",
			"Time and allocations" };

	@Inject
	private WorkbenchStore store;
	@Inject
	private MPart part;
	@Inject
	private IEclipseContext context;
	@Inject
	private UISynchronize ui;
	@Inject
	private StatusReporting reporting;
	@Inject
	private ProjectHealthService health;
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	private ESelectionService selection;

	private ObjectEditor<Project> editor;
	private CTabFolder pages;
	private StatusReportsPage reportsPage;
	private MilestonesPage milestonesPage;
	private KpisPage kpisPage;
	private List<Person> people;
	private Optional<Person> currentPerson = Optional.empty();
	private boolean mayReportStatus;

	@PostConstruct
	void create(Composite parent) {
		editor = ObjectEditor.create(context, Literals.PROJECT, EditorOpener.PROJECT_ID, Project::getCode);
		editor.writeWith(reporting::save); // published status reports stay as they were
		editor.open(parent, this::read, this::show);
	}

	/** Completes once the project is shown (or failed to load). */
	public CompletableFuture<ProjectEditorPart> loaded() {
		return editor.loaded().thenApply(loaded -> this);
	}

	/** What the editor reads besides the project: people, allocations, hours booked, and who the user is. */
	private record Loaded(List<Person> people, List<Allocation> allocations, List<TimePage.Booked> booked,
			Optional<Person> currentPerson, boolean mayReportStatus) {
	}

	private Loaded read(StoreSession session, Project project) {
		String id = project.getId();
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
		GovernanceGuard governance = context.get(GovernanceGuard.class);
		boolean mayReport = governance == null
				|| governance.whyNot(session, store.user(), project, Permission.REPORT_STATUS).isEmpty();
		return new Loaded(everyone, allocations, byHours, store.currentPerson(session), mayReport);
	}

	private void show(Loaded data) {
		Project project = editor.object();
		EditingContext<Project> editing = editor.editing();
		Fields fields = editor.fields();
		people = data.people();
		currentPerson = data.currentPerson();
		mayReportStatus = data.mayReportStatus();
		Composite body = editor.body();
		GridLayoutFactory.fillDefaults().applyTo(body);
		pages = new CTabFolder(body, SWT.BOTTOM | SWT.FLAT);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(pages);
		ScrolledComposite overview = new ScrolledComposite(pages, SWT.V_SCROLL | SWT.H_SCROLL);
		Composite overviewContent = new Composite(overview, SWT.NONE);
		new OverviewPage(overviewContent, editing, fields, ui, snapshot -> {
			try (StoreSession session = store.openSession()) {
				return health.assess(snapshot, session, LocalDate.now());
			}
		});
		overview.setContent(overviewContent);
		overview.setExpandHorizontal(true);
		overview.setExpandVertical(true);
		overview.setMinSize(overviewContent.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		tab(0, overview);
		new GovernancePage(page(1), editing, () -> people);
		milestonesPage = new MilestonesPage(page(2), editing);
		kpisPage = new KpisPage(page(3), editing);
		reportsPage = new StatusReportsPage(page(4), editing, fields, this::newWeeklyReport);
		new TimePage(page(5), data.allocations(), data.booked());
		pages.setSelection(0);
		if (part.getContext() != null) {
			part.getContext().set(ProjectEditorPart.class, this);
		}
		if (selection != null) {
			selection.setSelection(project);
		}
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

	public ObjectEditor<Project> editor() {
		return editor;
	}

	public Project project() {
		return editor.object();
	}

	public EditingContext<Project> editing() {
		return editor.editing();
	}

	public Fields fields() {
		return editor.fields();
	}

	public CTabFolder pages() {
		return pages;
	}

	StatusReportsPage reportsPage() {
		return reportsPage;
	}

	MilestonesPage milestonesPage() {
		return milestonesPage;
	}

	KpisPage kpisPage() {
		return kpisPage;
	}

	/** What the banner above the pages says, e.g. why the last save did not happen. */
	public String bannerText() {
		return editor.bannerText();
	}

	/** Saves valid edits; a refused save throws, so that closing the part does not lose them. */
	@Persist
	public void save() {
		editor.persist();
	}

	/** Whether the user may report status on the project, so that New weekly report is offered. */
	public boolean mayReportStatus() {
		return mayReportStatus;
	}

	/**
	 * Adds a weekly report prefilled from the current data, if the current user may report status. If this week's
	 * report is published already, the new one is its correction.
	 */
	public void newWeeklyReport() {
		Project project = editor.object();
		if (project == null) {
			return;
		}
		Composite root = pages;
		editor.fields().commitPending(); // a milestone achieved a moment ago counts
		if (currentPerson.isEmpty()) {
			MessageDialog.openError(root.getShell(), "New weekly report", "Your login '" + store.user()
					+ "' belongs to nobody in this office. Choose who you are with File > Switch user.");
			return;
		}
		LocalDate today = LocalDate.now();
		// A draft of this week is selected; a published one stays as it is, and the new report is its correction.
		Optional<StatusReport> draft = project.getStatusReports().stream()
				.filter(r -> StatusReporting.weekEnding(today).equals(r.getPeriodEnd()) && !StatusReporting.isPublished(r))
				.findFirst();
		if (draft.isPresent()) {
			pages.setSelection(4);
			reportsPage.select(draft.get());
			reportsPage.notice("This week's draft (week ending " + draft.get().getPeriodEnd()
					+ ") exists already; it is selected below.");
			return;
		}
		StatusReport report;
		try {
			report = reporting.prepareWeekly(project, currentPerson.get(), today);
		} catch (AccessDeniedException e) {
			MessageDialog.openError(root.getShell(), "New weekly report", e.getMessage());
			return;
		}
		editor.editing().add(project, Literals.PROJECT__STATUS_REPORTS, report);
		pages.setSelection(4);
		reportsPage.select(report);
	}

	@Focus
	void focus() {
		if (pages != null && !pages.isDisposed()) {
			pages.setFocus();
		}
	}

	@PreDestroy
	void close() {
		if (part.getContext() != null) {
			part.getContext().remove(ProjectEditorPart.class);
		}
		editor.close();
	}
}
