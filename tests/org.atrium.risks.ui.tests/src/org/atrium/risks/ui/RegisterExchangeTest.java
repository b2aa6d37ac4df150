package org.atrium.risks.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;

import org.atrium.demo.DemoOffice;
import org.atrium.core.store.StoreSession;
import org.atrium.risks.ui.RiskRows.Row;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.Topics;
import org.atrium.ui.testing.UiFixture;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export and import from the risk register part, in background jobs, on real widgets and a real store. */
class RegisterExchangeTest {

	@TempDir
	Path workspace;

	private UiFixture ui;
	private RiskRegisterPart register;
	private String exported;
	private String imported;
	private String refused;
	private final List<String> posted = new CopyOnWriteArrayList<>();

	@BeforeEach
	void open() throws Exception {
		ui = new UiFixture(workspace, "test");
		try (StoreSession session = ui.store.openSession()) {
			ui.context.get(DemoOffice.class).create(session, 11, UiFixture.small(8), LocalDate.of(2026, 11, 27));
		}
		ui.workAsPmoLead();
		ui.context.set(EditorOpener.class, new EditorOpener(null));
		ui.context.set(HeatMapSelection.class, new HeatMapSelection());
		ui.shell.setLayout(new FillLayout());
		IEclipseContext context = ui.context.createChild();
		context.set(Composite.class, new Composite(ui.shell, SWT.NONE));
		context.set(IEventBroker.class, (IEventBroker) Proxy.newProxyInstance(IEventBroker.class.getClassLoader(),
				new Class<?>[] { IEventBroker.class }, (proxy, method, arguments) -> switch (method.getName()) {
					case "post" -> posted.add((String) arguments[0]);
					case "equals" -> proxy == arguments[0];
					case "hashCode" -> System.identityHashCode(proxy);
					case "toString" -> "a broker that records what is posted";
					default -> method.getReturnType() == boolean.class ? Boolean.TRUE : null;
				}));
		register = ContextInjectionFactory.make(RiskRegisterPart.class, context);
		register.feedback(new RiskRegisterPart.Feedback() {
			@Override
			public void exported(String message) {
				exported = message;
			}

			@Override
			public void imported(String message) {
				imported = message;
			}

			@Override
			public void refused(String problems) {
				refused = problems;
			}
		});
		ui.shell.layout(true, true);
		ui.waitUntil("the register to load", () -> !register.shownRows().isEmpty());
	}

	@AfterEach
	void close() {
		ui.close();
	}

	@Test
	void anEditedExportImportsAsAnUpdateAndTheRegisterShowsIt() throws Exception {
		Path file = workspace.resolve("register.csv");
		register.exportTo(file);
		ui.waitUntil("the export", () -> exported != null);
		assertTrue(exported.startsWith("Exported "), exported);
		Row row = register.shownRows().stream().filter(r -> r.title().matches("[A-Za-z ]+")).findFirst().orElseThrow();
		String csv = Files.readString(file, StandardCharsets.UTF_8);
		String edited = csv.replaceFirst("(?m)^" + row.id() + ",([^,]*)," + row.title() + ",",
				row.id() + ",$1,Reviewed: " + Matcher.quoteReplacement(row.title()) + ",");
		assertTrue(!edited.equals(csv), "the row of " + row.id() + " is in the file");
		Files.writeString(file, edited, StandardCharsets.UTF_8);

		register.importFrom(file);

		ui.waitUntil("the import", () -> imported != null || refused != null);
		assertTrue(imported != null && imported.matches("Imported .*: 0 created, 1 updated, \\d+ unchanged\\."),
				imported + " / " + refused);
		assertEquals(List.of(Topics.DATA_CHANGED), posted);
		register.dataChanged(""); // as the event broker delivers it
		ui.waitUntil("the register to show the edit",
				() -> register.shownRows().stream().anyMatch(r -> r.title().equals("Reviewed: " + row.title())));
	}

	@Test
	void aRefusedImportListsEveryProblemAndChangesNothing() throws Exception {
		int shown = register.shownRows().size();
		Path file = workspace.resolve("bad.csv");
		Files.writeString(file, "project code,title,probability,impact\nNO-SUCH,Late vendor,2,2\n,Nameless,9,x\n");

		register.importFrom(file);

		ui.waitUntil("the import", () -> imported != null || refused != null);
		assertEquals("Nothing was imported, the file has 3 problems:\n"
				+ "row 2, column project code: 'NO-SUCH' is not the code of a project\n"
				+ "row 3, column project code: a value is required\n"
				+ "row 3, column impact: 'x' is not a number", refused);
		ui.settle();
		assertEquals(shown, register.shownRows().size());
		assertEquals(List.of(), posted, "nothing changed");
	}
}
