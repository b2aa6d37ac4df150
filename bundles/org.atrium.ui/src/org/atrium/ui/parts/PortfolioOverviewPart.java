package org.atrium.ui.parts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.atrium.core.ProjectHealthService;
import org.atrium.core.model.Formats;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.ui.BackgroundRead;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.Images;
import org.atrium.ui.Topics;
import org.atrium.ui.WorkbenchCommands;
import org.atrium.ui.WorkbenchStore;
import org.atrium.ui.parts.OverviewRows.Row;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Every project in one sortable, filterable table: reported and derived RAG side by side (a disagreement is
 * marked), phase, sponsor, next milestone (marked when overdue), slip in working days, budget variance and forecast.
 * Selecting a row selects the project for Properties and the tool bar; the context menu opens it or starts its
 * weekly report. The table is virtual, so only visible rows are built, however many projects
 * there are; reading runs in a background job.
 */
public class PortfolioOverviewPart {

	private record Column(String title, int width, int align, Function<Row, String> text, Comparator<Row> order) {
	}

	/** The header of the derived RAG column. */
	public static final String DERIVED_RAG = "Derived RAG";
	/** The header of the next milestone column. */
	public static final String NEXT_MILESTONE = "Next milestone";

	private static final List<Column> COLUMNS = List.of(
			new Column("Code", 90, SWT.LEFT, Row::code, Comparator.comparing(Row::code, nullsLast())),
			new Column("Project", 230, SWT.LEFT, Row::name, Comparator.comparing(Row::name, nullsLast())),
			new Column("Program", 160, SWT.LEFT, Row::program, Comparator.comparing(Row::program, nullsLast())),
			new Column("Reported RAG", 100, SWT.LEFT, r -> literal(r.rag()), Comparator.comparing(r -> rank(r.rag()))),
			new Column(DERIVED_RAG, 185, SWT.LEFT, PortfolioOverviewPart::derived,
					Comparator.comparing((Row r) -> rank(r.derivedRag())).thenComparing(Row::ragDisagrees)),
			new Column("Phase", 90, SWT.LEFT, r -> r.phase() == null ? "" : r.phase().getLiteral(),
					Comparator.comparing(r -> r.phase() == null ? -1 : r.phase().getValue())),
			new Column("Sponsor", 150, SWT.LEFT, Row::sponsor, Comparator.comparing(Row::sponsor, nullsLast())),
			new Column(NEXT_MILESTONE, 340, SWT.LEFT, PortfolioOverviewPart::nextMilestone,
					Comparator.comparing(Row::nextMilestoneDate, Comparator.nullsLast(Comparator.naturalOrder()))),
			new Column("Slip (working days)", 130, SWT.RIGHT,
					r -> r.slipWorkingDays() == null ? "" : signed(r.slipWorkingDays()),
					Comparator.comparing(Row::slipWorkingDays, Comparator.nullsLast(Comparator.naturalOrder()))),
			new Column("Budget variance (%)", 130, SWT.RIGHT,
					r -> r.budgetVariancePercent() == null ? "" : signed(r.budgetVariancePercent()),
					Comparator.comparing(Row::budgetVariancePercent, Comparator.nullsLast(Comparator.naturalOrder()))),
			new Column("Forecast cost", 160, SWT.RIGHT, r -> Formats.amount(r.forecast(), r.currency()),
					Comparator.comparing(Row::forecast, Comparator.nullsLast(Comparator.naturalOrder()))));

	@Inject
	private WorkbenchStore store;
	@Inject
	private EditorOpener editors;
	@Inject
	@Optional
	private ProjectHealthService health;
	@Inject
	@Optional
	private ESelectionService selection;
	@Inject
	private WorkbenchCommands commands;

