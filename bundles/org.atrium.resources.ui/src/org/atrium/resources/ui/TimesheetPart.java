package org.atrium.resources.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.StoreException;
import org.atrium.core.store.StoreSession;
import org.atrium.resources.Timesheets;
import org.atrium.resources.TimesheetWeek;
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
import org.eclipse.nebula.widgets.nattable.config.IEditableRule;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.edit.editor.TextCellEditor;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The acting person's week: a line per project, a column per day, totals per line, per day and for the week. Type
 * hours into a day as in a spreadsheet (Enter keeps them, arrows move); lines of a submitted or approved week are
 * locked. Saving checks the timesheet rules and shows every problem; Submit sends the week for approval.
 */
public class TimesheetPart {

	static final String DAY = "DAY";
	static final String LOCKED = "LOCKED";
	static final String TOTAL = "TOTAL";
	private static final DateTimeFormatter HEADER = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

	@Inject
	private WorkbenchStore store;
	@Inject
	private Timesheets timesheets;
	@Inject
	@Optional
	private IEventBroker events;

	private Label title;
	private Label message;
	private Combo addLine;
	private Grid grid;
	private LocalDate monday = Weeks.monday(LocalDate.now());
	private TimesheetWeek week;
	private List<Project> offered = List.of();
	private final List<String> invalid = new ArrayList<>();

