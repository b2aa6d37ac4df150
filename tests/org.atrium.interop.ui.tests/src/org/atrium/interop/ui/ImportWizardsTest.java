package org.atrium.interop.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.demo.DemoOffice;
import org.atrium.interop.InteropDemo;
import org.atrium.interop.SheetField;
import org.atrium.ui.testing.UiFixture;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableColumn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.mpxj.mspdi.MSPDIWriter;

/** The import wizards on real widgets and a real store: the column mapping with its preview, the mapping report. */
class ImportWizardsTest {

	@TempDir
	Path workspace;

	private UiFixture ui;
	private String projectCode;
	private String someLogin;

	/** A wizard dialog the test presses the buttons of. */
	private static final class Pressable extends WizardDialog {
		Pressable(Shell shell, IWizard wizard) {
			super(shell, wizard);
			setBlockOnOpen(false);
		}

		void next() {
			nextPressed();
		}

		void finish() {
			finishPressed();
		}
	}

	@BeforeEach
	void open() throws Exception {
		ui = new UiFixture(workspace, "test");
		try (StoreSession session = ui.store.openSession()) {
			ui.context.get(DemoOffice.class).create(session, 11, UiFixture.small(4), LocalDate.of(2026, 11, 27));
			projectCode = session.<Project>query(Query.<Project>of(PmoPackage.Literals.PROJECT)
					.orderBy(PmoPackage.Literals.PROJECT__CODE)).get(0).getCode();
			someLogin = session.<org.atrium.core.model.pmo.Person>query(Query.<org.atrium.core.model.pmo.Person>of(
					PmoPackage.Literals.PERSON).orderBy(PmoPackage.Literals.PERSON__LOGIN)).get(0).getLogin();
		}
		ui.workAsPmoLead();
	}

	@AfterEach
	void close() {
		ui.close();
	}

	@Test
	void theColumnMappingPreviewsTheSheetAndTheImportUsesTheSavedMapping() throws Exception {
		Path sheet = workspace.resolve("smartsheet-projects.csv");
		Files.writeString(sheet, """
				Project ID,Project Name,Phase,Health,Sponsor,Start Date,End Date,Budget,% Complete,Notes
				CODE,Renamed from Smartsheet,Execution,Amber,,2027-03-01,2027-12-17,1100000,40,kept in Smartsheet
				NEW-900,Warehouse Robotics,Planning,Green,LOGIN,2027-05-03,2028-02-25,250000.50,0,
				""".replace("CODE", projectCode).replace("LOGIN", someLogin));
		ImportSheetWizard wizard = new ImportSheetWizard(ui.store);
		Pressable dialog = new Pressable(ui.shell, wizard);
		dialog.open();
		wizard.sourcePage().setFile(sheet.toString());
		ui.waitUntil("the saved mappings are read",
				() -> Arrays.asList(findCombo(dialog.getShell(), "New mapping").getItems()).contains(InteropDemo.SMARTSHEET_PROJECTS));
		wizard.sourcePage().chooseMapping(InteropDemo.SMARTSHEET_PROJECTS);

		dialog.next();
		ui.settle();

		ImportSheetWizard.MappingPage page = wizard.mappingPage();
		assertNull(page.getErrorMessage(), page.getErrorMessage());
		List<String> columns = Arrays.stream(page.preview().getColumns()).map(TableColumn::getText).toList();
		assertTrue(columns.contains("Project code \u2190 Project ID"), columns.toString());
		assertTrue(columns.contains("Planned start \u2190 Start Date"), columns.toString());
		assertEquals(2, page.preview().getItemCount());
		assertEquals("Warehouse Robotics", page.preview().getItem(1).getText(columns.indexOf("Name \u2190 Project Name")));
		screenshot(dialog.getShell(), "interop-mapping-preview.png");

		Combo code = page.combos().entrySet().stream().filter(e -> e.getKey().id().equals("code")).findFirst()
				.orElseThrow().getValue();
		code.select(0);
		code.notifyListeners(SWT.Selection, null);
		assertTrue(page.getErrorMessage().startsWith("Project code: choose the column"), page.getErrorMessage());
		assertTrue(!page.isPageComplete());
		code.select(Arrays.asList(code.getItems()).indexOf("Project ID"));
		code.notifyListeners(SWT.Selection, null);
		assertNull(page.getErrorMessage());

		dialog.finish();
		ui.settle();

		assertNotNull(wizard.outcome(), String.valueOf(page.getErrorMessage()));
		assertTrue(wizard.outcome().contains("1 created, 1 updated"), wizard.outcome());
		try (StoreSession session = ui.store.openSession()) {
			List<Project> projects = session.query(Query.<Project>of(PmoPackage.Literals.PROJECT));
			assertTrue(projects.stream().anyMatch(p -> p.getName().equals("Renamed from Smartsheet")));
		}
		assertEquals(SheetField.SPONSOR, SheetField.SPONSOR_FIELD.id());
	}

