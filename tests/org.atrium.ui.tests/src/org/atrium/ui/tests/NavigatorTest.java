package org.atrium.ui.tests;

import org.atrium.ui.testing.UiFixture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.atrium.demo.Office;
import org.atrium.core.model.pmo.Project;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.navigator.NavigatorPart;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The navigator tree and its filter box, on real widgets. */
class NavigatorTest {

	@TempDir
	Path workspace;

	private UiFixture ui;
	private Office office;
	private final List<String> opened = new ArrayList<>();

	@BeforeEach
	void open() throws Exception {
		ui = new UiFixture(workspace, "test");
		office = ui.saveOffice(UiFixture.small(6));
		ui.context.set(EditorOpener.class, new EditorOpener(null) {
			@Override
			public MPart openProject(String projectId, String label) {
				opened.add(label);
				return null;
			}
		});
	}

	@AfterEach
	void close() {
		ui.close();
	}

	private NavigatorPart navigator() {
		NavigatorPart navigator = ContextInjectionFactory.make(NavigatorPart.class, ui.context);
		ui.waitUntil("the tree to load", () -> navigator.viewer().getTree().getItemCount() > 0);
		return navigator;
	}

	private static List<String> visibleLabels(TreeItem[] items) {
		List<String> labels = new ArrayList<>();
		for (TreeItem item : items) {
			labels.add(item.getText());
			if (item.getExpanded()) {
				labels.addAll(visibleLabels(item.getItems()));
			}
		}
		return labels;
	}

	@Test
	void showsPortfoliosProgramsAndProjects() {
		NavigatorPart navigator = navigator();
		navigator.viewer().expandAll();
		List<String> labels = visibleLabels(navigator.viewer().getTree().getItems());
		assertEquals(office.portfolios().get(0).getName(), labels.get(0));
		for (Project project : office.projects()) {
			assertTrue(labels.contains(project.getCode() + "  " + project.getName()), project.getCode() + " in " + labels);
		}
		assertEquals(1 + 2 + 6, labels.size());
	}

	@Test
	void filterKeepsMatchesAndTheirAncestors() {
		NavigatorPart navigator = navigator();
		Project wanted = office.projects().get(4);
		navigator.filter().setText(wanted.getCode());
		ui.settle();
		List<String> labels = visibleLabels(navigator.viewer().getTree().getItems());
		assertEquals(List.of(office.portfolios().get(0).getName(), wanted.getProgram().getName(),
				wanted.getCode() + "  " + wanted.getName()), labels);
		navigator.filter().setText("no such project anywhere");
		ui.settle();
		assertEquals(0, navigator.viewer().getTree().getItemCount());
		navigator.filter().setText("");
		ui.settle();
		assertEquals(1, navigator.viewer().getTree().getItemCount());
	}
}
