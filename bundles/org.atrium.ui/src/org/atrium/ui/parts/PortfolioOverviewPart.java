package org.atrium.ui.parts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.atrium.core.model.pmo.RagStatus;
import org.atrium.ui.BackgroundRead;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.Images;
import org.atrium.ui.Topics;
import org.atrium.ui.WorkbenchStore;
import org.atrium.ui.parts.OverviewRows.Row;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
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
 * Every project in one sortable, filterable table: RAG, phase, sponsor, next milestone, schedule
 * and budget variance. The table is virtual, so only visible rows are built, however many projects
 * there are; reading runs in a background job.
 */
public class PortfolioOverviewPart {

	private record Column(String title, int width, Function<Row, String> text, Comparator<Row> order) {
	}

	private static final List<Column> COLUMNS = List.of(
			new Column("Code", 90, Row::code, Comparator.comparing(Row::code, nullsLast())),
			new Column("Project", 260, Row::name, Comparator.comparing(Row::name, nullsLast())),
			new Column("Program", 190, Row::program, Comparator.comparing(Row::program, nullsLast())),
			new Column("RAG", 70, r -> r.rag() == null ? "" : r.rag().getLiteral(),
					Comparator.comparing(r -> r.rag() == null ? -1 : r.rag().getValue())),
			new Column("Phase", 90, r -> r.phase() == null ? "" : r.phase().getLiteral(),
					Comparator.comparing(r -> r.phase() == null ? -1 : r.phase().getValue())),
			new Column("Sponsor", 150, Row::sponsor, Comparator.comparing(Row::sponsor, nullsLast())),
			new Column("Next milestone", 240,
					r -> r.nextMilestoneDate() == null ? "" : r.nextMilestoneDate() + "  " + r.nextMilestone(),
					Comparator.comparing(Row::nextMilestoneDate, Comparator.nullsLast(Comparator.naturalOrder()))),
			new Column("Schedule var. (days)", 130,
					r -> r.scheduleVarianceDays() == null ? "" : signed(r.scheduleVarianceDays()),
					Comparator.comparing(Row::scheduleVarianceDays, Comparator.nullsLast(Comparator.naturalOrder()))),
			new Column("Budget var. (%)", 110,
					r -> r.budgetVariancePercent() == null ? "" : signed(r.budgetVariancePercent()),
					Comparator.comparing(Row::budgetVariancePercent, Comparator.nullsLast(Comparator.naturalOrder()))));

	@Inject
	private WorkbenchStore store;
	@Inject
	private EditorOpener editors;

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
		for (int i = 0; i < COLUMNS.size(); i++) {
			int index = i;
			TableColumn column = new TableColumn(table, SWT.NONE);
			column.setText(COLUMNS.get(i).title());
			column.setWidth(COLUMNS.get(i).width());
			column.addListener(SWT.Selection, e -> sortBy(index));
		}
		table.addListener(SWT.SetData, e -> {
			// GTK may ask for an item that the new row count has just removed, such as the selected one.
			int index = table.indexOf((TableItem) e.item);
			if (index >= 0 && index < shown.size()) {
				fill((TableItem) e.item, index);
			}
		});
		table.addListener(SWT.DefaultSelection, e -> {
			int index = table.getSelectionIndex();
			if (index >= 0 && index < shown.size()) {
				Row row = shown.get(index);
				editors.openProject(row.id(), row.code());
			}
		});
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

	/** Reads the rows in a background job. */
	public Job reload() {
		count.setText("Loading...");
		return BackgroundRead.start("Loading the portfolio overview", store, table, OverviewRows::read, rows -> {
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
