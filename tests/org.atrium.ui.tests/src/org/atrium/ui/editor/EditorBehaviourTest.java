package org.atrium.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.atrium.core.StatusReporting;
import org.atrium.core.model.pmo.Kpi;
import org.atrium.core.model.pmo.Measurement;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.PmoFactory;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.PmoPackage.Literals;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.StatusReport;
import org.atrium.core.model.rules.ProjectHealth;
import org.atrium.core.store.StoreSession;
import org.atrium.ui.handlers.UndoHandler;
import org.atrium.ui.parts.ProblemsPart;
import org.atrium.ui.testing.UiFixture;
import org.atrium.ui.tests.ProjectEditorSupport;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

/** How the project editor behaves for a PMO analyst: typing, saving, KPI rows, milestones, reports and messages. */
class EditorBehaviourTest extends ProjectEditorSupport {

	private Project stored() {
		try (StoreSession session = ui.store.openSession()) {
			return session.load(PmoPackage.Literals.PROJECT, project.getId());
		}
	}

	@Test
	void aValueTypedIsSavedWithoutLeavingTheField() {
		ProjectEditorPart editor = openEditor();
		Text percent = ui.field("% complete:");
		percent.setFocus();
		percent.setText("4");
		assertTrue(part.isDirty(), "the first keystroke makes the editor dirty");
		percent.setText("43");

		editor.save(); // Ctrl+S, the focus still in the field

		assertFalse(part.isDirty(), editor.bannerText());
		assertEquals(43, stored().getPercentComplete());
		assertEquals("43", percent.getText());
	}

	@Test
	void enterAppliesATypedValue() {
		ProjectEditorPart editor = openEditor();
		Text name = ui.field("Name:");
		name.setFocus();
		name.setText("Applied by Enter");
		name.notifyListeners(SWT.DefaultSelection, new Event());
		assertEquals("Applied by Enter", editor.project().getName());
		assertTrue(editor.editing().commands().canUndo());
	}

	@Test
	void aDateIsPickedFromTheCalendarBesideTheField() {
		ProjectEditorPart editor = openEditor();
		Text plannedEnd = ui.field("Planned end:");
		Button pick = UiFixture.find(plannedEnd.getParent(), Button.class, b -> true).get(0);

		pick.notifyListeners(SWT.Selection, new Event());

		List<DateTime> calendars = java.util.Arrays.stream(ui.display.getShells())
				.flatMap(shell -> UiFixture.find(shell, DateTime.class, d -> true).stream()).toList();
		assertEquals(1, calendars.size(), "the button opens a calendar");
		DateTime calendar = calendars.get(0);
		calendar.setDate(2027, 2, 15);
		calendar.notifyListeners(SWT.DefaultSelection, new Event());
		assertTrue(calendar.isDisposed(), "picking a day closes the calendar");
		assertEquals("2027-03-15", plannedEnd.getText());
		assertEquals(LocalDate.of(2027, 3, 15), editor.project().getPlannedEnd());
		assertTrue(part.isDirty());
	}

	@Test
	void anAddedMeasurementIsEmptyLeavesTheDerivedRagAndBlocksTheSaveUntilFilled() {
		ProjectEditorPart editor = openEditor();
		Project edited = editor.project();
		Kpi kpi = edited.getKpis().get(0);
		int storedMeasurements = stored().getKpis().get(0).getMeasurements().size();
		LocalDate today = LocalDate.now();
		var before = ProjectHealth.withDefaults().assess(edited, today);
		KpisPage page = editor.kpisPage();
		page.kpis().setSelection(new StructuredSelection(kpi), true);

		page.addMeasurement().notifyListeners(SWT.Selection, new Event());

		Measurement added = kpi.getMeasurements().get(kpi.getMeasurements().size() - 1);
		assertTrue(Double.isNaN(added.getValue()), "no value until one is typed");
		assertEquals("", Tables.display(added, Literals.MEASUREMENT__VALUE), "the value cell is empty");
		var after = ProjectHealth.withDefaults().assess(edited, today);
		assertEquals(before.rag(), after.rag(), "the derived RAG is unchanged");
		assertEquals(before.reasons(), after.reasons());
		assertFalse(KpisPage.latest(kpi).startsWith("NaN"), KpisPage.latest(kpi));

		assertFalse(editor.editor().save(), "an empty measurement is not saved");
		assertTrue(editor.bannerText().contains("value is empty"), editor.bannerText());
		assertEquals(storedMeasurements, stored().getKpis().get(0).getMeasurements().size());

		List<Text> cell = UiFixture.find(page.measurements().getTable(), Text.class, t -> true);
		assertEquals(1, cell.size(), "the new row's value is open for typing");
		cell.get(0).setText("12.5");
		cell.get(0).notifyListeners(SWT.DefaultSelection, new Event());
		assertEquals(12.5, added.getValue());
		assertEquals("", editor.bannerText(), "the refusal goes once the value is there");
		assertTrue(editor.editor().save(), editor.bannerText());
		assertEquals(storedMeasurements + 1, stored().getKpis().get(0).getMeasurements().size());
	}