	@Test
	void thePlanWizardShowsTheMappingReportBeforeItImports() throws Exception {
		Path plan = workspace.resolve("plan.xml");
		ProjectFile file = new ProjectFile();
		file.addDefaultBaseCalendar();
		file.getProjectProperties().setProjectTitle("Plan from MS Project");
		file.getProjectProperties().setStartDate(LocalDateTime.of(2027, 1, 4, 8, 0));
		Task phase = file.addTask();
		phase.setName("Build");
		phase.setSummary(true);
		Task done = phase.addTask();
		done.setName("Build complete");
		done.setMilestone(true);
		done.setStart(LocalDateTime.of(2027, 5, 3, 17, 0));
		done.setFinish(LocalDateTime.of(2027, 5, 3, 17, 0));
		new MSPDIWriter().write(file, plan.toFile());

		ImportPlanWizard wizard = new ImportPlanWizard(ui.store);
		Pressable dialog = new Pressable(ui.shell, wizard);
		dialog.open();
		wizard.sourcePage().setFile(plan.toString());
		ui.waitUntil("the projects are read", () -> findCombo(dialog.getShell(), null).getItemCount() > 1);
		wizard.sourcePage().setProject(projectCode);

		dialog.next();
		ui.settle();

		ImportPlanWizard.ReportPage report = wizard.reportPage();
		assertNull(report.getErrorMessage(), report.getErrorMessage());
		List<String> rows = Arrays.stream(report.table().getItems())
				.map(item -> item.getText(0) + " " + item.getText(1) + " " + item.getText(2)).toList();
		assertTrue(rows.contains("Create Workstream Build"), rows.toString());
		assertTrue(rows.contains("Create Milestone Build complete"), rows.toString());
		screenshot(dialog.getShell(), "interop-mapping-report.png");

		dialog.finish();
		ui.settle();

		assertTrue(wizard.outcome().startsWith("Imported plan.xml into " + projectCode), wizard.outcome());
		try (StoreSession session = ui.store.openSession()) {
			Project project = session.<Project>query(Query.<Project>of(PmoPackage.Literals.PROJECT).withContents())
					.stream().filter(p -> p.getCode().equals(projectCode)).findFirst().orElseThrow();
			assertTrue(project.getWorkstreams().stream().anyMatch(w -> w.getName().equals("Build")));
		}
	}

	private static Combo findCombo(Shell shell, String item) {
		return UiFixture.find(shell, Combo.class, combo -> item == null
				? combo.getItemCount() > 0 && combo.getItem(0).startsWith("The project")
				: combo.getItemCount() > 0 && combo.getItem(0).equals(item)).get(0);
	}

	/** Keeps a picture of the dialog for the documentation, in the build's target folder. */
	private void screenshot(Shell shell, String name) throws Exception {
		ui.settle();
		shell.update();
		ui.settle();
		Path folder = Path.of("target", "screenshots");
		Files.createDirectories(folder);
		GC gc = new GC(shell.getDisplay());
		Image image = new Image(shell.getDisplay(), shell.getBounds());
		gc.copyArea(image, shell.getBounds().x, shell.getBounds().y);
		gc.dispose();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(folder.resolve(name).toString(), SWT.IMAGE_PNG);
		image.dispose();
	}
}
