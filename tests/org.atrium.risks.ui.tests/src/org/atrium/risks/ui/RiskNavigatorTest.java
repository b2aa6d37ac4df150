package org.atrium.risks.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.atrium.demo.DemoOffice;
import org.atrium.core.store.StoreSession;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.navigator.NavigatorPart;
import org.atrium.ui.testing.UiFixture;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The risk plugin's children under the projects in the navigator. */
class RiskNavigatorTest {

	@TempDir
	Path workspace;

	private UiFixture ui;

	@BeforeEach
	void open() throws Exception {
		ui = new UiFixture(workspace, "test");
		try (StoreSession session = ui.store.openSession()) {
			ui.context.get(DemoOffice.class).create(session, 11, UiFixture.small(4), LocalDate.of(2026, 11, 27));
		}
		ui.context.set(EditorOpener.class, new EditorOpener(null));
	}

	@AfterEach
	void close() {
		ui.close();
	}

	private static List<String> labels(TreeItem[] items) {
		List<String> labels = new ArrayList<>();
		for (TreeItem item : items) {
			labels.add(item.getText());
			labels.addAll(labels(item.getItems()));
		}
		return labels;
	}

	@Test
	void risksShowUnderTheirProjects() {
		NavigatorPart navigator = ContextInjectionFactory.make(NavigatorPart.class, ui.context);
		ui.waitUntil("the tree to load", () -> navigator.viewer().getTree().getItemCount() > 0);
		navigator.viewer().expandAll();
		List<String> shown = labels(navigator.viewer().getTree().getItems());
		assertTrue(shown.stream().anyMatch(label -> label.startsWith("Risk: ")), "risks in " + shown);
	}
}
