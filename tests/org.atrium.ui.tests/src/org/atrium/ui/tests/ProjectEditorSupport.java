package org.atrium.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.atrium.core.model.pmo.Project;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.editor.ProjectEditorPart;
import org.atrium.ui.testing.UiFixture;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A small office in a real store, and the project editor opened on its first project as the workbench opens it. */
public abstract class ProjectEditorSupport {

	@TempDir
	protected Path workspace;

	protected UiFixture ui;
	protected Project project;
	protected MPart part;
	protected IEclipseContext partContext;

	@BeforeEach
	void openOffice() throws Exception {
		ui = new UiFixture(workspace, "test");
		project = ui.saveOffice(UiFixture.small(3)).projects().get(0);
	}

	@AfterEach
	void closeOffice() {
		ui.close();
	}

	/** Opens the editor on the project and waits until it shows it, with its six pages. */
	protected ProjectEditorPart openEditor() {
		UiFixture.Editor<ProjectEditorPart> opened = ui.openEditor(ProjectEditorPart.class, EditorOpener.PROJECT_ID,
				project.getId());
		part = opened.model();
		partContext = opened.context();
		ProjectEditorPart editor = opened.part();
		ui.waitFor("the editor to load", editor.loaded());
		ui.shell.layout(true, true);
		assertEquals(List.of("Overview", "Governance", "Milestones", "KPIs", "Status reports", "Time and allocations"),
				List.of(editor.pages().getItems()).stream().map(item -> item.getText()).toList());
		return editor;
	}
}
