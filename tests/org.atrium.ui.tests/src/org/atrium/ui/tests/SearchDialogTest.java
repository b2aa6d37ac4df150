package org.atrium.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.search.Search;
import org.atrium.core.search.SearchHit;
import org.atrium.demo.Office;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.search.SearchDialog;
import org.atrium.ui.testing.UiFixture;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.MApplicationFactory;
import org.eclipse.e4.ui.model.application.descriptor.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search dialog on real widgets and a real store: typing finds, Enter opens the editor. */
class SearchDialogTest {

	@TempDir
	Path workspace;

	private UiFixture ui;
	private Office office;
	private final MApplication application = MApplicationFactory.INSTANCE.createApplication();
	private final List<String> opened = new ArrayList<>();
	private SearchDialog dialog;

	@BeforeEach
	void open() throws Exception {
		ui = new UiFixture(workspace, "test");
		office = ui.saveOffice(UiFixture.small(6));
		EditorOpener editors = new EditorOpener(null) {
			@Override
			public MPart openProject(String projectId, String label) {
				opened.add("project " + projectId);
				return null;
			}

			@Override
			public MPart open(String descriptor, String key, String id, String label) {
				opened.add(descriptor + " " + key + " " + id);
				return null;
			}
		};
		ui.context.set(MApplication.class, application);
		ContextInjectionFactory.inject(editors, ui.context);
		dialog = new SearchDialog(ui.shell, ui.store, ui.context.get(Search.class), editors);
		dialog.open();
	}

	@AfterEach
	void close() {
		dialog.close();
		ui.close();
	}

	/** Types as a user does and waits for the hits of that text. */
	private List<SearchHit> search(String text) {
		dialog.text().setText(text);
		ui.waitUntil("the hits for " + text, () -> dialog.searchedText().equals(text));
		return dialog.hits();
	}

	private void pressEnter() {
		dialog.text().notifyListeners(SWT.DefaultSelection, null);
	}

	@Test
	void typingACodeFindsTheProjectAndEnterOpensItsEditor() {
		Project project = office.projects().get(2);
		List<SearchHit> hits = search(project.getCode());

		assertEquals("Project", hits.get(0).kind());
		assertEquals(project.getCode() + "  " + project.getName(), hits.get(0).label());
		assertTrue(dialog.status().startsWith(hits.size() + " found."), dialog.status());
		pressEnter();
		assertEquals(List.of("project " + project.getId()), opened);
		assertNull(dialog.getShell(), "the search closes once the editor opens");
	}

	@Test
	void aMilestoneOpensItsProject() {
		Project project = office.projects().get(4);
		Milestone milestone = project.getMilestones().get(1);
		SearchHit hit = search(milestone.getName()).stream()
				.filter(h -> h.kind().equals("Milestone") && h.id().equals(project.getId())).findFirst().orElseThrow();

		dialog.openHit(hit);
		assertEquals(List.of("project " + project.getId()), opened);
	}

	@Test
	void aPersonWithoutAnEditorSaysSoAndTheSearchStaysOpen() {
		Person person = office.people().get(0);
		SearchHit hit = search(person.getLogin()).stream().filter(h -> h.id().equals(person.getId())).findFirst()
				.orElseThrow();

		dialog.openHit(hit);
		assertEquals(List.of(), opened);
		assertEquals("There is no editor for a person yet.", dialog.status());
		assertFalse(dialog.getShell().isDisposed());
	}

	@Test
	void anObjectOpensInThePartDescriptorThatSaysItEditsItsClass() {
		MPartDescriptor descriptor = MBasicFactory.INSTANCE.createPartDescriptor();
		descriptor.setElementId("test.partdescriptor.person");
		descriptor.getPersistedState().put(EditorOpener.EDITS, EcoreUtil.getURI(PmoPackage.Literals.PERSON).toString());
		application.getDescriptors().add(descriptor);
		Person person = office.people().get(1);
		SearchHit hit = search(person.getName()).stream().filter(h -> h.id().equals(person.getId())).findFirst()
				.orElseThrow();

		dialog.openHit(hit);
		assertEquals(List.of("test.partdescriptor.person " + EditorOpener.OBJECT_ID + " " + person.getId()), opened);
	}

	@Test
	void enterRightAfterTypingOpensWhatTheTextFinds() {
		Project project = office.projects().get(5);
		dialog.text().setText(project.getCode());
		pressEnter();
		ui.waitUntil("the editor to open", () -> !opened.isEmpty());
		assertEquals(List.of("project " + project.getId()), opened);
	}

	@Test
	void textThatMatchesNothingOrBreaksTheRulesSaysSo() {
		assertEquals(List.of(), search("zz-no-such-thing"));
		assertEquals("Nothing matches 'zz-no-such-thing'.", dialog.status());
		assertEquals(List.of(), search("%"));
		String tooLong = "x".repeat(101);
		assertEquals(List.of(), search(tooLong));
		assertEquals("The search text must be at most 100 characters; it has 101.", dialog.status());
		pressEnter();
		assertEquals(List.of(), opened);
	}
}
