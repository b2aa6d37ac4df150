package org.atrium.meetings.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.meetings.DoubleBookings;
import org.atrium.meetings.MeetingLabels;
import org.atrium.meetings.MeetingMinutes;
import org.atrium.meetings.model.meetings.ActionItem;
import org.atrium.meetings.model.meetings.ActionStatus;
import org.atrium.meetings.model.meetings.AgendaItem;
import org.atrium.meetings.model.meetings.Attendee;
import org.atrium.meetings.model.meetings.Decision;
import org.atrium.meetings.model.meetings.DecisionStatus;
import org.atrium.meetings.model.meetings.Meeting;
import org.atrium.meetings.model.meetings.MeetingSeries;
import org.atrium.meetings.model.meetings.MeetingsFactory;
import org.atrium.meetings.model.meetings.MeetingsPackage.Literals;
import org.atrium.ui.BackgroundRead;
import org.atrium.ui.WorkbenchStore;
import org.atrium.ui.editor.EditingContext;
import org.atrium.ui.editor.Fields;
import org.atrium.ui.editor.ObjectEditor;
import org.atrium.ui.editor.Tables;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Edits a meeting series and, one occurrence at a time, its agenda with minutes, attendance, decisions and actions.
 * Loading, undo, saving only valid data, Problems and conflicts come from the workbench's {@link ObjectEditor}; the
 * core's write guard decides who may save (the organizer, the PMO, and attendees for their own minutes).
 */
public class MeetingEditorPart {

	public static final String DESCRIPTOR = "org.atrium.meetings.ui.partdescriptor.meeting";

	@Inject
	private IEclipseContext context;
	@Inject
	private WorkbenchStore store;

	private ObjectEditor<MeetingSeries> editor;
	private Meeting selected;
	private Combo occurrences;
	private Label warnings;
	private final List<TableViewer> tables = new java.util.ArrayList<>();
	private Fields fields;

	@PostConstruct
	void create(Composite parent) {
		editor = ObjectEditor.create(context, Literals.MEETING_SERIES, org.atrium.ui.EditorOpener.OBJECT_ID,
				MeetingLabels::title);
		editor.open(parent, MeetingEditorPart::people, this::show);
	}

	public CompletableFuture<MeetingEditorPart> loaded() {
		return editor.loaded().thenApply(loaded -> this);
	}

	private static List<Person> people(StoreSession session, MeetingSeries series) {
		return session.query(Query.<Person>of(PmoPackage.Literals.PERSON).orderBy(PmoPackage.Literals.PERSON__NAME));
	}