	@Test
	void onlyGatesShowADecisionAndOverdueMilestonesAreMarkedWithTheSlipInWorkingDays() {
		ProjectEditorPart editor = openEditor();
		LocalDate today = LocalDate.now();
		Milestone overdue = PmoFactory.eINSTANCE.createMilestone();
		overdue.setName("Late sign-off");
		overdue.setBaselineDate(today.minusWeeks(6));
		overdue.setPlannedDate(today.minusWeeks(2));
		Milestone gate = PmoFactory.eINSTANCE.createMilestone();
		gate.setName("Go-live gate");
		gate.setGate(true);
		gate.setBaselineDate(today.plusWeeks(8));
		gate.setPlannedDate(today.plusWeeks(8));
		editor.editing().add(editor.project(), Literals.PROJECT__MILESTONES, overdue);
		editor.editing().add(editor.project(), Literals.PROJECT__MILESTONES, gate);

		Table table = editor.milestonesPage().viewer().getTable();
		List<String> headers = java.util.Arrays.stream(table.getColumns()).map(c -> c.getText()).toList();
		int status = headers.indexOf("Status");
		int decision = headers.indexOf("Decision");
		int slip = headers.indexOf("Slip (working days)");
		TableItem overdueRow = row(table, "Late sign-off");
		TableItem gateRow = row(table, "Go-live gate");

		assertEquals("Overdue", overdueRow.getText(status));
		assertTrue(overdueRow.getImage(status) != null, "an overdue milestone carries a warning sign");
		assertEquals("", overdueRow.getText(decision), "a milestone that is no gate has no go/no-go decision");
		assertEquals("Pending", gateRow.getText(decision));
		assertEquals("Open", gateRow.getText(status));
		long workingDays = ProjectHealth.slipWorkingDays(overdue, today);
		assertEquals("+" + workingDays, overdueRow.getText(slip));
		assertTrue(ProjectHealth.withDefaults().assess(editor.project(), today).reasons().stream()
				.anyMatch(reason -> reason.contains("'Late sign-off'") && reason.contains(workingDays + " working days")),
				"the derived RAG counts the same slip");
	}

	private static TableItem row(Table table, String name) {
		for (TableItem item : table.getItems()) {
			for (int column = 0; column < table.getColumnCount(); column++) {
				if (item.getText(column).equals(name)) {
					return item;
				}
			}
		}
		throw new AssertionError("no row " + name);
	}

	@Test
	void publishedReportsAreReadOnlyWithANoticeOnTheirPageOnly() {
		ProjectEditorPart editor = openEditor();
		StatusReport published = editor.project().getStatusReports().get(0);
		assertTrue(StatusReporting.isPublished(published));
		editor.pages().setSelection(4);
		editor.reportsPage().select(published);
		Text summary = ui.field("Summary:");
		assertFalse(summary.getEditable(), "a published report cannot be edited");
		assertTrue(editor.reportsPage().noticeText().contains("published and read-only"));
		assertEquals("", editor.bannerText(), "the page's notice is not the editor's banner");
		summary.setFocus();
		summary.notifyListeners(SWT.FocusOut, new Event());
		assertFalse(part.isDirty());

		StatusReport draft = PmoFactory.eINSTANCE.createStatusReport();
		draft.setPeriodEnd(StatusReporting.weekEnding(LocalDate.now()).plusWeeks(1));
		editor.editing().add(editor.project(), Literals.PROJECT__STATUS_REPORTS, draft);
		editor.reportsPage().select(draft);
		assertTrue(summary.getEditable(), "a new report is a draft until saved");
		UiFixture.type(summary, "Correction of last week");
		assertEquals("Correction of last week", draft.getSummary());
		assertEquals("", editor.reportsPage().noticeText());
	}

	@Test
	void undoClearsTheRefusalAndShowsTheRevertedValueWithoutAMarker() {
		ProjectEditorPart editor = openEditor();
		Text percent = ui.field("% complete:");
		String original = percent.getText();
		UiFixture.type(percent, "150");
		assertFalse(editor.editor().save());
		assertTrue(editor.bannerText().startsWith("Not saved."), editor.bannerText());
		assertTrue(percent.getToolTipText() != null && percent.getToolTipText().contains("150"), percent.getToolTipText());

		ContextInjectionFactory.invoke(new UndoHandler(), Execute.class, partContext);

		assertEquals("", editor.bannerText(), "the banner goes when undo fixes the value");
		assertEquals(original, percent.getText());
		assertNull(percent.getToolTipText(), "no problem marker on the reverted value");
	}

	@Test
	void undoReplacesTextThatCouldNotBeParsed() {
		ProjectEditorPart editor = openEditor();
		Text percent = ui.field("% complete:");
		String original = percent.getText();
		UiFixture.type(percent, "55");
		UiFixture.type(percent, "abc");
		assertEquals("% complete: 'abc' is not a number.", percent.getToolTipText());

		ContextInjectionFactory.invoke(new UndoHandler(), Execute.class, partContext);

		assertEquals(original, percent.getText(), "the field shows the value undo restored");
		assertNull(percent.getToolTipText());
		assertNull(editor.fields().firstParseError());
		assertFalse(part.isDirty());
	}

	@Test
	void theProblemsPartListsWhatBlocksTheSave() {
		ProblemsPart problems = ContextInjectionFactory.make(ProblemsPart.class, ui.context);
		ProjectEditorPart editor = openEditor();
		UiFixture.type(ui.field("% complete:"), "abc");
		ui.waitUntil("the typing error in the Problems part", () -> problems.rows().stream()
				.anyMatch(row -> row.problem().getMessage().equals("% complete: 'abc' is not a number.")));
		assertFalse(editor.editor().save());
		UiFixture.type(ui.field("% complete:"), "20");
		ui.waitUntil("the Problems part to clear", () -> problems.rows().isEmpty());
		assertTrue(UiFixture.find(ui.shell, Label.class, l -> l.getText().startsWith("Not saved")).isEmpty());
	}
}
