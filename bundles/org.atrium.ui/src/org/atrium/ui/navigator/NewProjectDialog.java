package org.atrium.ui.navigator;

import java.util.List;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.ui.WorkbenchStore;
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

/** Asks for the code, name and sponsor of a new project; a project needs all three. */
final class NewProjectDialog extends TitleAreaDialog {

	private static final int MAX_CODE = 64;

	private final WorkbenchStore store;
	private final Program program;
	private List<Person> people;
	private Text codeText;
	private Text nameText;
	private Combo sponsorCombo;
	private String code;
	private String name;
	private String sponsorId;

	NewProjectDialog(Shell shell, WorkbenchStore store, Program program) {
		super(shell);
		this.store = store;
		this.program = program;
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
		try (StoreSession session = store.openSession()) {
			people = session.query(Query.<Person>of(PmoPackage.Literals.PERSON).orderBy(PmoPackage.Literals.PERSON__NAME));
		}
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
		try (StoreSession session = store.openSession()) {
			if (session.count(Query.of(PmoPackage.Literals.PROJECT)
					.where(Condition.eq(PmoPackage.Literals.PROJECT__CODE, typedCode))) > 0) {
				return "Code: " + typedCode + " is taken by another project.";
			}
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
