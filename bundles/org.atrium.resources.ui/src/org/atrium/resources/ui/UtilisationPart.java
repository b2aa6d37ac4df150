package org.atrium.resources.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.atrium.core.model.pmo.Allocation;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreException;
import org.atrium.resources.HeatMap;
import org.atrium.resources.ResourcePlanning;
import org.atrium.resources.ScratchPlan;
import org.atrium.resources.Weeks;
import org.atrium.ui.BackgroundRead;
import org.atrium.ui.Topics;
import org.atrium.ui.WorkbenchStore;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.IConfiguration;
import org.eclipse.nebula.widgets.nattable.selection.event.CellSelectionEvent;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The utilisation heat map: people (or departments) by weeks, allocated hours against capacity; over 100% is red.
 * Clicking a cell lists the allocations behind it. A what-if plan moves and resizes allocations in memory while the
 * map follows, until it is saved or discarded. Beside it, each department's demand against capacity per quarter.
 */
public class UtilisationPart {

	static final String OVER = "OVER";
	static final String FULL = "FULL";
	static final String LOW = "LOW";
	private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
	private static final int QUARTERS = 4;

	@Inject
	private WorkbenchStore store;
	@Inject
	private ResourcePlanning planning;
	@Inject
	@Optional
	private IEventBroker events;

	private LocalDate monday = Weeks.monday(LocalDate.now());
	private Spinner weeks;
	private Combo department;
	private Button byDepartment;
	private Button whatIf;
	private Button savePlan;
	private Button discardPlan;
	private Label message;
	private Grid grid;
	private Table behind;
	private Table demand;
	private HeatMap map;
	private HeatMap shown;
	private ScratchPlan plan;
	private HeatMap.Row pickedRow;
	private int pickedWeek = -1;
	private List<Allocation> pickedAllocations = List.of();
	private final List<Color> colours = new ArrayList<>();

	record Read(HeatMap map, List<ResourcePlanning.Demand> demand, List<String> departments, ScratchPlan plan) {
	}

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(11).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		push(bar, "\u25C0", () -> move(-4));
		push(bar, "\u25B6", () -> move(4));
		new Label(bar, SWT.NONE).setText("Weeks");
		weeks = new Spinner(bar, SWT.BORDER);
		weeks.setValues(12, 1, 52, 0, 1, 4);
		weeks.addListener(SWT.Selection, e -> reload());
		department = new Combo(bar, SWT.READ_ONLY);
		department.setItems("All departments");
		department.select(0);
		department.addListener(SWT.Selection, e -> reload());
		byDepartment = new Button(bar, SWT.CHECK);
		byDepartment.setText("By department");
		byDepartment.addListener(SWT.Selection, e -> showMap());
		whatIf = new Button(bar, SWT.CHECK);
		whatIf.setText("What-if plan");
		whatIf.setToolTipText("Move and resize allocations without saving, and watch the map change");
		whatIf.addListener(SWT.Selection, e -> reload());
		savePlan = push(bar, "Save plan", this::savePlan);
		discardPlan = push(bar, "Discard plan", () -> {
			whatIf.setSelection(false);
			reload();
		});
		message = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(message);

		SashForm split = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(split);
		SashForm left = new SashForm(split, SWT.VERTICAL);
		grid = new Grid(left, new MapCells(), 200, 64, (labels, column, row) -> {
			double utilisation = shown.rows().get(row).utilisation(column);
			labels.add(utilisation > 100 + 1e-9 ? OVER : utilisation >= 80 ? FULL : LOW);
		}, table -> List.<IConfiguration>of(new Colours()));
		grid.table.addLayerListener(event -> {
			if (event instanceof CellSelectionEvent selected) {
				pick(selected.getRowPosition(), selected.getColumnPosition());
			}
		});
		behind = table(left, "Project", 160, "Start", 90, "End", 90, "%", 50);
		Composite moves = new Composite(left, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(moves);
		push(moves, "Earlier", () -> change(allocation -> plan.move(allocation, -1)));
		push(moves, "Later", () -> change(allocation -> plan.move(allocation, 1)));
		push(moves, "\u221210%", () -> change(allocation -> plan.resize(allocation, allocation.getEnd(),
				Math.max(1, allocation.getPercentage() - 10))));
		push(moves, "+10%", () -> change(allocation -> plan.resize(allocation, allocation.getEnd(),
				Math.min(100, allocation.getPercentage() + 10))));
		left.setWeights(65, 28, 7);
		demand = table(split, "Department", 140, "Quarter", 80, "Allocated h", 90, "Capacity h", 90, "%", 60);
		split.setWeights(72, 28);
		reload();
	}

