package org.atrium.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.atrium.plugins.Plugin;
import org.atrium.plugins.PluginInstallation;
import org.atrium.plugins.TrustPolicy;
import org.atrium.plugins.UntrustedContent;
import org.atrium.plugins.testing.TestInstallation;
import org.atrium.ui.plugins.PluginsDialog;
import org.atrium.ui.plugins.PluginsDialog.Row;
import org.atrium.ui.testing.UiFixture;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help > Plugins on a real p2 installation with one plugin installed, and a repository offering another. */
class PluginsDialogTest {

	static final Plugin AUDIT = new Plugin("org.example.audit.feature", "Audit Trail", "1.0.0");
	static final Plugin MEETINGS = new Plugin("org.example.meetings.feature", "Meetings", "1.0.0");
	/** How long reading the lists may take before the test gives up. */
	static final long PATIENCE_MS = 60_000;

	@TempDir
	Path folder;

	Display display = Display.getDefault();
	Shell shell;
	PluginInstallation installation;
	URI repository;
	PluginsDialog dialog;

	@BeforeEach
	void installationWithAuditInstalled() throws Exception {
		installation = TestInstallation.create(folder.resolve("atrium"));
		repository = TestInstallation.repository(folder.resolve("plugin repo"),
				Map.of(AUDIT.id(), AUDIT.name(), MEETINGS.id(), MEETINGS.name()));
		assertTrue(installation.install(AUDIT.id(), repository, TrustPolicy.REFUSE, new NullProgressMonitor()).isOK());
		shell = new Shell(display);
	}

	@AfterEach
	void close() {
		if (dialog != null) {
			dialog.close();
		}
		shell.dispose();
	}

	@Test
	void listsTheInstalledPluginsAndThoseTheRepositoryOffers() {
		open(repository.toString());

		assertEquals(List.of(new Row(AUDIT, "Installed"), new Row(MEETINGS, "Available")), dialog.rows());
		assertEquals("", dialog.message());
		Table table = UiFixture.find(dialog.getShell(), Table.class, t -> true).get(0);
		assertEquals("Audit Trail", table.getItem(0).getText(0));
		assertEquals("Available", table.getItem(1).getText(3));
	}

	@Test
	void installIsOfferedForAnAvailablePluginAndUninstallForAnInstalledOne() {
		open(repository.toString());
		select(dialog.rows().get(1));
		assertTrue(button("Install").isEnabled());
		assertFalse(button("Uninstall").isEnabled());
		select(dialog.rows().get(0));
		assertFalse(button("Install").isEnabled());
		assertTrue(button("Uninstall").isEnabled());
	}

	@Test
	void anUntrustedRepositoryIsNamedAndTheInstalledPluginsStillShow() {
		open("http://plugins.example.org/atrium");

		assertEquals(List.of(new Row(AUDIT, "Installed")), dialog.rows());
		assertEquals("Repository must be a file: or https: URL or a folder; 'http:' repositories are not trusted, was"
				+ " 'http://plugins.example.org/atrium'", dialog.message());
	}

	@Test
	void aRepositoryThatCannotBeReadIsNamed() {
		open(folder.resolve("nowhere").toString());

		assertEquals(List.of(new Row(AUDIT, "Installed")), dialog.rows());
		assertTrue(dialog.message().startsWith("The repository cannot be read: "), dialog.message());
		assertTrue(dialog.message().contains("nowhere"), dialog.message());
	}

	@Test
	void theQuestionAboutUnsignedContentNamesIt() {
		String question = PluginsDialog.question(new UntrustedContent(List.of("org.atrium.risks_0.1.0.jar"), List.of()));
		assertTrue(question.contains("not signed: org.atrium.risks_0.1.0.jar"), question);
	}

	private void open(String repositoryText) {
		dialog = new PluginsDialog(shell, installation, repositoryText, () -> {
		});
		dialog.setBlockOnOpen(false);
		dialog.open();
		waitUntil(() -> !dialog.isBusy());
	}

	private void select(Row row) {
		Table table = UiFixture.find(dialog.getShell(), Table.class, t -> true).get(0);
		table.setSelection(dialog.rows().indexOf(row));
		table.notifyListeners(SWT.Selection, new Event());
		while (display.readAndDispatch()) {
			// let the buttons follow the selection
		}
	}

	private Button button(String text) {
		return UiFixture.find(dialog.getShell(), Button.class, b -> text.equals(b.getText())).get(0);
	}

	private void waitUntil(BooleanSupplier condition) {
		long deadline = System.currentTimeMillis() + PATIENCE_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("the plugins dialog did not finish reading within a minute");
			}
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
	}
}
