package org.atrium.interop.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.atrium.core.exchange.ExchangeException;
import org.atrium.core.exchange.ImportResult;
import org.atrium.core.exchange.SheetFiles;
import org.atrium.core.exchange.TableFormat;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.StoreException;
import org.atrium.core.store.StoreSession;
import org.atrium.interop.SheetField;
import org.atrium.interop.SheetImport;
import org.atrium.interop.SheetMappings;
import org.atrium.interop.model.interop.SheetMapping;
import org.atrium.interop.model.interop.SheetTarget;
import org.atrium.ui.BackgroundRead;
import org.atrium.ui.WorkbenchStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * File > Import > Smartsheet or Excel Sheet: choose the CSV or XLSX file, a saved mapping or a new one, and for a
 * milestone plan the project; then map the sheet's columns to fields with a preview of the first rows, save the
 * mapping under its name, and import all rows or none through the core exchange.
 */
public class ImportSheetWizard extends Wizard {

	static final String NOT_IN_SHEET = "(not in the sheet)";
	private static final String NEW_MAPPING = "New mapping";
	private static final int PREVIEW_ROWS = 10;

	private final WorkbenchStore store;
	private final SourcePage source = new SourcePage();
	private final MappingPage mappingPage = new MappingPage();
	private final Map<String, SheetMapping> saved = new LinkedHashMap<>();
	private byte[] bytes;
	private List<List<String>> rows = List.of();
	private String outcome;

	public ImportSheetWizard(WorkbenchStore store) {
		this.store = store;
		setWindowTitle("Import Smartsheet or Excel Sheet");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		addPage(source);
		addPage(mappingPage);
	}

	public String outcome() {
		return outcome;
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == mappingPage && mappingPage.isPageComplete();
	}

	@Override
	public boolean performFinish() {
		String name = mappingPage.name();
		SheetTarget target = source.target();
		Map<String, String> choices = mappingPage.choices();
		String code = source.projectCode();
		TableFormat format = source.format();
		Path file = source.file();
		String[] result = new String[1];
		try {
			getContainer().run(true, false, monitor -> {
				try (StoreSession session = store.openSession()) {
					SheetMapping mapping = SheetMappings.save(session, name, target, choices);
					Project project = code == null ? null : session.<Project>query(
							org.atrium.core.store.Query.<Project>of(org.atrium.core.model.pmo.PmoPackage.Literals.PROJECT)
									.where(org.atrium.core.store.Condition.eq(
											org.atrium.core.model.pmo.PmoPackage.Literals.PROJECT__CODE, code)))
							.stream().findFirst().orElse(null);
					ImportResult<?> imported = SheetImport.run(session, mapping, project, new ByteArrayInputStream(bytes),
							format, monitor);
					result[0] = "Imported " + file.getFileName() + " with the mapping '" + name + "': "
							+ imported.summary() + ".";
				} catch (ExchangeException e) {
					result[0] = "!" + e.getMessage();
				} catch (IllegalArgumentException | StoreException | IOException e) {
					result[0] = "!" + e.getMessage();
				}
			});
		} catch (InvocationTargetException e) {
			result[0] = "!" + Failures.describe(e.getCause());
		} catch (InterruptedException e) {
			result[0] = "!The import was interrupted; nothing was written.";
		}
		if (result[0].startsWith("!")) {
			mappingPage.setErrorMessage(firstLines(result[0].substring(1)));
			return false;
		}
		outcome = result[0];
		return true;
	}

	private static String firstLines(String message) {
		return message.lines().limit(4).collect(Collectors.joining(" "));
	}

	/** Reads the file's first rows in the background, for the mapping page. */
	private String readSheet() {
		Path file = source.file();
		TableFormat format = source.format();
		String[] problem = new String[1];
		try {
			getContainer().run(true, false, monitor -> {
				monitor.beginTask("Reading " + file.getFileName(), IProgressMonitor.UNKNOWN);
				try (InputStream in = Files.newInputStream(file)) {
					bytes = in.readAllBytes();
					rows = SheetFiles.rows(new ByteArrayInputStream(bytes), format, PREVIEW_ROWS + 1, header -> true);
				} catch (ExchangeException e) {
					problem[0] = firstLines(e.getMessage());
				} catch (IOException e) {
					problem[0] = "Could not read " + file + ": " + e.getMessage();
				}
				monitor.done();
			});
		} catch (InvocationTargetException e) {
			problem[0] = Failures.describe(e.getCause());
		} catch (InterruptedException e) {
			problem[0] = "Reading the file was interrupted.";
		}
		if (problem[0] == null && rows.isEmpty()) {
			problem[0] = "The file is empty; its first row must name the columns.";
		}
		return problem[0];
	}

