package org.atrium.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.atrium.core.AuditTrail;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.PmoFactory;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.store.AuditEntry;
import org.atrium.core.store.StoreSession;
import org.atrium.demo.Office;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.Images;
import org.atrium.ui.handlers.NewWeeklyReportHandler;
import org.atrium.ui.parts.HistoryPart;
import org.atrium.ui.parts.PortfolioOverviewPart;
import org.atrium.ui.parts.PropertiesPart;
import org.atrium.ui.parts.PropertiesPart.Property;
import org.atrium.ui.testing.UiFixture;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portfolio overview as a PMO analyst reads it: reported and derived RAG side by side, overdue milestones marked,
 * amounts formatted; its selection drives Properties and "New weekly report"; nothing on screen is a developer name.
 */
class OverviewSelectionTest {

	private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	@TempDir
	Path workspace;

	private UiFixture ui;
	private Project dig;
	private final List<String> opened = new ArrayList<>();
	private PortfolioOverviewPart overview;

	@BeforeEach
	void open() throws Exception {
		ui = new UiFixture(workspace, "test");
		Office office = ui.saveOffice(UiFixture.small(3));
		String id = office.projects().get(0).getId();
		try (StoreSession session = ui.store.openSession()) {
			// Reported Amber, but the forecast is 50% over plan and a milestone is ten days late: it computes Red.
			dig = session.load(PmoPackage.Literals.PROJECT, id);
			dig.setRag(RagStatus.AMBER);
			dig.setCurrency("EUR");
			dig.setBudgetPlanned(new BigDecimal("892842.51"));
			dig.setBudgetForecast(new BigDecimal("1339263.77"));
			dig.getMilestones().forEach(m -> m.setActualDate(m.getPlannedDate()));
			Milestone late = PmoFactory.eINSTANCE.createMilestone();
			late.setName("Vendor selected");
			late.setPlannedDate(LocalDate.now().minusDays(14));
			late.setBaselineDate(LocalDate.now().minusDays(14));
			dig.getMilestones().add(late);
			session.save(dig);
		}
		ui.context.set(EditorOpener.class, new EditorOpener(null) {
			@Override
			public MPart openProject(String projectId, String label) {
				opened.add(projectId);
				return null;
			}
		});
		ui.context.set(ESelectionService.class, selectionIntoContext());
		overview = ContextInjectionFactory.make(PortfolioOverviewPart.class, ui.context);
		ui.waitUntil("the overview to load", () -> overview.shownRows().size() == 3);
	}

	@AfterEach
	void close() {
		ui.close();
	}

