package org.atrium.meetings.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.atrium.core.store.Condition;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.demo.DemoOffice;
import org.atrium.meetings.model.meetings.AgendaItem;
import org.atrium.meetings.model.meetings.MeetingSeries;
import org.atrium.meetings.model.meetings.MeetingsPackage;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.navigator.NavigatorPart;
import org.atrium.ui.testing.UiFixture;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The meeting plugin in real SWT parts on the demo office: the calendar shows the acting person's week, the
 * meeting editor saves minutes through the editor support, and the navigator, "My actions" and the decision register
 * fill from the store.
 */
class MeetingWorkbenchTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	@TempDir
	Path workspace;

	private UiFixture ui;
	private MeetingSeries weekly;

	@BeforeEach
	void open() throws Exception {
		ui = new UiFixture(workspace, "test");
		try (StoreSession session = ui.store.openSession()) {
			ui.context.get(DemoOffice.class).create(session, 11, UiFixture.small(3), TODAY);
			weekly = session.<MeetingSeries>query(Query.<MeetingSeries>of(MeetingsPackage.Literals.MEETING_SERIES)
					.where(Condition.contains(MeetingsPackage.Literals.MEETING_SERIES__TITLE, "weekly check-in"))
					.withContents()).get(0);
			ui.store.switchUser(weekly.getOrganizer().getLogin());
		}
		ui.context.set(EditorOpener.class, new EditorOpener(null));
	}

	@AfterEach
	void close() {
		ui.close();
	}

	@Test
	void theCalendarShowsTheOrganizersWeekAndMonthAndTheEditorSavesMinutes() throws Exception {
		MeetingCalendarPart calendar = ContextInjectionFactory.make(MeetingCalendarPart.class, ui.context);
		done(ui, "the first read", calendar.reload());
		done(ui, "the demo week", showing(calendar, TODAY.minusWeeks(1)));
		assertTrue(calendar.shown().stream().anyMatch(o -> o.series().getId().equals(weekly.getId())),
				"the organizer's weekly check-in in the week before today");
		done(ui, "the month", monthOf(calendar));
		int inMonth = calendar.shown().size();
		assertTrue(inMonth >= 4, "a weekly meeting shows at least four times in a month view: " + inMonth);

		UiFixture.Editor<MeetingEditorPart> editor = ui.openEditor(MeetingEditorPart.class, EditorOpener.OBJECT_ID,
				weekly.getId());
		ui.waitFor("the series to load", editor.part().loaded());
		ui.settle();
		assertFalse(editor.part().editor().isReadOnly(), "the organizer may edit: " + editor.part().editor().bannerText());
		AgendaItem first = editor.part().selected().getAgendaItems().get(0);
		editor.part().editing().set(first, MeetingsPackage.Literals.AGENDA_ITEM__MINUTES, "Agreed: demo on Friday.");
		assertTrue(editor.part().editing().commands().canUndo());
		assertTrue(editor.model().isDirty());
		editor.part().save();
		ui.waitUntil("the minutes to be stored", () -> {
			try (StoreSession session = ui.store.openSession()) {
				MeetingSeries stored = session.load(MeetingsPackage.Literals.MEETING_SERIES, weekly.getId());
				return stored.getMeetings().stream().flatMap(m -> m.getAgendaItems().stream())
						.anyMatch(item -> "Agreed: demo on Friday.".equals(item.getMinutes()));
			}
		});
		assertFalse(editor.model().isDirty());

		Path pdf = workspace.resolve("minutes.pdf");
		done(ui, "the minutes PDF", editor.part().writeMinutes(pdf));
		assertEquals("%PDF", new String(Files.readAllBytes(pdf), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
	}

	@Test
	void theNavigatorMyActionsAndTheDecisionRegisterFillFromTheStore() {
		NavigatorPart navigator = ContextInjectionFactory.make(NavigatorPart.class, ui.context);
		ui.waitUntil("the tree to load", () -> navigator.viewer().getTree().getItemCount() > 0);
		navigator.viewer().expandAll();
		List<String> shown = labels(navigator.viewer().getTree().getItems());
		assertTrue(shown.stream().anyMatch(label -> label.startsWith("Meeting: ") && label.endsWith("(Project check-in)")),
				"meetings in " + shown);

		MyActionsPart actions = ContextInjectionFactory.make(MyActionsPart.class, ui.context);
		done(ui, "my actions", actions.reload());
		ui.settle();
		assertTrue(actions.rows().stream().allMatch(row -> row.action().getOwner().getLogin().equals(ui.store.user())),
				"only the acting person's actions");

		DecisionRegisterPart decisions = ContextInjectionFactory.make(DecisionRegisterPart.class, ui.context);
		done(ui, "the register", decisions.reload());
		ui.settle();
		assertFalse(decisions.rows().isEmpty(), "the demo's decisions");
		for (int i = 1; i < decisions.rows().size(); i++) {
			assertFalse(decisions.rows().get(i).meeting().getStart()
					.isAfter(decisions.rows().get(i - 1).meeting().getStart()), "the latest meeting first");
		}
	}

	/** Waits, dispatching UI events, until the job has run and shown its result. */
	private static void done(UiFixture ui, String what, org.eclipse.core.runtime.jobs.Job job) {
		ui.waitUntil(what, () -> job.getResult() != null);
		ui.settle();
	}

	private static org.eclipse.core.runtime.jobs.Job showing(MeetingCalendarPart calendar, LocalDate day) {
		calendar.show(day);
		return calendar.reload();
	}

	private static org.eclipse.core.runtime.jobs.Job monthOf(MeetingCalendarPart calendar) {
		calendar.view(true);
		return calendar.reload();
	}

	private static List<String> labels(TreeItem[] items) {
		List<String> labels = new ArrayList<>();
		for (TreeItem item : items) {
			labels.add(item.getText());
			labels.addAll(labels(item.getItems()));
		}
		return labels;
	}
}
