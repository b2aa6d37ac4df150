package org.atrium.reporting.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.report.ReportSection;
import org.atrium.core.store.StoreSession;
import org.atrium.demo.DemoOffice;
import org.atrium.reporting.ReportFigures;
import org.atrium.reporting.ReportGenerator;
import org.atrium.reporting.export.ReportFormat;
import org.atrium.reporting.model.reporting.Report;
import org.atrium.reporting.model.reporting.ReportingPackage;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.testing.UiFixture;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reporting parts on real widgets, a real store with the demo office and its report history: the list, drafting,
 * the editor's narrative, publishing and export, the dashboard's drill-down and the roadmap.
 */
class ReportingUiTest {

	@TempDir
	Path workspace;

	private UiFixture ui;
	private final List<String> opened = new CopyOnWriteArrayList<>();

	/** Records what the parts open instead of opening editors. */
	private final class RecordingOpener extends EditorOpener {
		RecordingOpener() {
			super(null);
		}

		@Override
		public MPart openProject(String projectId, String label) {
			opened.add("project " + label);
			return null;
		}

		@Override
		public MPart open(String descriptor, String key, String id, String label) {
			opened.add(descriptor + " " + id);
			return null;
		}
	}

	@BeforeEach
	void open() throws Exception {
		ui = new UiFixture(workspace, "test");
		try (StoreSession session = ui.store.openSession()) {
			ui.context.get(DemoOffice.class).create(session, 11, UiFixture.small(6), LocalDate.of(2026, 11, 27));
		}
		ui.workAsPmoLead();
		ui.context.set(EditorOpener.class, new RecordingOpener());
	}

	@AfterEach
	void close() {
		ui.close();
	}

	private <T> T make(Class<T> type) {
		IEclipseContext context = ui.context.createChild();
		Composite composite = new Composite(ui.shell, SWT.NONE);
		context.set(Composite.class, composite);
		T part = ContextInjectionFactory.make(type, context);
		ui.shell.layout(true, true);
		return part;
	}

	@Test
	void draftWriteTheNarrativePublishAndExport() throws Exception {
		ReportsPart reports = make(ReportsPart.class);
		ui.waitUntil("the demo's published reports", () -> !reports.lines().isEmpty());
		assertTrue(reports.lines().stream().allMatch(ReportsPart.Line::published), "the demo publishes its history");
		String portfolio = reports.lines().get(0).title().replaceFirst("^\\w+ status report: ", "");

		reports.choose(portfolio, 1, "2026-11-27");
		reports.draft();
		ui.waitUntil("the draft to open", () -> opened.stream().anyMatch(o -> o.startsWith(ReportsPart.EDITOR)));
		assertEquals("Drafted Monthly status report: " + portfolio + ".", reports.message());
		String id = opened.get(0).substring(ReportsPart.EDITOR.length() + 1);

		UiFixture.Editor<ReportEditorPart> editor = ui.openEditor(ReportEditorPart.class, EditorOpener.OBJECT_ID, id);
		ui.waitFor("the report to load", editor.part().loaded());
		ui.settle();
		assertTrue(editor.part().headingText().contains("Draft: write the narrative, then publish"),
				editor.part().headingText());
		assertFalse(editor.part().publish(), "no summary, no publishing");
		assertTrue(editor.part().editor().bannerText().contains("Summary: write a summary"),
				editor.part().editor().bannerText());

		Text summary = ui.field("Summary:");
		UiFixture.type(summary, "Two programs on track; the red projects need steering decisions.");
		assertTrue(editor.part().publish());
		assertTrue(editor.part().headingText().contains("Published"), editor.part().headingText());
		assertFalse(summary.getEditable() && summary.isEnabled(), "a published report's narrative is read-only");
		try (StoreSession session = ui.store.openSession()) {
			Report stored = session.load(ReportingPackage.Literals.REPORT, id);
			assertTrue(stored.isPublished());
			assertEquals("Two programs on track; the red projects need steering decisions.", stored.getSummary());
		}

		Path file = workspace.resolve("report.html");
		var export = editor.part().exportTo(file, ReportFormat.HTML);
		ui.waitUntil("the export", () -> export.getResult() != null);
		ui.settle();
		String html = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(html.contains("Two programs on track; the red projects need steering decisions."), html);
		assertTrue(html.contains("Published"));
	}

	@Test
	void theDashboardDrillsDownToAProgramAndOpensProjects() {
		DashboardPart dashboard = make(DashboardPart.class);
		ui.waitUntil("the dashboard", () -> dashboard.data() != null);
		ReportSection projects = dashboard.data().report().section(ReportGenerator.PROJECTS).orElseThrow();
		assertEquals(projects.rows().size(), ReportFigures.ragCounts(dashboard.data().report()).values().stream()
				.mapToInt(Integer::intValue).sum());
		assertTrue(dashboard.data().trend().size() > 1, "the demo's published reports give a trend");
		assertTrue(dashboard.statusText().startsWith("Monthly status report: "), dashboard.statusText());

		String program = ReportFigures.budgets(dashboard.data().report()).get(0).program();
		Event click = new Event();
		var bars = dashboard.budgetChart().getSeriesSet().getSeries()[0];
		click.x = bars.getPixelCoordinates(0).x;
		click.y = dashboard.budgetChart().getPlotArea().getSize().y - 5;
		click.button = 1;
		dashboard.budgetChart().getPlotArea().getControl().notifyListeners(SWT.MouseDown, click);
		assertEquals(program, dashboard.program(), "clicking a program's bars drills down");
		List<String> codes = projects.rows().stream().filter(row -> row.cells().get(2).equals(program))
				.map(row -> row.cells().get(0)).toList();
		assertTrue(dashboard.points().stream().allMatch(point -> codes.contains(point.project())),
				dashboard.points().toString());
		dashboard.drillDown(program);
		assertEquals(null, dashboard.program(), "clicking it again shows all");
		assertTrue(ReportFigures.ragCounts(dashboard.data().report()).get(RagStatus.GREEN) >= 0);
	}

	@Test
	void theRoadmapShowsEveryActiveProjectAndOpensOne() {
		RoadmapPart roadmap = make(RoadmapPart.class);
		ui.waitUntil("the roadmap", () -> !roadmap.lines().isEmpty());
		assertTrue(roadmap.lines().stream().anyMatch(line -> line.marks().stream().anyMatch(RoadmapPart.Mark::gate)),
				"gates are marked");
		Event click = new Event();
		click.x = 20;
		click.y = roadmap.middleOf(roadmap.lines().get(0));
		roadmap.canvas().notifyListeners(SWT.MouseDown, click);
		assertEquals(List.of("project " + roadmap.lines().get(0).code()), opened);
	}
}