	/** As the workbench does for the active part: a selection becomes the context's active selection. */
	private ESelectionService selectionIntoContext() {
		return (ESelectionService) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { ESelectionService.class }, (proxy, method, args) -> {
					if (method.getName().equals("setSelection")) {
						ui.context.set(IServiceConstants.ACTIVE_SELECTION, args[0]);
					}
					return method.getName().equals("getSelection") ? ui.context.get(IServiceConstants.ACTIVE_SELECTION) : null;
				});
	}

	private int rowOf(Project project) {
		for (int i = 0; i < overview.shownRows().size(); i++) {
			if (overview.shownRows().get(i).id().equals(project.getId())) {
				return i;
			}
		}
		throw new AssertionError(project.getCode() + " is not shown");
	}

	private void select(int row) {
		overview.table().setFocus();
		overview.table().select(row);
		overview.table().notifyListeners(SWT.Selection, new Event());
		ui.settle();
	}

	@Test
	void aProjectReportedAmberThatComputesRedShowsBothAndIsMarked() {
		int row = rowOf(dig);
		assertEquals("Amber", overview.cell(row, "Reported RAG"));
		assertEquals("Red (reported Amber)", overview.cell(row, PortfolioOverviewPart.DERIVED_RAG));
		assertTrue(overview.shownRows().get(row).reasons().stream().anyMatch(r -> r.startsWith("Budget is red")),
				overview.shownRows().get(row).reasons().toString());
		overview.table().showItem(overview.table().getItem(row));
		ui.settle();
		assertEquals(Images.get("warning"), overview.table().getItem(row).getImage(PortfolioOverviewPart.column(PortfolioOverviewPart.DERIVED_RAG)),
				"the disagreement carries the warning sign");

		int other = row == 0 ? 1 : 0;
		String reported = overview.cell(other, "Reported RAG");
		if (overview.shownRows().get(other).derivedRag().getLiteral().equals(reported)) {
			assertEquals(reported, overview.cell(other, PortfolioOverviewPart.DERIVED_RAG), "an agreement is not marked");
		}
	}

	@Test
	void anOverdueMilestoneIsMarkedInWorkingDaysAndAmountsAreFormatted() {
		int row = rowOf(dig);
		String next = overview.cell(row, PortfolioOverviewPart.NEXT_MILESTONE);
		assertTrue(next.startsWith("Overdue ") && next.contains(" working days: Vendor selected, "), next);
		assertFalse(next.contains(LocalDate.now().minusDays(14).toString()), "the date in the user's format: " + next);
		assertTrue(overview.cell(row, "Forecast cost").matches("1.339.263.77 EUR"), overview.cell(row, "Forecast cost"));
	}

	@Test
	void propertiesFollowTheOverviewSelectionWithLabelsAndNoIds() {
		PropertiesPart properties = ContextInjectionFactory.make(PropertiesPart.class, ui.context);
		assertEquals(List.of(), properties.rows());

		select(rowOf(dig));

		Map<String, String> shown = properties.rows().stream()
				.collect(Collectors.toMap(Property::name, Property::value, (a, b) -> a));
		assertEquals("Project", shown.get("Type"));
		assertEquals("Amber", shown.get("RAG"));
		assertTrue(shown.containsKey("% complete"), shown.keySet().toString());
		assertTrue(shown.containsKey("Planned end"), shown.keySet().toString());
		assertTrue(shown.get("Forecast cost").matches("1.339.263.77 EUR"), shown.get("Forecast cost"));
		for (Property property : properties.rows()) {
			assertFalse(property.name().matches(".*[a-z][A-Z].*"), "a developer name: " + property.name());
			assertFalse(UUID.matcher(property.value()).find(), property.name() + " shows an id: " + property.value());
		}
	}

	@Test
	void newWeeklyReportWorksFromTheOverviewSelectionAndIsDisabledWithoutOne() {
		NewWeeklyReportHandler handler = new NewWeeklyReportHandler();
		assertEquals(Boolean.FALSE, ContextInjectionFactory.invoke(handler, CanExecute.class, ui.context, null),
				"no editor and no project selected");

		select(rowOf(dig));

		assertEquals(Boolean.TRUE, ContextInjectionFactory.invoke(handler, CanExecute.class, ui.context, null));
		ContextInjectionFactory.invoke(handler, Execute.class, ui.context, null);
		assertEquals(List.of(dig.getId()), opened, "the selected project's editor opens for its report");
	}

	@Test
	void theHistoryOfTheSelectedProjectSaysWhatChangedByLabelInLocalTime() {
		try (StoreSession session = ui.store.openSession()) {
			Project stored = session.load(PmoPackage.Literals.PROJECT, dig.getId());
			stored.setPercentComplete(43);
			stored.setPlannedEnd(LocalDate.of(2027, 3, 31));
			session.save(stored);
		}
		HistoryPart history = ContextInjectionFactory.make(HistoryPart.class, ui.context);
		select(rowOf(dig));
		ui.waitUntil("the history of the selected project", () -> history.rows().stream()
				.anyMatch(row -> row.what().contains(" % complete: ")));
		for (HistoryPart.Row row : history.rows()) {
			assertFalse(row.what().contains("percentComplete") || row.what().contains("plannedEnd") || UUID.matcher(row.what()).find(), row.what());
			assertFalse(row.when().contains("T") && row.when().endsWith("Z"), "local time: " + row.when());
		}
		assertTrue(history.rows().stream().anyMatch(row -> row.what().contains(" planned end: ")
				&& !row.what().contains("2027-03-31")), "a date in the user's format: " + history.rows());

		AuditTrail audit = new AuditTrail();
		AuditEntry change = audit.ofObject(ui.store.store(), dig.getId(), 5).stream()
				.filter(e -> "percentComplete".equals(e.feature())).findFirst().orElseThrow();
		String line = audit.describe(change);

		assertTrue(line.contains(" % complete: "), line);
		assertFalse(line.contains("percentComplete"), line);
		assertFalse(UUID.matcher(line).find(), line);
		assertFalse(line.contains(change.at().toString()), "not the stored UTC instant: " + line);
	}
}
