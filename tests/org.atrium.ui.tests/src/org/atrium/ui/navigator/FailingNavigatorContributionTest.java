package org.atrium.ui.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.atrium.core.Contributions;
import org.atrium.demo.Office;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.StoreSession;
import org.atrium.testing.faulty.FaultyPlugin;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.testing.UiFixture;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * A plugin whose navigator contribution fails, started and stopped while the navigator is open: the
 * failure is logged under the plugin's name, the portfolios and another plugin's children stay, and
 * stopping the plugin takes its contribution away.
 */
class FailingNavigatorContributionTest {

	/** Another plugin's children: one note under every project. */
	private static final class Notes implements NavigatorContribution {
		@Override
		public Map<Project, List<?>> children(List<Project> projects, StoreSession session) {
			Map<Project, List<?>> children = new LinkedHashMap<>();
			projects.forEach(project -> children.put(project, List.of(new StringBuilder(project.getCode()))));
			return children;
		}

		@Override
		public String label(Object element) {
			return "Note: " + element;
		}

		@Override
		public Image image(Object element) {
			return null;
		}
	}

	@TempDir
	Path workspace;

	private UiFixture ui;
	private Office office;
	private ServiceRegistration<NavigatorContribution> notes;
	private final List<IStatus> logged = new CopyOnWriteArrayList<>();
	private final ILogListener listener = (status, plugin) -> logged.add(status);
	private final ILog log = ILog.of(Contributions.class);

	@BeforeEach
	void open() throws Exception {
		ui = new UiFixture(workspace, "test");
		office = ui.saveOffice(UiFixture.small(4));
		ui.context.set(EditorOpener.class, new EditorOpener(null));
		log.addLogListener(listener);
	}

	@AfterEach
	void close() throws Exception {
		FaultyPlugin.stop();
		if (notes != null) {
			notes.unregister();
		}
		log.removeLogListener(listener);
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

	private List<String> shown(NavigatorPart navigator) {
		navigator.viewer().expandAll();
		return labels(navigator.viewer().getTree().getItems());
	}

	private long notesShown(NavigatorPart navigator) {
		return shown(navigator).stream().filter(label -> label.startsWith("Note: ")).count();
	}

	/** How many children plugins added in what the navigator shows; no widget work, so waiting stays cheap. */
	private static int contributed(NavigatorPart navigator) {
		return navigator.viewer().getInput() instanceof NavigatorContent content ? content.contributedCount() : -1;
	}

	private List<IStatus> faultyFailures() {
		return logged.stream().filter(s -> FaultyPlugin.SYMBOLIC_NAME.equals(s.getPlugin())).toList();
	}

	private static boolean faultyInstalled(NavigatorContributions contributions) {
		return contributions.all().stream().anyMatch(c -> FaultyPlugin.SYMBOLIC_NAME.equals(Contributions.bundleName(c)));
	}

	private void reloadAndWait(NavigatorPart navigator) {
		Job job = navigator.reload();
		ui.waitUntil("the navigator to reload", () -> job.getResult() != null);
		ui.settle();
	}

	@Test
	void aFailingContributionIsLoggedAndTheRestStays() throws Exception {
		NavigatorPart navigator = ContextInjectionFactory.make(NavigatorPart.class, ui.context);
		ui.waitUntil("the tree to load", () -> navigator.viewer().getTree().getItemCount() > 0);
		notes = FrameworkUtil.getBundle(NavigatorPart.class).getBundleContext().registerService(NavigatorContribution.class,
				new Notes(), null);
		NavigatorContributions contributions = ui.context.get(NavigatorContributions.class);
		ui.waitUntil("a contribution registered at run time to show", () -> contributed(navigator) == 4);
		assertEquals(4, notesShown(navigator));
		assertFalse(faultyInstalled(contributions));

		FaultyPlugin.start();
		ui.waitUntil("a plugin started at run time to be picked up", () -> faultyInstalled(contributions));
		ui.waitUntil("the failure to be logged", () -> !faultyFailures().isEmpty());
		IStatus failure = faultyFailures().get(0);
		assertEquals(IStatus.ERROR, failure.getSeverity());
		assertTrue(failure.getMessage().contains(FaultyPlugin.SYMBOLIC_NAME), failure.getMessage());
		assertTrue(failure.getMessage().contains("navigator"), failure.getMessage());
		assertTrue(failure.getException().getMessage().contains(FaultyPlugin.FAILURE));

		reloadAndWait(navigator);
		List<String> shown = shown(navigator);
		for (Portfolio portfolio : office.portfolios()) {
			assertTrue(shown.contains(portfolio.getName()), portfolio.getName() + " in " + shown);
		}
		for (Project project : office.projects()) {
			assertTrue(shown.contains(project.getCode() + "  " + project.getName()), project.getCode() + " in " + shown);
		}
		assertEquals(4, notesShown(navigator), "the other plugin's children stay: " + shown);

		FaultyPlugin.stop();
		ui.waitUntil("a stopped plugin's contribution to go", () -> !faultyInstalled(contributions));
		int failures = faultyFailures().size();
		reloadAndWait(navigator);
		assertEquals(failures, faultyFailures().size(), "a stopped plugin is no longer called");
		assertEquals(4, notesShown(navigator));

		notes.unregister();
		notes = null;
		ui.waitUntil("an unregistered contribution to go", () -> contributed(navigator) == 0);
		assertEquals(0, notesShown(navigator));
	}
}
