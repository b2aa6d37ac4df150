package org.atrium.risks.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.atrium.demo.DemoOffice;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.risks.model.risks.Risk;
import org.atrium.risks.model.risks.RisksPackage;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.Topics;
import org.atrium.ui.editor.ConflictDialog;
import org.atrium.ui.editor.ObjectEditor;
import org.atrium.ui.handlers.RedoHandler;
import org.atrium.ui.handlers.UndoHandler;
import org.atrium.ui.testing.UiFixture;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.atrium.ui.parts.ProblemsPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.EventHandler;

/** The risk editor on the workbench's editor support: undo and redo through the handlers, save, refusal, conflict. */
class RiskEditorTest {

	@TempDir
	Path workspace;

	private UiFixture ui;
	private Risk risk;
	private MPart part;
	private IEclipseContext partContext;
	private IEventBroker events;
	private final List<Object> changed = new CopyOnWriteArrayList<>();
	private final EventHandler listener = event -> changed.add(event.getProperty(IEventBroker.DATA));

	@BeforeEach
	void open() throws Exception {
		ui = new UiFixture(workspace, "test");
		try (StoreSession session = ui.store.openSession()) {
			ui.context.get(DemoOffice.class).create(session, 11, UiFixture.small(3), LocalDate.of(2026, 11, 27));
			risk = session.query(Query.<Risk>of(RisksPackage.Literals.RISK).orderBy(RisksPackage.Literals.RISK__TITLE)).get(0);
		}
		ui.workAsPmoLead();
		events = ui.context.get(IEventBroker.class);
		events.subscribe(Topics.DATA_CHANGED, listener);
	}

	@AfterEach
	void close() {
		events.unsubscribe(listener);
		ui.close();
	}

	private RiskEditorPart openEditor() {
		UiFixture.Editor<RiskEditorPart> opened = ui.openEditor(RiskEditorPart.class, EditorOpener.OBJECT_ID, risk.getId());
		part = opened.model();
		partContext = opened.context();
		RiskEditorPart editor = opened.part();
		ui.waitFor("the editor to load", editor.loaded());
		ui.shell.layout(true, true);
		assertEquals(risk.getTitle(), part.getLabel());
		return editor;
	}



	private Object invoke(Object handler, Class<? extends java.lang.annotation.Annotation> method) {
		return ContextInjectionFactory.invoke(handler, method, partContext, null);
	}

	private String storedTitle() {
		try (StoreSession session = ui.store.openSession()) {
			return session.<Risk>load(RisksPackage.Literals.RISK, risk.getId()).getTitle();
		}
	}

	@Test
	void undoAndRedoThroughTheHandlers() {
		openEditor();
		assertEquals(Boolean.FALSE, invoke(new UndoHandler(), CanExecute.class));
		UiFixture.type(ui.field("Title:"), "Supplier insolvency");
		UiFixture.type(ui.field("Probability:"), "5");
		assertTrue(part.isDirty());
		invoke(new UndoHandler(), Execute.class);
		assertEquals(String.valueOf(risk.getProbability()), ui.field("Probability:").getText());
		invoke(new UndoHandler(), Execute.class);
		assertEquals(risk.getTitle(), ui.field("Title:").getText());
		assertFalse(part.isDirty(), "undoing every edit leaves nothing to save");
		assertEquals(Boolean.FALSE, invoke(new UndoHandler(), CanExecute.class));
		invoke(new RedoHandler(), Execute.class);
		assertEquals("Supplier insolvency", ui.field("Title:").getText());
		assertEquals("Supplier insolvency", part.getLabel());
		assertTrue(part.isDirty());
	}

	@Test
	void theRiskRulesShowInTheProblemsPart() {
		ProblemsPart problems = ContextInjectionFactory.make(ProblemsPart.class, ui.context);
		openEditor();
		UiFixture.type(ui.field("Probability:"), "9");
		ui.waitUntil("the risk rule in the Problems part", () -> problems.rows().stream()
				.anyMatch(row -> row.problem().getMessage().contains("probability 9 is not in 1..5")));
		UiFixture.type(ui.field("Probability:"), "3");
		ui.waitUntil("the risk rule to leave the Problems part", () -> problems.rows().stream()
				.noneMatch(row -> row.problem().getMessage().contains("is not in 1..5")));
	}

	@Test
	void saveWritesAndAnnounces() {
		RiskEditorPart editor = openEditor();
		UiFixture.type(ui.field("Title:"), "Supplier insolvency");
		editor.save();
		assertFalse(part.isDirty());
		assertEquals("Supplier insolvency", storedTitle());
		ui.waitUntil("the save to be announced", () -> changed.contains(risk.getId()));
	}

	@Test
	void aRefusedSaveKeepsTheEditorOpenAndDirty() {
		RiskEditorPart editor = openEditor();
		UiFixture.type(ui.field("Title:"), "Supplier insolvency");
		UiFixture.type(ui.field("Probability:"), "very likely");
		ObjectEditor.SaveRefused refused = assertThrows(ObjectEditor.SaveRefused.class, editor::save);
		assertTrue(refused.getMessage().contains("Probability"), refused.getMessage());
		assertTrue(part.isDirty());
		assertEquals(risk.getProbability(), storedProbability());
		assertEquals(risk.getTitle(), storedTitle(), "nothing of the edits was written");
		assertTrue(changed.isEmpty(), "nothing was announced: " + changed);
	}

	private int storedProbability() {
		try (StoreSession session = ui.store.openSession()) {
			return session.<Risk>load(RisksPackage.Literals.RISK, risk.getId()).getProbability();
		}
	}

	@Test
	void someoneElsesSaveShowsTheConflictDialog() {
		RiskEditorPart editor = openEditor();
		UiFixture.type(ui.field("Title:"), "My title");
		try (StoreSession other = ui.store.openSession()) {
			Risk theirs = other.load(RisksPackage.Literals.RISK, risk.getId());
			theirs.setTitle("Their title");
			other.save(theirs);
		}
		String[] seen = new String[1];
		ui.display.timerExec(200, new Runnable() {
			@Override
			public void run() {
				for (Shell shell : ui.display.getShells()) {
					if (ConflictDialog.TITLE.equals(shell.getText())) {
						seen[0] = shell.getText();
						UiFixture.find(shell, Button.class, b -> b.getText().equals("Reload")).get(0)
								.notifyListeners(SWT.Selection, new Event());
						return;
					}
				}
				ui.display.timerExec(200, this);
			}
		});
		assertThrows(ObjectEditor.SaveRefused.class, editor::save, "a stale save is never written");
		assertEquals(ConflictDialog.TITLE, seen[0]);
		ui.waitUntil("the stored version to be reloaded", () -> ui.field("Title:").getText().equals("Their title"));
		assertFalse(part.isDirty());
		assertEquals("Their title", storedTitle());
	}
}
