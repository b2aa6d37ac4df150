package org.atrium.ui.editor;

import java.util.List;
import java.util.Locale;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.RoleKind;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Picks a person with a filter over names, logins and departments: with a role, for a role assignment, or alone,
 * to say who you are.
 */
public final class PersonPicker extends TitleAreaDialog {

	private final List<Person> people;
	private final boolean withRole;
	private final String title;
	private final String message;
	private Combo roleCombo;
	private Text filter;
	private TableViewer list;
	private RoleKind role;
	private Person person;

	PersonPicker(Shell shell, List<Person> people) {
		this(shell, people, true, "Add a role assignment", "Choose the role, then the person.");
	}

	private PersonPicker(Shell shell, List<Person> people, boolean withRole, String title, String message) {
		super(shell);
		this.people = people;
		this.withRole = withRole;
		this.title = title;
		this.message = message;
	}

	/** A picker for one person, with no role. */
	public static PersonPicker person(Shell shell, List<Person> people, String title, String message) {
		return new PersonPicker(shell, people, false, title, message);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(title);
		setMessage(message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		form.setLayout(new GridLayout(2, false));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		if (withRole) {
			new Label(form, SWT.NONE).setText("Role:");
			roleCombo = new Combo(form, SWT.READ_ONLY);
			RoleKind.VALUES.forEach(kind -> roleCombo.add(kind.getLiteral()));
			roleCombo.select(0);
		}
		new Label(form, SWT.NONE).setText("Person:");
		filter = new Text(form, SWT.SEARCH | SWT.ICON_SEARCH);
		filter.setMessage("Type a name, login or department");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		list = new TableViewer(form, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(360, 260).applyTo(list.getTable());
		list.setContentProvider(ArrayContentProvider.getInstance());
		list.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				Person p = (Person) element;
				return p.getName() + "  (" + p.getLogin() + (p.getDepartment() == null ? "" : ", " + p.getDepartment()) + ")";
			}
		});
		list.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer viewer, Object parentElement, Object element) {
				String text = filter.getText().trim().toLowerCase(Locale.ROOT);
				Person p = (Person) element;
				return text.isEmpty() || (p.getName() + " " + p.getLogin() + " " + p.getDepartment()).toLowerCase(Locale.ROOT)
						.contains(text);
			}
		});
		list.setInput(people);
		filter.addModifyListener(e -> list.refresh());
		list.addDoubleClickListener(e -> okPressed());
		return area;
	}

	@Override
	protected void okPressed() {
		Object selected = list.getStructuredSelection().getFirstElement();
		if (!(selected instanceof Person chosen)) {
			setErrorMessage(withRole ? "Person: choose who holds the role." : "Person: choose one.");
			return;
		}
		role = withRole ? RoleKind.VALUES.get(roleCombo.getSelectionIndex()) : null;
		person = chosen;
		super.okPressed();
	}

	RoleKind role() {
		return role;
	}

	public Person person() {
		return person;
	}

	/** For tests: the filter field and the list of people. */
	public Text filter() {
		return filter;
	}

	public TableViewer list() {
		return list;
	}
}