	@PreDestroy
	void dispose() {
		colours.forEach(Color::dispose);
	}

	private static Button push(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	private static Table table(Composite parent, Object... columns) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		for (int i = 0; i < columns.length; i += 2) {
			TableColumn column = new TableColumn(table, SWT.NONE);
			column.setText((String) columns[i]);
			column.setWidth((Integer) columns[i + 1]);
		}
		return table;
	}

	/** Reads the heat map, the demand and, in what-if mode, a new plan, in a job. */
	public Job reload() {
		LocalDate from = monday;
		int count = weeks.getSelection();
		String only = department.getSelectionIndex() <= 0 ? null : department.getText();
		boolean planning = whatIf.getSelection();
		return BackgroundRead.start("Loading the utilisation heat map", store, grid.table, session -> {
			TreeSet<String> departments = new TreeSet<>();
			for (Person person : session.<Person>query(Query.<Person>of(PmoPackage.Literals.PERSON))) {
				if (person.getDepartment() != null && !person.getDepartment().isBlank()) {
					departments.add(person.getDepartment());
				}
			}
			ScratchPlan scratch = planning ? this.planning.plan(session, from, count, only) : null;
			HeatMap read = scratch != null ? scratch.heatMap() : this.planning.heatMap(session, from, count, only);
			return new Read(read, this.planning.demand(session, from, QUARTERS), List.copyOf(departments), scratch);
		}, this::show);
	}

	private void show(Read read) {
		map = read.map();
		plan = read.plan();
		String selected = department.getText();
		List<String> items = new ArrayList<>(List.of("All departments"));
		items.addAll(read.departments());
		department.setItems(items.toArray(String[]::new));
		department.select(Math.max(0, items.indexOf(selected)));
		demand.removeAll();
		for (ResourcePlanning.Demand row : read.demand()) {
			TableItem item = new TableItem(demand, SWT.NONE);
			item.setText(new String[] { row.department(), row.quarter().getYear() + " Q" + (1 + row.quarter().getMonthValue() / 3),
					String.format(Locale.ROOT, "%,.0f", row.allocated()), String.format(Locale.ROOT, "%,.0f", row.capacity()),
					percent(row.utilisation()) });
			if (row.utilisation() > 100) {
				item.setForeground(4, demand.getDisplay().getSystemColor(SWT.COLOR_RED));
			}
		}
		pickedRow = null;
		behind.removeAll();
		showMap();
	}

	private void showMap() {
		if (map == null) {
			return;
		}
		shown = byDepartment.getSelection() ? map.byDepartment() : map;
		boolean planning = plan != null;
		savePlan.setEnabled(planning && !plan.changed().isEmpty());
		discardPlan.setEnabled(planning);
		long over = shown.overAllocated().size();
		message.setText(over + " of " + shown.rows().size() + (byDepartment.getSelection() ? " departments" : " people")
				+ " over capacity" + (planning ? "  \u00B7  what-if: " + plan.changed().size() + " allocations changed" : ""));
		message.getParent().layout();
		grid.refresh();
	}

	private void move(int byWeeks) {
		monday = monday.plusWeeks(byWeeks);
		whatIf.setSelection(false);
		reload();
	}

