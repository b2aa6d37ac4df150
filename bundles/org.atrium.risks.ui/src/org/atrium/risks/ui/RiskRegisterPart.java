package org.atrium.risks.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.atrium.core.model.pmo.Project;
import org.atrium.risks.RiskRating;
import org.atrium.risks.RiskScoring;
import org.atrium.risks.ui.RiskRows.Cell;
import org.atrium.risks.ui.RiskRows.Row;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.editor.Tables;
import org.atrium.core.exchange.ExchangeException;
import org.atrium.core.exchange.ImportResult;
import org.atrium.core.exchange.RowRule;
import org.atrium.core.exchange.TableFormat;
import org.atrium.risks.RiskExchange;
import org.atrium.risks.model.risks.Risk;
import org.atrium.risks.model.risks.RisksPackage;
import org.atrium.core.store.Query;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.FileDialog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.atrium.ui.BackgroundRead;
import org.atrium.ui.WorkbenchStore;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The risk register across the portfolio, or of the project selected in the navigator: sortable
 * by any column, filtered by text, status and a heat map cell.
 */
public class RiskRegisterPart {

	static final String EDITOR = "org.atrium.risks.ui.partdescriptor.risk";

	private record Column(String title, int width, Function<Row, String> text, Comparator<Row> order) {
	}

