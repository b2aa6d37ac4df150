package org.atrium.meetings.ui;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.atrium.core.Governance;
import org.atrium.core.model.Formats;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.StoreSession;
import org.atrium.meetings.MeetingLabels;
import org.atrium.meetings.MeetingPlanner;
import org.atrium.meetings.MeetingQueries;
import org.atrium.meetings.MeetingQueries.Occurrence;
import org.atrium.meetings.model.meetings.MeetingSeries;
import org.atrium.meetings.model.meetings.MeetingStatus;
import org.atrium.meetings.model.meetings.MeetingType;
import org.atrium.ui.BackgroundRead;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.Topics;
import org.atrium.ui.WorkbenchStore;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The acting person's meetings, or the selected project's, in a week or month view. Double-click a meeting to open
 * it, or an empty slot to plan a meeting there (the selected project's, organized by the acting person).
 */
public class MeetingCalendarPart {

	static final int FIRST_HOUR = 7;
	static final int LAST_HOUR = 19;
	private static final int HEADER = 24;
	private static final int HOURS_WIDTH = 44;
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	/** A meeting where it is drawn. */
	record Box(Occurrence occurrence, Rectangle bounds) {
	}

	@Inject
	private WorkbenchStore store;
	@Inject
	private EditorOpener editors;
	@Inject
	@Optional
	private IEventBroker events;

	private final ZoneId zone = ZoneId.systemDefault();
	private LocalDate day = LocalDate.now();
	private boolean month;
	private boolean projectOnly;
	private Project project;
	private List<Occurrence> shown = List.of();
	private final List<Box> boxes = new ArrayList<>();
	private Canvas canvas;
	private Label range;
	private Button mine;
	private Button ofProject;
	private LocalResourceManager resources;

	@PostConstruct
	void create(Composite parent) {
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		GridLayoutFactory.fillDefaults().numColumns(9).margins(6, 6).applyTo(parent);
		button(parent, "<", SWT.PUSH, () -> move(-1));
		button(parent, "Today", SWT.PUSH, () -> {
			day = LocalDate.now();
			reload();
		});
		button(parent, ">", SWT.PUSH, () -> move(1));
		Button week = button(parent, "Week", SWT.RADIO, () -> view(false));
		week.setSelection(true);
		button(parent, "Month", SWT.RADIO, () -> view(true));
		Composite whose = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(whose);
		mine = button(whose, "My meetings", SWT.RADIO, () -> whose(false));
		mine.setSelection(true);
		ofProject = button(whose, "Selected project", SWT.RADIO, () -> whose(true));
		range = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(range);
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
		canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		GridDataFactory.fillDefaults().span(9, 1).grab(true, true).applyTo(canvas);
		canvas.addPaintListener(e -> paint(e.gc));
		canvas.addListener(SWT.MouseDoubleClick, e -> doubleClicked(e.x, e.y));
		canvas.addListener(SWT.Resize, e -> canvas.redraw());
		reload();
	}

	private Button button(Composite parent, String text, int style, Runnable action) {
		Button button = new Button(parent, style);
		button.setText(text);
		button.addListener(SWT.Selection, e -> {
			if ((style & SWT.RADIO) == 0 || button.getSelection()) {
				action.run();
			}
		});
		return button;
	}

	private void move(int steps) {
		day = month ? day.plusMonths(steps) : day.plusWeeks(steps);
		reload();
	}

	/** Shows a month (true) or a week. */
	public void view(boolean monthView) {
		month = monthView;
		reload();
	}

	/** Shows the selected project's meetings (true) or the acting person's. */
	public void whose(boolean ofSelectedProject) {
		projectOnly = ofSelectedProject;
		mine.setSelection(!ofSelectedProject);
		ofProject.setSelection(ofSelectedProject);
		reload();
	}

	/** Shows the week or month holding the day. */
	public void show(LocalDate shownDay) {
		day = shownDay;
		reload();
	}

	LocalDate firstDay() {
		return month ? day.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
				: day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	int days() {
		return month ? 42 : 7;
	}

	/** Reads the meetings of the shown range in a background job. */
	public Job reload() {
		LocalDate first = firstDay();
		Instant from = first.atStartOfDay(zone).toInstant();
		Instant to = first.plusDays(days()).atStartOfDay(zone).toInstant();
		Project of = projectOnly ? project : null;
		range.setText((month ? day.getMonth().getDisplayName(TextStyle.FULL, Locale.getDefault()) + " " + day.getYear()
				: "Week of " + Formats.date(first)) + (projectOnly
						? (project == null ? ", select a project in the navigator" : ", " + project.getCode())
						: ""));
		range.getParent().layout();
		return BackgroundRead.start("Loading meetings", store, canvas, session -> read(session, of, from, to),
				occurrences -> {
					shown = occurrences;
					canvas.redraw();
				});
	}

	private List<Occurrence> read(StoreSession session, Project of, Instant from, Instant to) {
		if (projectOnly) {
			return of == null ? List.of() : MeetingQueries.occurrences(MeetingQueries.seriesOf(of, session), from, to);
		}
		Person me = store.currentPerson(session).orElse(null);
		return me == null ? List.of() : MeetingQueries.meetingsOf(me, from, to, session);
	}

	public List<Occurrence> shown() {
		return shown;
	}

	// ------------------------------------------------------------------ drawing

	private void paint(GC gc) {
		boxes.clear();
		Rectangle area = canvas.getClientArea();
		gc.setFont(canvas.getFont());
		if (month) {
			paintMonth(gc, area);
		} else {
			paintWeek(gc, area);
		}
	}

	private void paintWeek(GC gc, Rectangle area) {
		LocalDate first = firstDay();
		int columnWidth = Math.max(1, (area.width - HOURS_WIDTH) / 7);
		int hourHeight = Math.max(1, (area.height - HEADER) / (LAST_HOUR - FIRST_HOUR));
		Color grid = color(new RGB(0xdd, 0xdd, 0xdd));
		Color today = color(new RGB(0xf3, 0xf8, 0xff));
		for (int d = 0; d < 7; d++) {
			int x = HOURS_WIDTH + d * columnWidth;
			LocalDate date = first.plusDays(d);
			if (date.equals(LocalDate.now())) {
				gc.setBackground(today);
				gc.fillRectangle(x, 0, columnWidth, area.height);
			}
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
			gc.drawString(date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.getDefault()) + " "
					+ date.getDayOfMonth() + "." + date.getMonthValue(), x + 4, 4, true);
			gc.setForeground(grid);
			gc.drawLine(x, 0, x, area.height);
		}
		for (int h = FIRST_HOUR; h <= LAST_HOUR; h++) {
			int y = HEADER + (h - FIRST_HOUR) * hourHeight;
			gc.setForeground(grid);
			gc.drawLine(HOURS_WIDTH, y, area.width, y);
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			gc.drawString(String.format("%02d:00", h), 4, y - 7, true);
		}
		for (Occurrence occurrence : shown) {
			ZonedDateTime start = occurrence.meeting().getStart().atZone(zone);
			ZonedDateTime end = occurrence.meeting().getEnd() == null ? start.plusHours(1)
					: occurrence.meeting().getEnd().atZone(zone);
			int d = (int) java.time.temporal.ChronoUnit.DAYS.between(first, start.toLocalDate());
			if (d < 0 || d > 6) {
				continue;
			}
			double from = Math.max(FIRST_HOUR, start.getHour() + start.getMinute() / 60.0);
			double to = Math.min(LAST_HOUR, Math.max(from + 0.25, end.getHour() + end.getMinute() / 60.0));
			int overlap = overlapIndex(occurrence);
			int x = HOURS_WIDTH + d * columnWidth + 2 + overlap * 8;
			Rectangle bounds = new Rectangle(x, HEADER + (int) ((from - FIRST_HOUR) * hourHeight) + 1,
					columnWidth - 5 - overlap * 8, Math.max(14, (int) ((to - from) * hourHeight) - 2));
			drawBox(gc, occurrence, bounds, TIME.format(start) + " " + MeetingLabels.title(occurrence.series()));
		}
	}

	/** How many meetings shown before this one overlap it, to indent it. */
	private int overlapIndex(Occurrence occurrence) {
		int index = 0;
		for (Occurrence other : shown) {
			if (other == occurrence) {
				break;
			}
			if (other.meeting().getEnd() != null && other.meeting().getStart().isBefore(occurrence.meeting().getEnd())
					&& occurrence.meeting().getStart().isBefore(other.meeting().getEnd())) {
				index++;
			}
		}
		return Math.min(index, 3);
	}

	private void paintMonth(GC gc, Rectangle area) {
		LocalDate first = firstDay();
		int columnWidth = Math.max(1, area.width / 7);
		int rowHeight = Math.max(1, (area.height - HEADER) / 6);
		Color grid = color(new RGB(0xdd, 0xdd, 0xdd));
		for (int d = 0; d < 7; d++) {
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
			gc.drawString(first.plusDays(d).getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.getDefault()),
					d * columnWidth + 4, 4, true);
		}
		int lineHeight = gc.getFontMetrics().getHeight() + 2;
		for (int cell = 0; cell < 42; cell++) {
			LocalDate date = first.plusDays(cell);
			int x = (cell % 7) * columnWidth;
			int y = HEADER + (cell / 7) * rowHeight;
			if (date.equals(LocalDate.now())) {
				gc.setBackground(color(new RGB(0xf3, 0xf8, 0xff)));
				gc.fillRectangle(x, y, columnWidth, rowHeight);
			}
			gc.setForeground(grid);
			gc.drawRectangle(x, y, columnWidth, rowHeight);
			gc.setForeground(canvas.getDisplay().getSystemColor(
					date.getMonth() == day.getMonth() ? SWT.COLOR_BLACK : SWT.COLOR_GRAY));
			gc.drawString(String.valueOf(date.getDayOfMonth()), x + 4, y + 2, true);
			int line = 0;
			int fits = Math.max(0, (rowHeight - lineHeight - 4) / lineHeight);
			List<Occurrence> ofDay = shown.stream()
					.filter(o -> o.meeting().getStart().atZone(zone).toLocalDate().equals(date)).toList();
			for (Occurrence occurrence : ofDay) {
				if (line == fits - 1 && ofDay.size() > fits) {
					gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
					gc.drawString("+" + (ofDay.size() - line) + " more", x + 4, y + lineHeight * (line + 1) + 2, true);
					break;
				}
				Rectangle bounds = new Rectangle(x + 2, y + lineHeight * (line + 1) + 2, columnWidth - 4, lineHeight - 1);
				drawBox(gc, occurrence, bounds, TIME.format(occurrence.meeting().getStart().atZone(zone)) + " "
						+ MeetingLabels.title(occurrence.series()));
				line++;
			}
		}
	}

	private void drawBox(GC gc, Occurrence occurrence, Rectangle bounds, String text) {
		boolean cancelled = occurrence.meeting().getStatus() == MeetingStatus.CANCELLED;
		RGB fill = cancelled ? new RGB(0xee, 0xee, 0xee)
				: occurrence.meeting().getStatus() == MeetingStatus.HELD ? new RGB(0xdd, 0xe6, 0xf0)
						: typeColour(occurrence.series().getType());
		gc.setBackground(color(fill));
		gc.fillRoundRectangle(bounds.x, bounds.y, bounds.width, bounds.height, 6, 6);
		gc.setForeground(color(new RGB(0x1f, 0x4e, 0x79)));
		gc.drawRoundRectangle(bounds.x, bounds.y, bounds.width, bounds.height, 6, 6);
		gc.setForeground(canvas.getDisplay().getSystemColor(cancelled ? SWT.COLOR_DARK_GRAY : SWT.COLOR_BLACK));
		gc.setClipping(bounds);
		gc.drawString(text, bounds.x + 4, bounds.y + 1, true);
		if (bounds.height > 2 * gc.getFontMetrics().getHeight()) {
			String where = occurrence.meeting().getLocation() == null ? "" : occurrence.meeting().getLocation();
			gc.drawString(where, bounds.x + 4, bounds.y + 1 + gc.getFontMetrics().getHeight(), true);
		}
		gc.setClipping((Rectangle) null);
		boxes.add(new Box(occurrence, bounds));
	}

	private static RGB typeColour(MeetingType type) {
		if (type == null) {
			return new RGB(0xe8, 0xf5, 0xe9);
		}
		return switch (type) {
		case STEERING_COMMITTEE, GO_NO_GO -> new RGB(0xf3, 0xe5, 0xf5);
		case ONE_ON_ONE -> new RGB(0xff, 0xf3, 0xe0);
		case KICKOFF, UAT_REVIEW -> new RGB(0xe0, 0xf7, 0xfa);
		default -> new RGB(0xe8, 0xf5, 0xe9);
		};
	}

	private Color color(RGB rgb) {
		return resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(rgb));
	}

	// ------------------------------------------------------------------ clicks

	private void doubleClicked(int x, int y) {
		for (int i = boxes.size() - 1; i >= 0; i--) {
			if (boxes.get(i).bounds().contains(x, y)) {
				open(boxes.get(i).occurrence());
				return;
			}
		}
		ZonedDateTime slot = slotAt(x, y);
		if (slot != null) {
			plan(slot);
		}
	}

	/** The start of the slot at a point: the hour in the week view, 09:00 of the day in the month view. */
	ZonedDateTime slotAt(int x, int y) {
		Rectangle area = canvas.getClientArea();
		if (y < HEADER) {
			return null;
		}
		if (month) {
			int cell = Math.min(6, x / Math.max(1, area.width / 7)) + 7 * Math.min(5, (y - HEADER) / Math.max(1, (area.height - HEADER) / 6));
			return firstDay().plusDays(cell).atTime(9, 0).atZone(zone);
		}
		if (x < HOURS_WIDTH) {
			return null;
		}
		int d = Math.min(6, (x - HOURS_WIDTH) / Math.max(1, (area.width - HOURS_WIDTH) / 7));
		int hour = FIRST_HOUR + (y - HEADER) / Math.max(1, (area.height - HEADER) / (LAST_HOUR - FIRST_HOUR));
		return firstDay().plusDays(d).atTime(LocalTime.of(Math.min(hour, LAST_HOUR - 1), 0)).atZone(zone);
	}

	/** Opens the meeting's series in the meeting editor, on this occurrence. */
	public MPart open(Occurrence occurrence) {
		return MeetingEditors.open(editors, occurrence);
	}

	/**
	 * Plans a one-hour meeting at the slot, in a job: of the selected project, organized by the acting person, then
	 * opens it. The write guard decides whether they may.
	 */
	public Job plan(ZonedDateTime slot) {
		Project scope = project;
		return BackgroundRead.start("Planning a meeting", store, canvas, session -> {
			Person me = store.currentPerson(session).orElse(null);
			Project stored = scope == null ? null
					: session.<Project>find(PmoPackage.Literals.PROJECT, scope.getId()).orElse(null);
			MeetingSeries series = new MeetingPlanner(new Governance()).plan(MeetingType.PROJECT_CHECK_IN,
					"New meeting", stored, me, slot, 60, null, session);
			session.save(series);
			return new Occurrence(series, series.getMeetings().get(0));
		}, occurrence -> {
			if (events != null) {
				events.post(Topics.DATA_CHANGED, occurrence.series().getId());
			}
			open(occurrence);
		});
	}

	@Inject
	@Optional
	void selected(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		if (selection instanceof Project selectedProject) {
			project = selectedProject;
			if (projectOnly && canvas != null && !canvas.isDisposed()) {
				reload();
			}
		}
	}

	@Inject
	@Optional
	void dataChanged(@UIEventTopic(Topics.DATA_CHANGED) Object changed) {
		if (canvas != null && !canvas.isDisposed()) {
			reload();
		}
	}

	@Inject
	@Optional
	void userChanged(@UIEventTopic(Topics.USER_CHANGED) String login) {
		if (canvas != null && !canvas.isDisposed()) {
			reload();
		}
	}
}