	/** Shows the allocations behind a cell of people (none for a department's row). */
	void pick(int row, int week) {
		if (shown == null || row < 0 || row >= shown.rows().size() || week < 0) {
			return;
		}
		pickedRow = shown.rows().get(row);
		pickedWeek = week;
		if (pickedRow.person() == null) {
			behind.removeAll();
			return;
		}
		if (plan != null) {
			showBehind(plan.behind(pickedRow.person(), shown.week(week)));
			return;
		}
		Person person = pickedRow.person();
		LocalDate day = shown.week(week);
		BackgroundRead.start("Reading the allocations behind a week", store, behind,
				session -> planning.behind(session, person, day), this::showBehind);
	}

	private void showBehind(List<Allocation> allocations) {
		pickedAllocations = allocations;
		behind.removeAll();
		for (Allocation allocation : allocations) {
			TableItem item = new TableItem(behind, SWT.NONE);
			item.setText(new String[] { allocation.getProject().getCode() + "  " + allocation.getProject().getName(),
					String.valueOf(allocation.getStart()), String.valueOf(allocation.getEnd()),
					String.valueOf(allocation.getPercentage()) });
		}
		if (!allocations.isEmpty()) {
			behind.select(0);
		}
	}

	/** Changes the allocation picked in the list, in the what-if plan only. */
	private void change(java.util.function.Consumer<Allocation> change) {
		int index = behind.getSelectionIndex();
		if (plan == null) {
			message.setText("Tick What-if plan to move or resize allocations.");
			return;
		}
		if (index < 0 || index >= pickedAllocations.size()) {
			return;
		}
		change.accept(pickedAllocations.get(index));
		map = plan.heatMap();
		showMap();
		showBehind(plan.behind(pickedRow.person(), shown.week(pickedWeek)));
		behind.select(index);
	}

	private void savePlan() {
		if (plan == null) {
			return;
		}
		ScratchPlan saving = plan;
		BackgroundRead.start("Saving the plan", store, grid.table, session -> {
			try {
				saving.save(session);
				return null;
			} catch (StoreException e) {
				return e.getMessage();
			}
		}, error -> {
			if (error != null) {
				message.setText(error);
				return;
			}
			whatIf.setSelection(false);
			reload();
			if (events != null) {
				events.post(Topics.DATA_CHANGED, "allocations");
			}
		});
	}

	@Inject
	@Optional
	void dataChanged(@UIEventTopic(Topics.DATA_CHANGED) Object changed) {
		if (grid != null && !grid.table.isDisposed() && plan == null) {
			reload();
		}
	}

	static String percent(double value) {
		return Double.isInfinite(value) ? "absent" : Math.round(value) + "%";
	}

	/** The map shown, for tests. */
	HeatMap shown() {
		return shown;
	}

	ScratchPlan plan() {
		return plan;
	}

	Table behind() {
		return behind;
	}

	Button whatIf() {
		return whatIf;
	}

	private final class MapCells implements Grid.Cells {

		@Override
		public int columns() {
			return shown == null ? 0 : shown.weeks();
		}

		@Override
		public int rows() {
			return shown == null ? 0 : shown.rows().size();
		}

		@Override
		public Object value(int column, int row) {
			HeatMap.Row line = shown.rows().get(row);
			return line.capacity()[column] <= 0 && line.allocated()[column] <= 0 ? "" : percent(line.utilisation(column));
		}

		@Override
		public String columnHeader(int column) {
			return WEEK.format(shown.week(column));
		}

		@Override
		public String rowHeader(int row) {
			return shown.rows().get(row).label();
		}
	}

	/** Red over 100%, amber from 80%, green below. */
	private final class Colours extends AbstractRegistryConfiguration {

		@Override
		public void configureRegistry(IConfigRegistry registry) {
			register(registry, OVER, new RGB(229, 115, 115));
			register(registry, FULL, new RGB(255, 213, 128));
			register(registry, LOW, new RGB(200, 230, 201));
		}

		private void register(IConfigRegistry registry, String label, RGB rgb) {
			Color colour = new Color(rgb);
			colours.add(colour);
			Style style = new Style();
			style.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, colour);
			style.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.CENTER);
			registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, DisplayMode.NORMAL, label);
		}
	}
}
