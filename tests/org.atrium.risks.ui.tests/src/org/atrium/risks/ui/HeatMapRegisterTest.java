package org.atrium.risks.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;

import org.atrium.demo.DemoOffice;
import org.atrium.core.store.StoreSession;
import org.atrium.risks.RiskMatrix;
import org.atrium.risks.ui.RiskRows.Row;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.testing.UiFixture;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The heat map and the risk register side by side, on real widgets and the real event broker. */
class HeatMapRegisterTest {

	@TempDir
	Path workspace;

	private UiFixture ui;
	private HeatMapPart heatMap;
	private RiskRegisterPart register;

	@BeforeEach
	void open() throws Exception {
		ui = new UiFixture(workspace, "test");
		try (StoreSession session = ui.store.openSession()) {
			ui.context.get(DemoOffice.class).create(session, 11, UiFixture.small(8), LocalDate.of(2026, 11, 27));
		}
		ui.context.set(EditorOpener.class, new EditorOpener(null));
		ui.context.set(HeatMapSelection.class, new HeatMapSelection());
		ui.shell.setLayout(new FillLayout());
		heatMap = ContextInjectionFactory.make(HeatMapPart.class, partContext());
		register = ContextInjectionFactory.make(RiskRegisterPart.class, partContext());
		ui.shell.layout(true, true);
		ui.waitUntil("the register to load", () -> !register.shownRows().isEmpty());
		ui.waitUntil("the heat map to load", () -> total(true) == register.shownRows().size());
	}

	private IEclipseContext partContext() {
		IEclipseContext context = ui.context.createChild();
		context.set(Composite.class, new Composite(ui.shell, SWT.NONE));
		return context;
	}

	@AfterEach
	void close() {
		ui.close();
	}

	private int total(boolean residual) {
		int sum = 0;
		for (int p = 1; p <= RiskMatrix.LEVELS; p++) {
			for (int i = 1; i <= RiskMatrix.LEVELS; i++) {
				sum += heatMap.count(p, i, residual);
			}
		}
		return sum;
	}

	private void click(int probability, int impact) {
		Point centre = heatMap.centre(probability, impact);
		Event event = new Event();
		event.x = centre.x;
		event.y = centre.y;
		event.button = 1;
		heatMap.canvas().notifyListeners(SWT.MouseDown, event);
		ui.settle();
	}

	@Test
	void clickingACellFiltersTheRegister() {
		int active = register.shownRows().size();
		int probability = 0;
		int impact = 0;
		for (int p = RiskMatrix.LEVELS; p >= 1 && probability == 0; p--) {
			for (int i = RiskMatrix.LEVELS; i >= 1; i--) {
				if (heatMap.count(p, i, true) > 0) {
					probability = p;
					impact = i;
					break;
				}
			}
		}
		assertTrue(probability > 0, "the demo office has active risks");
		click(probability, impact);
		assertEquals(heatMap.count(probability, impact, true), register.shownRows().size(), "canvas " + heatMap.canvas().getBounds()
				+ " centre " + heatMap.centre(probability, impact) + " cell " + heatMap.cellAt(heatMap.centre(probability, impact)));
		for (Row row : register.shownRows()) {
			assertEquals(probability, row.residual().probability(), row.title());
			assertEquals(impact, row.residual().impact(), row.title());
		}
		click(probability, impact);
		assertEquals(active, register.shownRows().size(), "a second click clears the filter");
	}

	@Test
	void registerFiltersByText() {
		Row first = register.shownRows().get(0);
		register.filter().setText(first.title());
		ui.settle();
		assertTrue(register.shownRows().stream().allMatch(r -> r.title().contains(first.title())
				|| r.project().contains(first.title()) || r.owner().contains(first.title())));
		assertTrue(register.shownRows().contains(first));
	}
}