	/** What a read or a write hands to the UI: the week as stored, and what to tell the user. */
	record Shown(TimesheetWeek week, List<Project> offered, List<String> warnings, String error) {
	}

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(8).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		button(bar, "\u25C0", "The week before", () -> go(-1));
		title = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(title);
		button(bar, "\u25B6", "The week after", () -> go(1));
		button(bar, "Copy last week", "Add last week's project lines", this::copyLastWeek);
		addLine = new Combo(bar, SWT.READ_ONLY);
		addLine.setToolTipText("Add a line for a project you are allocated to");
		addLine.addListener(SWT.Selection, e -> addLine());
		button(bar, "Save", "Save the week's hours", () -> write("Saving the timesheet", (session, fresh) -> List.of()));
		button(bar, "Submit week", "Save and submit the week for approval", () -> write("Submitting the timesheet",
				(session, fresh) -> {
					timesheets.submit(session, fresh.person(), fresh.monday());
					return List.of("The week was submitted for approval.");
				}));
		grid = new Grid(parent, new WeekCells(), 240, 90, (labels, column, row) -> {
			if (week == null) {
				return;
			}
			boolean totalRow = row == week.lines().size();
			if (column == Weeks.DAYS || totalRow) {
				labels.add(TOTAL);
			} else if (week.lines().get(row).isLocked()) {
				labels.add(LOCKED);
			} else {
				labels.add(DAY);
			}
		}, table -> List.<IConfiguration>of(new Styles()));
		GridDataFactory.fillDefaults().grab(true, true).hint(900, 260).applyTo(grid.table);
		message = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(message);
		reload();
	}

	private static void button(Composite bar, String text, String tip, Runnable action) {
		Button button = new Button(bar, SWT.PUSH);
		button.setText(text);
		button.setToolTipText(tip);
		button.addListener(SWT.Selection, e -> action.run());
	}

	/** Reads the week of {@link #monday} in a job. */
	public Job reload() {
		LocalDate shown = monday;
		return BackgroundRead.start("Loading the timesheet", store, grid.table, session -> {
			Person person = store.currentPerson(session).orElse(null);
			if (person == null) {
				return new Shown(null, List.of(), List.of(), "You (" + store.user()
						+ ") are not one of the office's people, so you have no timesheet.");
			}
			return new Shown(timesheets.open(session, person, shown), Timesheets.allocatedProjects(session, person, shown),
					List.of(), null);
		}, this::show);
	}

	private void go(int weeks) {
		if (week != null && Timesheets.isChanged(week)) {
			say(List.of(), "Save or reload the week before moving to another one.");
			return;
		}
		monday = monday.plusWeeks(weeks);
		reload();
	}

	private void copyLastWeek() {
		if (week == null) {
			return;
		}
		TimesheetWeek edited = week;
		BackgroundRead.start("Copying last week's lines", store, grid.table, session -> {
			TimesheetWeek fresh = timesheets.reopen(session, edited);
			timesheets.copyLastWeek(session, fresh);
			return fresh;
		}, copied -> {
			week = copied;
			grid.refresh();
			say(List.of(), copied.lines().isEmpty() ? "Last week has no lines to copy." : null);
		});
	}

	private void addLine() {
		int index = addLine.getSelectionIndex();
		if (week == null || index <= 0 || index > offered.size()) {
			return;
		}
		week.line(offered.get(index - 1));
		addLine.select(0);
		grid.refresh();
	}

	/** A write of the edited week in a job: saved first, then {@code then}; the week is read again after it. */
	private void write(String name, java.util.function.BiFunction<StoreSession, TimesheetWeek, List<String>> then) {
		if (week == null) {
			return;
		}
		if (!invalid.isEmpty()) {
			say(List.of(), String.join("\n", invalid));
			return;
		}
		TimesheetWeek edited = week;
		BackgroundRead.start(name, store, grid.table, session -> {
			try {
				TimesheetWeek fresh = timesheets.reopen(session, edited);
				List<String> notes = new ArrayList<>(timesheets.save(session, fresh));
				notes.addAll(then.apply(session, timesheets.open(session, fresh.person(), fresh.monday())));
				return new Shown(timesheets.open(session, fresh.person(), fresh.monday()),
						Timesheets.allocatedProjects(session, fresh.person(), fresh.monday()), notes, null);
			} catch (StoreException e) {
				return new Shown(null, null, List.of(), e.getMessage());
			}
		}, shown -> {
			show(shown);
			if (shown.error() == null && events != null) {
				events.post(Topics.DATA_CHANGED, "timesheet");
			}
		});
	}

	private void show(Shown shown) {
		if (shown.week() != null) {
			week = shown.week();
			monday = week.monday();
			invalid.clear();
			offered = shown.offered();
			List<String> items = new ArrayList<>(List.of("Add a project line\u2026"));
			offered.forEach(project -> items.add(project.getCode() + "  " + project.getName()));
			addLine.setItems(items.toArray(String[]::new));
			addLine.select(0);
			title.setText("Week of " + HEADER.format(monday) + " " + monday.getYear() + "  \u00B7  " + week.person().getName());
		}
		grid.refresh();
		say(shown.warnings(), shown.error());
		title.getParent().layout();
	}

	private void say(List<String> notes, String error) {
		List<String> lines = new ArrayList<>();
		if (error != null) {
			lines.add(error);
		}
		lines.addAll(notes);
		message.setText(String.join("\n", lines));
		message.setForeground(message.getDisplay().getSystemColor(error != null ? SWT.COLOR_DARK_RED : SWT.COLOR_DARK_GREEN));
		message.getParent().layout();
	}

	@Inject
	@Optional
	void changed(@UIEventTopic(Topics.USER_CHANGED) Object user) {
		if (grid != null && !grid.table.isDisposed()) {
			reload();
		}
	}

	/** The week shown, for tests. */
	TimesheetWeek week() {
		return week;
	}

	Grid grid() {
		return grid;
	}

	String message() {
		return message.getText();
	}

	/** Sets the hours of a cell as typing them would. */
	void type(int column, int row, String text) {
		grid.body.getDataProvider().setDataValue(column, row, text);
		grid.refresh();
	}

	private final class WeekCells implements Grid.Cells {

		@Override
		public int columns() {
			return Weeks.DAYS + 1;
		}

		@Override
		public int rows() {
			return week == null ? 0 : week.lines().size() + 1;
		}

		@Override
		public Object value(int column, int row) {
			boolean totalRow = row == week.lines().size();
			BigDecimal hours;
			if (column == Weeks.DAYS) {
				hours = totalRow ? week.total() : week.lines().get(row).total();
			} else {
				hours = totalRow ? week.dayTotal(column) : week.lines().get(row).hours(column);
			}
			return hours.signum() == 0 ? "" : hours.stripTrailingZeros().toPlainString();
		}

		@Override
		public void set(int column, int row, Object value) {
			if (column >= Weeks.DAYS || row >= week.lines().size() || week.lines().get(row).isLocked()) {
				return;
			}
			String text = value == null ? "" : value.toString().strip().replace(',', '.');
			String where = week.lines().get(row).project().getCode() + " on " + HEADER.format(week.day(column));
			invalid.removeIf(problem -> problem.startsWith(where + ":"));
			try {
				week.set(week.lines().get(row), column, text.isEmpty() ? BigDecimal.ZERO : new BigDecimal(text));
				say(List.of(), invalid.isEmpty() ? null : String.join("\n", invalid));
			} catch (NumberFormatException e) {
				invalid.add(where + ": '" + text + "' is not a number of hours.");
				say(List.of(), String.join("\n", invalid));
			}
		}

		@Override
		public String columnHeader(int column) {
			return column == Weeks.DAYS ? "Total" : HEADER.format(monday.plusDays(column));
		}

		@Override
		public String rowHeader(int row) {
			if (row == week.lines().size()) {
				return "Total";
			}
			TimesheetWeek.Line line = week.lines().get(row);
			String status = line.sheet() == null ? "" : "  (" + line.sheet().getStatus().getLiteral() + ")";
			return line.project().getCode() + "  " + line.project().getName() + status;
		}
	}

	/** Day cells are edited with a text editor; totals and locked lines are read-only and shaded. */
	private static final class Styles extends AbstractRegistryConfiguration {

		@Override
		public void configureRegistry(IConfigRegistry registry) {
			registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE, IEditableRule.ALWAYS_EDITABLE,
					DisplayMode.EDIT, DAY);
			registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR, new TextCellEditor(true, true),
					DisplayMode.EDIT, DAY);
			Function<Integer, Style> style = colour -> {
				Style cell = new Style();
				cell.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.RIGHT);
				if (colour != null) {
					cell.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR,
							org.eclipse.swt.widgets.Display.getDefault().getSystemColor(colour));
				}
				return cell;
			};
			registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style.apply(null), DisplayMode.NORMAL, DAY);
			registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style.apply(SWT.COLOR_WIDGET_LIGHT_SHADOW),
					DisplayMode.NORMAL, LOCKED);
			registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style.apply(SWT.COLOR_WIDGET_BACKGROUND),
					DisplayMode.NORMAL, TOTAL);
		}
	}
}