	private List<Row> all = List.of();
	private List<Row> shown = List.of();
	private Table table;
	private Text filter;
	private Combo ragFilter;
	private Label count;
	private int sortColumn = 0;
	private boolean ascending = true;

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 6).applyTo(parent);
		filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("Filter by code, project, program or sponsor");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		ragFilter = new Combo(parent, SWT.READ_ONLY);
		ragFilter.setItems("All RAG", "Red", "Amber", "Green");
		ragFilter.select(0);
		count = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().hint(200, SWT.DEFAULT).applyTo(count);
		table = new Table(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).applyTo(table);
		GC gc = new GC(table);
		for (int i = 0; i < COLUMNS.size(); i++) {
			int index = i;
			TableColumn column = new TableColumn(table, COLUMNS.get(i).align());
			column.setText(COLUMNS.get(i).title());
			// Wide enough for the whole header with its sort arrow.
			column.setWidth(Math.max(COLUMNS.get(i).width(), gc.textExtent(COLUMNS.get(i).title()).x + 40));
			column.addListener(SWT.Selection, e -> sortBy(index));
		}
		gc.dispose();
		table.addListener(SWT.SetData, e -> {
			// GTK may ask for an item that the new row count has just removed, such as the selected one.
			int index = table.indexOf((TableItem) e.item);
			if (index >= 0 && index < shown.size()) {
				fill((TableItem) e.item, index);
			}
		});
		table.addListener(SWT.DefaultSelection, e -> selected().ifPresent(this::open));
		table.addListener(SWT.Selection, e -> {
			if (selection != null) {
				selection.setSelection(selected().map(Row::project).orElse(null));
			}
		});
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillMenu);
		table.setMenu(menu.createContextMenu(table));
		filter.addModifyListener(e -> apply());
		ragFilter.addListener(SWT.Selection, e -> apply());
		reload();
	}

	@Inject
	@Optional
	void dataChanged(@UIEventTopic(Topics.DATA_CHANGED) Object changed) {
		if (table != null && !table.isDisposed()) {
			reload();
		}
	}

	/** The row selected in the table, if any. */
	public java.util.Optional<Row> selected() {
		int index = table.getSelectionIndex();
		return index >= 0 && index < shown.size() ? java.util.Optional.of(shown.get(index)) : java.util.Optional.empty();
	}

	private void open(Row row) {
		editors.openProject(row.id(), row.code());
	}

	/** The context menu of the selected project: open it, start its weekly report, show its properties. */
	void fillMenu(IMenuManager menu) {
		java.util.Optional<Row> row = selected();
		menu.add(action("Open", row.isPresent(), () -> open(row.get())));
		menu.add(action("New weekly report", row.isPresent() && commands.canRun(WorkbenchCommands.NEW_WEEKLY_REPORT, null),
				() -> commands.run(WorkbenchCommands.NEW_WEEKLY_REPORT, null)));
		menu.add(new Separator());
		menu.add(action("Properties", row.isPresent(), () -> commands.showPart(WorkbenchCommands.PROPERTIES)));
	}

	private static Action action(String label, boolean enabled, Runnable run) {
		Action action = new Action(label) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setEnabled(enabled);
		return action;
	}

	/** Reads the rows in a background job. */
	public Job reload() {
		count.setText("Loading...");
		ProjectHealthService rating = health;
		return BackgroundRead.start("Loading the portfolio overview", store, table, session -> rating == null
				? OverviewRows.read(session)
				: OverviewRows.read(session, LocalDate.now(), (project, today) -> rating.assess(project, session, today)),
				rows -> {
			all = rows;
			apply();
		});
	}

	private void sortBy(int column) {
		ascending = column == sortColumn ? !ascending : true;
		sortColumn = column;
		apply();
	}

	/** Filters and sorts the rows, and tells the virtual table how many there are. */
	private void apply() {
		String text = filter.getText().trim().toLowerCase(Locale.ROOT);
		RagStatus rag = ragFilter.getSelectionIndex() <= 0 ? null
				: RagStatus.getByName(ragFilter.getText().toLowerCase(Locale.ROOT));
		List<Row> rows = new ArrayList<>();
		for (Row row : all) {
			if ((rag == null || row.rag() == rag) && (text.isEmpty() || matches(row, text))) {
				rows.add(row);
			}
		}
		Comparator<Row> order = COLUMNS.get(sortColumn).order();
		rows.sort(ascending ? order : order.reversed());
		shown = rows;
		table.setSortColumn(table.getColumn(sortColumn));
		table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
		table.setItemCount(shown.size());
		table.clearAll();
		count.setText(String.format(Locale.ROOT, "%,d of %,d projects", shown.size(), all.size()));
	}

	private static boolean matches(Row row, String text) {
		return contains(row.code(), text) || contains(row.name(), text) || contains(row.program(), text)
				|| contains(row.sponsor(), text);
	}

	private static boolean contains(String value, String text) {
		return value != null && value.toLowerCase(Locale.ROOT).contains(text);
	}

	private void fill(TableItem item, int index) {
		Row row = shown.get(index);
		for (int c = 0; c < COLUMNS.size(); c++) {
			item.setText(c, COLUMNS.get(c).text().apply(row));
		}
		item.setImage(3, Images.rag(row.rag()));
		item.setImage(4, row.ragDisagrees() ? Images.get("warning") : Images.rag(row.derivedRag()));
		item.setImage(7, row.nextMilestoneOverdue() ? Images.get("warning") : null);
		if (row.ragDisagrees()) {
			item.setForeground(4, table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		}
		if (row.nextMilestoneOverdue()) {
			item.setForeground(7, table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		}
	}

	/** The derived RAG, marked when it differs from the reported one, e.g. "Red (reported Amber)". */
	static String derived(Row row) {
		return row.ragDisagrees() ? literal(row.derivedRag()) + " (reported " + literal(row.rag()) + ")"
				: literal(row.derivedRag());
	}

	/** E.g. "Go-live, 4 Dec 2026", or "Overdue 12 working days: Go-live, 4 Dec 2026". */
	static String nextMilestone(Row row) {
		if (row.nextMilestoneDate() == null) {
			return "";
		}
		String milestone = row.nextMilestone() + ", " + Formats.date(row.nextMilestoneDate());
		return row.nextMilestoneOverdue() ? "Overdue " + row.nextMilestoneOverdueDays()
				+ (row.nextMilestoneOverdueDays() == 1 ? " working day: " : " working days: ") + milestone : milestone;
	}

	private static String literal(RagStatus rag) {
		return rag == null ? "" : rag.getLiteral();
	}

	private static int rank(RagStatus rag) {
		return rag == null ? -1 : rag.getValue();
	}

	/** The text of a cell as shown, by row and column header. */
	public String cell(int row, String column) {
		for (int c = 0; c < COLUMNS.size(); c++) {
			if (COLUMNS.get(c).title().equals(column)) {
				return COLUMNS.get(c).text().apply(shown.get(row));
			}
		}
		throw new IllegalArgumentException("no column " + column);
	}

	/** The index of the column with this header. */
	public static int column(String title) {
		for (int c = 0; c < COLUMNS.size(); c++) {
			if (COLUMNS.get(c).title().equals(title)) {
				return c;
			}
		}
		throw new IllegalArgumentException("no column " + title);
	}

	/** The rows as shown, after filter and sort. */
	public List<Row> shownRows() {
		return shown;
	}

	public Text filter() {
		return filter;
	}

	public Table table() {
		return table;
	}

	private static String signed(Number value) {
		String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
		return value.doubleValue() > 0 ? "+" + text : text;
	}

	private static Comparator<String> nullsLast() {
		return Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER);
	}
}