	/** The file, the saved mapping to start from, what the sheet holds, and the project of a milestone plan. */
	final class SourcePage extends WizardPage {

		private Text file;
		private Combo mapping;
		private Combo target;
		private ProjectChoice project;

		SourcePage() {
			super("source", "Sheet", null);
			setDescription("Choose a CSV or XLSX file exported from Smartsheet or Excel, and how to read it.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
			new Label(page, SWT.NONE).setText("File:");
			file = new Text(page, SWT.BORDER);
			GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(file);
			file.addListener(SWT.Modify, event -> validate());
			Button browse = new Button(page, SWT.PUSH);
			browse.setText("Browse...");
			browse.addListener(SWT.Selection, event -> {
				FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
				dialog.setFilterExtensions(new String[] { "*.xlsx;*.csv" });
				String chosen = dialog.open();
				if (chosen != null) {
					file.setText(chosen);
				}
			});
			new Label(page, SWT.NONE).setText("Mapping:");
			mapping = new Combo(page, SWT.READ_ONLY);
			mapping.setItems(NEW_MAPPING);
			mapping.select(0);
			GridDataFactory.fillDefaults().span(2, 1).applyTo(mapping);
			mapping.addListener(SWT.Selection, event -> {
				SheetMapping chosen = saved.get(mapping.getText());
				if (chosen != null) {
					target.select(chosen.getTarget().getValue());
				}
				validate();
			});
			new Label(page, SWT.NONE).setText("The sheet is:");
			target = new Combo(page, SWT.READ_ONLY);
			for (SheetTarget value : SheetTarget.VALUES) {
				target.add("A " + value.getLiteral().toLowerCase(Locale.ROOT));
			}
			target.select(0);
			GridDataFactory.fillDefaults().span(2, 1).applyTo(target);
			target.addListener(SWT.Selection, event -> validate());
			new Label(page, SWT.NONE).setText("Project:");
			project = new ProjectChoice(page, store, "(for a milestone plan)");
			GridDataFactory.fillDefaults().span(2, 1).applyTo(project.combo());
			project.onChange(this::validate);
			setControl(page);
			BackgroundRead.start("Reading the saved mappings", store, mapping, SheetMappings::all, mappings -> {
				mappings.forEach(each -> {
					saved.put(each.getName(), each);
					mapping.add(each.getName());
				});
			});
			validate();
		}

		void setFile(String path) {
			file.setText(path);
		}

		void chooseMapping(String name) {
			int index = mapping.indexOf(name);
			if (index >= 0) {
				mapping.select(index);
				mapping.notifyListeners(SWT.Selection, null);
			}
		}

		Path file() {
			return Path.of(file.getText().strip());
		}

		TableFormat format() {
			return TableFormat.ofFileName(file.getText().strip()).orElse(TableFormat.XLSX);
		}

		SheetTarget target() {
			return SheetTarget.get(target.getSelectionIndex());
		}

		SheetMapping mapping() {
			return saved.get(mapping.getText());
		}

		String projectCode() {
			return target() == SheetTarget.MILESTONE_PLAN ? project.code() : null;
		}

		private void validate() {
			String text = file.getText().strip();
			String problem = text.isEmpty() ? "File: choose the sheet to import."
					: !Files.isRegularFile(Path.of(text)) ? "File: there is no file " + text + "."
							: TableFormat.ofFileName(text).isEmpty() ? "File: the name must end in .csv or .xlsx."
									: target() == SheetTarget.MILESTONE_PLAN && project.code() == null
											? "Project: choose the project the milestone plan belongs to." : null;
			setErrorMessage(problem);
			setPageComplete(problem == null);
		}

		@Override
		public boolean canFlipToNextPage() {
			return isPageComplete();
		}

		/** Called when the user presses Next: reads the sheet for the mapping page. */
		@Override
		public IWizardPage getNextPage() {
			String problem = readSheet();
			if (problem != null) {
				setErrorMessage(problem);
				return null;
			}
			mappingPage.show(target(), mapping(), rows);
			return mappingPage;
		}
	}

	/** Which of the sheet's columns fills which field, with a preview of the first rows as they will be read. */
	final class MappingPage extends WizardPage {

		private Composite fields;
		private Text name;
		private Table preview;
		private final Map<SheetField, Combo> combos = new LinkedHashMap<>();
		private List<String> headers = List.of();