	private static final Comparator<String> TEXT = Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER);
	private static final List<Column> COLUMNS = List.of(
			new Column("Project", 80, Row::project, Comparator.comparing(Row::project, TEXT)),
			new Column("Risk", 260, Row::title, Comparator.comparing(Row::title, TEXT)),
			new Column("Category", 110, Row::category, Comparator.comparing(Row::category, TEXT)),
			new Column("Owner", 130, Row::owner, Comparator.comparing(Row::owner, TEXT)),
			new Column("Inherent", 110, r -> rating(r.inherent()), Comparator.comparing(r -> score(r.inherent()))),
			new Column("Residual", 110, r -> rating(r.residual()), Comparator.comparing(r -> score(r.residual()))),
			new Column("Status", 90, Row::status, Comparator.comparing(Row::status, TEXT)),
			new Column("Response", 90, Row::strategy, Comparator.comparing(Row::strategy, TEXT)),
			new Column("Proximity", 95, r -> r.proximity() == null ? "" : r.proximity().toString(),
					Comparator.comparing(Row::proximity, Comparator.nullsLast(Comparator.naturalOrder()))));

	@Inject
	private WorkbenchStore store;
	@Inject
	private EditorOpener editors;
	@Inject
	private RiskExchange exchange;
	@Inject
	@Optional
	private IEventBroker events;

	private final RiskScoring scoring = new RiskScoring();
	private List<Row> all = List.of();
	private List<Row> shown = List.of();
	private TableViewer table;
	private Text filter;
	private Combo status;
	private Button onlySelected;
	private Label summary;
	private Project selectedProject;
	private Cell cell;
	private int sortColumn = 5;
	private boolean ascending = false;

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.fillDefaults().numColumns(4).margins(6, 6).applyTo(parent);
		Composite bar = Tables.buttonBar(parent);
		GridDataFactory.fillDefaults().span(4, 1).applyTo(bar);
		Tables.button(bar, "Export...", null, this::exportRegister);
		Tables.button(bar, "Import...", null, this::importRegister);
		filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("Filter by risk, category, project or owner");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		status = new Combo(parent, SWT.READ_ONLY);
		status.setItems("All statuses", "Active (open, mitigating)", "Open", "Mitigating", "Closed", "Occurred");
		status.select(1);
		onlySelected = new Button(parent, SWT.CHECK);
		onlySelected.setText("Selected project only");
		summary = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().hint(260, SWT.DEFAULT).applyTo(summary);
		table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.VIRTUAL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().span(4, 1).grab(true, true).applyTo(table.getTable());
		for (int i = 0; i < COLUMNS.size(); i++) {
			addColumn(i);
		}
		table.addDoubleClickListener(e -> {
			if (table.getStructuredSelection().getFirstElement() instanceof Row row) {
				editors.open(EDITOR, EditorOpener.OBJECT_ID, row.id(), row.title());
			}
		});
		filter.addModifyListener(e -> apply());
		status.addListener(SWT.Selection, e -> apply());
		onlySelected.addListener(SWT.Selection, e -> apply());
		cell = picked.cell();
		picked.addListener(cellListener);
		reload();
	}

	private void addColumn(int index) {
		Column column = COLUMNS.get(index);
		TableViewerColumn viewerColumn = new TableViewerColumn(table, SWT.NONE);
		viewerColumn.getColumn().setText(column.title());
		viewerColumn.getColumn().setWidth(column.width());
		viewerColumn.getColumn().addListener(SWT.Selection, e -> {
			ascending = index == sortColumn ? !ascending : true;
			sortColumn = index;
			apply();
		});
		viewerColumn.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return column.text().apply((Row) element);
			}

			@Override
			public Image getImage(Object element) {
				Row row = (Row) element;
				return index == 5 && row.residualBand() != null ? RiskImages.band(row.residualBand()) : null;
			}
		});
	}

	/** How the part tells the user how an export or import went: dialogs, unless a test listens instead. */
	interface Feedback {
		void exported(String message);

		/** The import was saved; the message says how many risks were created and updated. */
		void imported(String message);

		/** Nothing was imported; the text lists every problem. */
		void refused(String problems);
	}

	private Feedback feedback = new Feedback() {
		@Override
		public void exported(String message) {
			MessageDialog.openInformation(table.getTable().getShell(), "Export", message);
		}

		@Override
		public void imported(String message) {
			MessageDialog.openInformation(table.getTable().getShell(), "Import", message);
		}

		@Override
		public void refused(String problems) {
			ImportProblemsDialog.open(table.getTable().getShell(), problems);
		}
	};

	void feedback(Feedback other) {
		feedback = other;
	}

	/** Asks for a CSV or XLSX file and writes every risk to it. */
	private void exportRegister() {
		FileDialog dialog = new FileDialog(table.getTable().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.xlsx", "*.csv" });
		dialog.setFileName("risk-register.xlsx");
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file != null) {
			exportTo(Path.of(file));
		}
	}

	/** Writes every risk, with its id, to the file in the background; CSV for a .csv name, else XLSX. */
	Job exportTo(Path file) {
		TableFormat format = TableFormat.ofFileName(file.toString()).orElse(TableFormat.XLSX);
		return BackgroundRead.start("Exporting the risk register", store, table.getTable(), session -> {
			List<Risk> risks = session.query(Query.<Risk>of(RisksPackage.Literals.RISK));
			risks.forEach(EcoreUtil::resolveAll);
			try (OutputStream out = Files.newOutputStream(file)) {
				exchange.register().export(risks, format, out);
				return "Exported " + risks.size() + " risks to " + file + ".";
			} catch (IOException e) {
				return "Could not write " + file + ": " + e.getMessage();
			}
		}, message -> feedback.exported(message));
	}

	/** Asks for a CSV or XLSX file and imports it. */
	private void importRegister() {
		FileDialog dialog = new FileDialog(table.getTable().getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.xlsx;*.csv" });
		String file = dialog.open();
		if (file != null) {
			importFrom(Path.of(file));
		}
	}

	/**
	 * Imports risks from a CSV or XLSX file in the background: rows with an id update that risk, rows without one
	 * create a risk. A file with any bad row imports nothing, and every problem is shown.
	 */
	Job importFrom(Path file) {
		TableFormat format = TableFormat.ofFileName(file.toString()).orElse(TableFormat.XLSX);
		return BackgroundRead.reporting("Importing risks", store, table.getTable(), (session, monitor) -> {
			try (InputStream in = Files.newInputStream(file)) {
				ImportResult<Risk> result = exchange.register().importFrom(in, format, session, RowRule.none(), monitor);
				return new ImportOutcome(true, "Imported " + file + ": " + result.summary() + ".");
			} catch (ExchangeException e) {
				return new ImportOutcome(false, e.getMessage());
			} catch (IOException e) {
				return new ImportOutcome(false, "Could not read " + file + ": " + e.getMessage());
			}
		}, outcome -> {
			if (outcome.saved()) {
				if (events != null) {
					events.post(org.atrium.ui.Topics.DATA_CHANGED, "");
				}
				feedback.imported(outcome.message());
			} else {
				feedback.refused(outcome.message());
			}
		});
	}

	private record ImportOutcome(boolean saved, String message) {
	}

	/** Reads the register in a background job. */
	public Job reload() {
		return BackgroundRead.start("Loading the risk register", store, table.getTable(),
				session -> RiskRows.read(session, scoring), rows -> {
					all = rows;
					apply();
				});
	}

	@Inject
	@Optional
	void selected(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		if (selection instanceof Project project) {
			selectedProject = project;
			if (onlySelected != null && !onlySelected.isDisposed()) {
				onlySelected.setText("Only " + project.getCode());
				onlySelected.getParent().layout();
				apply();
			}
		}
	}

	@Inject
	private HeatMapSelection picked;
	private final java.util.function.Consumer<Cell> cellListener = chosen -> {
		cell = chosen;
		if (table != null && !table.getTable().isDisposed()) {
			apply();
		}
	};

	@jakarta.annotation.PreDestroy
	void dispose() {
		picked.removeListener(cellListener);
	}

	@Inject
	@Optional
	void dataChanged(@UIEventTopic(org.atrium.ui.Topics.DATA_CHANGED) Object changed) {
		if (table != null && !table.getTable().isDisposed()) {
			reload();
		}
	}

	private void apply() {
		String text = filter.getText().trim().toLowerCase(Locale.ROOT);
		List<Row> rows = new ArrayList<>();
		for (Row row : all) {
			if (matchesStatus(row) && (text.isEmpty() || matches(row, text)) && (cell == null || cell.contains(row))
					&& (!onlySelected.getSelection() || selectedProject == null
							|| selectedProject.getId().equals(row.projectId()))) {
				rows.add(row);
			}
		}
		Comparator<Row> order = COLUMNS.get(sortColumn).order();
		rows.sort(ascending ? order : order.reversed());
		shown = rows;
		table.getTable().setSortColumn(table.getTable().getColumn(sortColumn));
		table.getTable().setSortDirection(ascending ? SWT.UP : SWT.DOWN);
		table.setInput(rows);
		summary.setText(String.format(Locale.ROOT, "%d of %d risks%s", rows.size(), all.size(),
				cell == null ? "" : String.format(Locale.ROOT, " in cell P%d \u00d7 I%d (%s)", cell.probability(),
						cell.impact(), cell.residual() ? "residual" : "inherent")));
		summary.getParent().layout();
	}

	private boolean matchesStatus(Row row) {
		return switch (status.getSelectionIndex()) {
		case 0 -> true;
		case 1 -> row.active();
		default -> status.getText().equalsIgnoreCase(row.status());
		};
	}

	private static boolean matches(Row row, String text) {
		for (String value : new String[] { row.title(), row.category(), row.project(), row.owner() }) {
			if (value != null && value.toLowerCase(Locale.ROOT).contains(text)) {
				return true;
			}
		}
		return false;
	}

	/** The rows as shown, after filters and sort. */
	public List<Row> shownRows() {
		return shown;
	}

	public Text filter() {
		return filter;
	}

	public Combo status() {
		return status;
	}

	private static String rating(RiskRating rating) {
		return rating == null ? "" : rating.band().label() + " (" + rating.score() + ")";
	}

	private static int score(RiskRating rating) {
		return rating == null ? 0 : rating.score();
	}
}
