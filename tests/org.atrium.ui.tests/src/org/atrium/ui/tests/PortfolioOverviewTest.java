package org.atrium.ui.tests;

import org.atrium.ui.testing.UiFixture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.atrium.demo.Office;
import org.atrium.demo.OfficeScale;
import org.atrium.core.model.pmo.Project;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.parts.OverviewRows.Row;
import org.atrium.ui.parts.PortfolioOverviewPart;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Control;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portfolio overview over 10,000 projects: a virtual table that builds only the rows shown. The office is saved
 * once for the class; each test makes its own part and disposes it.
 */
@TestInstance(Lifecycle.PER_CLASS)
class PortfolioOverviewTest {

	private static final int PROJECTS = 10_000;

	@TempDir
	static Path workspace;

	private UiFixture ui;
	private Office office;

	@BeforeAll
	void open() throws Exception {
		ui = new UiFixture(workspace, "test");
		office = ui.saveOffice(new OfficeScale(2, 20, PROJECTS, 40, 2, 0, 0, 1, 0, false));
		ui.context.set(EditorOpener.class, new EditorOpener(null));
	}

	@AfterEach
	void disposeParts() {
		for (Control control : ui.shell.getChildren()) {
			control.dispose();
		}
	}

	@AfterAll
	void close() {
		ui.close();
	}

	@Test
	void tenThousandProjectsSortAndFilter() {
		PortfolioOverviewPart overview = ContextInjectionFactory.make(PortfolioOverviewPart.class, ui.context);
		ui.waitUntil("the rows to load", () -> overview.table().getItemCount() == PROJECTS);
		AtomicInteger built = new AtomicInteger();
		overview.table().addListener(SWT.SetData, e -> built.incrementAndGet());
		ui.settle();
		assertTrue(built.get() < 200, "a virtual table builds only visible rows, built " + built.get());

		List<String> codes = office.projects().stream().map(Project::getCode).sorted().toList();
		assertEquals(codes.get(0), overview.shownRows().get(0).code());
		overview.table().getColumn(0).notifyListeners(SWT.Selection, new Event());
		assertEquals(codes.get(codes.size() - 1), overview.shownRows().get(0).code(), "a second click sorts descending");

		overview.table().getColumn(PortfolioOverviewPart.column("Budget variance (%)")).notifyListeners(SWT.Selection, new Event());
		List<Row> byBudget = overview.shownRows();
		assertTrue(byBudget.stream().map(Row::budgetVariancePercent).filter(v -> v != null)
				.toList().equals(byBudget.stream().map(Row::budgetVariancePercent).filter(v -> v != null)
						.sorted(Comparator.naturalOrder()).toList()), "sorted by budget variance");

		Project wanted = office.projects().get(1234);
		overview.filter().setText(wanted.getCode());
		assertEquals(1, overview.table().getItemCount());
		assertEquals(wanted.getName(), overview.shownRows().get(0).name());
		assertEquals(wanted.getRag(), overview.shownRows().get(0).rag());
	}

	@Test
	void aFilterThatMatchesNothingAfterASelectionShowsNoRows() {
		PortfolioOverviewPart overview = ContextInjectionFactory.make(PortfolioOverviewPart.class, ui.context);
		ui.waitUntil("the rows to load", () -> overview.table().getItemCount() == PROJECTS);
		overview.table().setFocus();
		overview.table().select(3);
		overview.table().notifyListeners(SWT.Selection, new Event());
		ui.settle();

		for (String typed : List.of("z", "zz")) {
			overview.filter().setText(typed);
			ui.settle();
		}

		assertEquals(0, overview.table().getItemCount());
		assertEquals(List.of(), overview.shownRows());
		overview.filter().setText("");
		ui.settle();
		assertEquals(PROJECTS, overview.table().getItemCount(), "the keystrokes after it still filter");
	}
}