		MappingPage() {
			super("mapping", "Columns", null);
			setDescription("Say which column of the sheet holds each field; the preview shows the first rows as Atrium reads them.");
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
			new Label(page, SWT.NONE).setText("Save the mapping as:");
			name = new Text(page, SWT.BORDER);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
			name.addListener(SWT.Modify, event -> validate());
			Group group = new Group(page, SWT.NONE);
			group.setText("Fields");
			GridLayoutFactory.swtDefaults().numColumns(6).applyTo(group);
			GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(group);
			fields = group;
			Label previewLabel = new Label(page, SWT.NONE);
			previewLabel.setText("Preview:");
			GridDataFactory.fillDefaults().span(2, 1).applyTo(previewLabel);
			preview = new Table(page, SWT.BORDER | SWT.FULL_SELECTION);
			preview.setHeaderVisible(true);
			preview.setLinesVisible(true);
			GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(900, 120).applyTo(preview);
			setControl(page);
		}

		void show(SheetTarget target, SheetMapping mapping, List<List<String>> sheet) {
			headers = sheet.get(0).stream().map(String::strip).toList();
			for (var control : fields.getChildren()) {
				control.dispose();
			}
			combos.clear();
			Map<String, String> choices = mapping != null && mapping.getTarget() == target ? SheetMappings.choices(mapping)
					: Map.of();
			name.setText(mapping != null ? mapping.getName() : "");
			for (SheetField field : SheetField.of(target)) {
				new Label(fields, SWT.NONE).setText(field.label() + (field.required() ? " *" : "") + ":");
				Combo combo = new Combo(fields, SWT.READ_ONLY);
				combo.add(NOT_IN_SHEET);
				headers.forEach(combo::add);
				String chosen = choices.getOrDefault(field.id(), guess(field));
				int index = chosen == null ? -1 : indexOfIgnoringCase(chosen);
				combo.select(index < 0 ? 0 : index + 1);
				combo.addListener(SWT.Selection, event -> validate());
				GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
				combos.put(field, combo);
			}
			fields.getParent().layout(true, true);
			validate();
			Point wanted = getShell().computeSize(SWT.DEFAULT, SWT.DEFAULT);
			Point size = getShell().getSize();
			org.eclipse.swt.graphics.Rectangle screen = getShell().getMonitor().getClientArea();
			getShell().setSize(Math.min(screen.width, Math.max(size.x, wanted.x)),
					Math.min(screen.height, Math.max(size.y, wanted.y)));
		}

		/** The sheet's column whose header is the field's label, or its id, if there is one. */
		private String guess(SheetField field) {
			return headers.stream().filter(header -> header.equalsIgnoreCase(field.label())
					|| header.equalsIgnoreCase(field.id())).findFirst().orElse(null);
		}

		private int indexOfIgnoringCase(String header) {
			for (int i = 0; i < headers.size(); i++) {
				if (headers.get(i).equalsIgnoreCase(header.strip())) {
					return i;
				}
			}
			return -1;
		}

		String name() {
			return name.getText().strip();
		}

		Map<String, String> choices() {
			Map<String, String> choices = new LinkedHashMap<>();
			combos.forEach((field, combo) -> {
				if (combo.getSelectionIndex() > 0) {
					choices.put(field.id(), combo.getText());
				}
			});
			return choices;
		}

		Map<SheetField, Combo> combos() {
			return combos;
		}

		Table preview() {
			return preview;
		}

		Text nameField() {
			return name;
		}

		private void validate() {
			fillPreview();
			String problem = name().isEmpty() ? "Save the mapping as: give it a name, to use it again next time."
					: name().length() > SheetMappings.MAX_NAME
							? "Save the mapping as: at most " + SheetMappings.MAX_NAME + " characters." : null;
			if (problem == null) {
				try {
					SheetMappings.check(source.target(), choices());
				} catch (IllegalArgumentException e) {
					problem = e.getMessage();
				}
			}
			setErrorMessage(problem);
			setPageComplete(problem == null);
			getContainer().updateButtons();
		}

		private void fillPreview() {
			preview.setRedraw(false);
			preview.removeAll();
			for (TableColumn column : preview.getColumns()) {
				column.dispose();
			}
			List<Integer> indexes = new ArrayList<>();
			combos.forEach((field, combo) -> {
				if (combo.getSelectionIndex() > 0) {
					TableColumn column = new TableColumn(preview, SWT.LEFT);
					column.setText(field.label() + " \u2190 " + combo.getText());
					column.setWidth(150);
					indexes.add(combo.getSelectionIndex() - 1);
				}
			});
			for (List<String> row : rows.subList(Math.min(1, rows.size()), rows.size())) {
				TableItem item = new TableItem(preview, SWT.NONE);
				for (int i = 0; i < indexes.size(); i++) {
					int index = indexes.get(i);
					item.setText(i, index < row.size() ? row.get(index) : "");
				}
			}
			preview.setRedraw(true);
		}
	}

	SourcePage sourcePage() {
		return source;
	}

	MappingPage mappingPage() {
		return mappingPage;
	}
}
