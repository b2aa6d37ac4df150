package org.atrium.ui.navigator;

import java.util.List;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Program;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for the code, name and sponsor of a new project; a project needs all three. The people are
 * read before the dialog opens; whether the code is free is checked where the project is saved.
 */
final class NewProjectDialog extends TitleAreaDialog {

	private static final int MAX_CODE = 64;

	private final Program program;
	private final List<Person> people;
	private Text codeText;
	private Text nameText;
	private Combo sponsorCombo;
	private String code;
	private String name;
	private String sponsorId;

	NewProjectDialog(Shell shell, Program program, List<Person> people) {
		super(shell);
		this.program = program;
		this.people = people;
	}

	/** The message when another project has the code. */
	static String codeTaken(String code) {
		return "Code: " + code + " is taken by another project.";
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("New project");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle("New project in " + program.getName());
		setMessage("Every project has a code, a name and exactly one sponsor.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		form.setLayout(new GridLayout(2, false));
		codeText = field(form, "Code:");
		nameText = field(form, "Name:");
		new Label(form, SWT.NONE).setText("Sponsor:");
		sponsorCombo = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
		sponsorCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		people.forEach(p -> sponsorCombo.add(p.getName() + (p.getDepartment() == null ? "" : " (" + p.getDepartment() + ")")));
		return area;
	}

	private static Text field(Composite form, String label) {
		new Label(form, SWT.NONE).setText(label);
		Text text = new Text(form, SWT.BORDER);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return text;
	}

	@Override
	protected void okPressed() {
		String problem = problem();
		if (problem != null) {
			setErrorMessage(problem);
			return;
		}
		code = codeText.getText().trim();
		name = nameText.getText().trim();
		sponsorId = people.get(sponsorCombo.getSelectionIndex()).getId();
		super.okPressed();
	}

	private String problem() {
		String typedCode = codeText.getText().trim();
		if (typedCode.isEmpty()) {
			return "Code: enter a project code, e.g. DIG-042.";
		}
		if (typedCode.length() > MAX_CODE) {
			return "Code: at most " + MAX_CODE + " characters.";
		}
		if (nameText.getText().isBlank()) {
			return "Name: enter a project name.";
		}
		if (sponsorCombo.getSelectionIndex() < 0) {
			return "Sponsor: choose the sponsor.";
		}
		return null;
	}

	String code() {
		return code;
	}

	String name() {
		return name;
	}

	String sponsorId() {
		return sponsorId;
	}
}