	private void show(List<Person> people) {
		MeetingSeries series = editor.object();
		EditingContext<MeetingSeries> editing = editor.editing();
		fields = editor.fields();
		Composite body = editor.body();
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(6, 6).applyTo(body);
		Supplier<EObject> owner = () -> series;
		Supplier<EObject> occurrence = () -> selected;

		Group what = group(body, "Series");
		fields.text(what, "Title", owner, Literals.MEETING_SERIES__TITLE, SWT.NONE);
		fields.choice(what, "Type", owner, Literals.MEETING_SERIES__TYPE);
		fields.text(what, "Recurrence (RRULE)", owner, Literals.MEETING_SERIES__RECURRENCE, SWT.NONE);
		fields.text(what, "Time zone", owner, Literals.MEETING_SERIES__TIME_ZONE, SWT.NONE);
		fields.text(what, "Duration (minutes)", owner, Literals.MEETING_SERIES__DURATION_MINUTES, SWT.NONE);
		new Label(what, SWT.NONE).setText("Organizer:");
		new Label(what, SWT.NONE).setText(series.getOrganizer() == null ? "(none)" : series.getOrganizer().getName());

		Group when = group(body, "Occurrence");
		new Label(when, SWT.NONE).setText("Meeting:");
		occurrences = new Combo(when, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(occurrences);
		fields.choice(when, "Status", occurrence, Literals.MEETING__STATUS);
		fields.text(when, "Location", occurrence, Literals.MEETING__LOCATION, SWT.NONE);
		fields.text(when, "Online link", occurrence, Literals.MEETING__ONLINE_LINK, SWT.NONE);
		warnings = new Label(when, SWT.WRAP);
		warnings.setForeground(warnings.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(warnings);

		CTabFolder tabs = new CTabFolder(body, SWT.BORDER);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(tabs);

		TableViewer agenda = tab(tabs, "Agenda and minutes");
		Tables.attribute(agenda, editing, "Item", 260, Literals.AGENDA_ITEM__TITLE);
		Tables.column(agenda, "Presenter", 140, (AgendaItem item) -> name(item.getPresenter()));
		Tables.attribute(agenda, editing, "Minutes allotted", 110, Literals.AGENDA_ITEM__MINUTES_ALLOTTED);
		Tables.attribute(agenda, editing, "Minutes", 420, Literals.AGENDA_ITEM__MINUTES);
		buttons(agenda, editing, Literals.MEETING__AGENDA_ITEMS, () -> {
			AgendaItem item = MeetingsFactory.eINSTANCE.createAgendaItem();
			item.setTitle("New item");
			return item;
		}, "Add item");

		TableViewer attendance = tab(tabs, "Attendance");
		Tables.column(attendance, "Person", 200, (Attendee a) -> name(a.getPerson()));
		Tables.attribute(attendance, editing, "Role", 110, Literals.ATTENDEE__ROLE);
		Tables.attribute(attendance, editing, "Attendance", 130, Literals.ATTENDEE__ATTENDANCE);

		TableViewer decisions = tab(tabs, "Decisions");
		Tables.attribute(decisions, editing, "Decision", 380, Literals.DECISION__TEXT);
		Tables.column(decisions, "Decided by", 140, (Decision d) -> name(d.getDecidedBy()));
		Tables.attribute(decisions, editing, "Decided on", 110, Literals.DECISION__DECIDED_ON);
		Tables.attribute(decisions, editing, "Status", 110, Literals.DECISION__STATUS);
		buttons(decisions, editing, Literals.MEETING__DECISIONS, () -> {
			Decision decision = MeetingsFactory.eINSTANCE.createDecision();
			decision.setText("New decision");
			decision.setStatus(DecisionStatus.UNDECIDED);
			decision.setDecidedOn(LocalDate.now());
			return decision;
		}, "Add decision");

		TableViewer actions = tab(tabs, "Actions");
		Tables.attribute(actions, editing, "Action", 320, Literals.ACTION_ITEM__TITLE);
		Tables.column(actions, "Owner", 140, (ActionItem a) -> name(a.getOwner()));
		Tables.attribute(actions, editing, "Due", 110, Literals.ACTION_ITEM__DUE_DATE);
		Tables.attribute(actions, editing, "Status", 110, Literals.ACTION_ITEM__STATUS);
		Composite bar = buttons(actions, editing, Literals.MEETING__ACTIONS, () -> {
			ActionItem action = MeetingsFactory.eINSTANCE.createActionItem();
			action.setTitle("New action");
			action.setStatus(ActionStatus.OPEN);
			action.setDueDate(LocalDate.now().plusWeeks(1));
			action.setOwner(series.getOrganizer());
			return action;
		}, "Add action");
		Tables.button(bar, "Minutes as PDF...", null, this::exportMinutes);
		tabs.setSelection(0);

		series.getMeetings().forEach(m -> occurrences.add(MeetingLabels.when(m) + "  " + m.getStatus().getLiteral()));
		occurrences.addListener(SWT.Selection, e -> select(series.getMeetings().get(occurrences.getSelectionIndex())));
		editing.onChange(() -> {
			if (!occurrences.isDisposed()) {
				tables.forEach(TableViewer::refresh);
			}
		});
		select(nextOrLast(series));
	}

	/** Shows one occurrence of the series. */
	public void select(Meeting meeting) {
		selected = meeting;
		if (meeting == null || occurrences.isDisposed()) {
			return;
		}
		occurrences.select(editor.object().getMeetings().indexOf(meeting));
		tables.get(0).setInput(meeting.getAgendaItems());
		tables.get(1).setInput(meeting.getAttendees());
		tables.get(2).setInput(meeting.getDecisions());
		tables.get(3).setInput(meeting.getActions());
		fields.refresh();
		warnings.setText("");
		BackgroundRead.start("Checking double bookings", store, warnings, session -> DoubleBookings.of(meeting, session)
				.stream().map(DoubleBookings.Clash::sentence).toList(), clashes -> {
					warnings.setText(String.join(" ", clashes));
					warnings.getParent().layout();
				});
	}

	/** Shows the occurrence with this id, once the series is loaded. */
	public CompletableFuture<MeetingEditorPart> select(String meetingId) {
		return loaded().thenApply(part -> {
			warnings.getDisplay().syncExec(() -> editor.object().getMeetings().stream()
					.filter(m -> meetingId.equals(m.getId())).findFirst().ifPresent(this::select));
			return part;
		});
	}

	public Meeting selected() {
		return selected;
	}

	private static Meeting nextOrLast(MeetingSeries series) {
		java.time.Instant now = java.time.Instant.now();
		return series.getMeetings().stream().filter(m -> m.getStart() != null && m.getStart().isAfter(now)).findFirst()
				.orElse(series.getMeetings().isEmpty() ? null : series.getMeetings().get(series.getMeetings().size() - 1));
	}

	private TableViewer tab(CTabFolder tabs, String title) {
		Composite page = new Composite(tabs, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(page);
		CTabItem item = new CTabItem(tabs, SWT.NONE);
		item.setText(title);
		item.setControl(page);
		TableViewer table = Tables.table(page);
		tables.add(table);
		return table;
	}

	private Composite buttons(TableViewer table, EditingContext<MeetingSeries> editing, EReference feature,
			Supplier<EObject> create, String label) {
		Composite bar = Tables.buttonBar(table.getTable().getParent());
		Tables.button(bar, label, "add", () -> {
			if (selected != null) {
				editing.add(selected, feature, create.get());
			}
		});
		Tables.button(bar, "Remove", "remove", () -> {
			if (selected != null && table.getStructuredSelection().getFirstElement() instanceof EObject row) {
				editing.remove(selected, feature, row);
			}
		});
		return bar;
	}

	private void exportMinutes() {
		Meeting meeting = selected;
		if (meeting == null) {
			return;
		}
		FileDialog dialog = new FileDialog(occurrences.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.pdf" });
		dialog.setFileName("minutes.pdf");
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file != null) {
			writeMinutes(Path.of(file));
		}
	}

	/** Writes the selected occurrence's minutes as a PDF in a job. */
	public Job writeMinutes(Path file) {
		Meeting meeting = selected;
		Job job = Job.create("Writing the minutes of " + MeetingLabels.of(meeting), monitor -> {
			try (OutputStream out = Files.newOutputStream(file)) {
				MeetingMinutes.write(meeting, out);
			} catch (IOException e) {
				return org.eclipse.core.runtime.Status.error("Could not write " + file + ": " + e.getMessage(), e);
			}
			return org.eclipse.core.runtime.Status.OK_STATUS;
		});
		job.schedule();
		return job;
	}

	private static Group group(Composite parent, String title) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		return group;
	}

	private static String name(Person person) {
		return person == null ? "" : person.getName();
	}

	public ObjectEditor<MeetingSeries> editor() {
		return editor;
	}

	public EditingContext<MeetingSeries> editing() {
		return editor.editing();
	}

	/** Saves valid edits; a refused save throws, so that closing the part does not lose them. */
	@Persist
	public void save() {
		editor.persist();
	}

	@PreDestroy
	void close() {
		editor.close();
	}
}
