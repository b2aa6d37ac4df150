package org.atrium.ui.editor;


import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;

/** Tables whose cells edit attributes through the editing context. */
public final class Tables {

	/** Set on a table whose cells the user may not change (see {@link ObjectEditor}). */
	static final String READ_ONLY = "org.atrium.ui.readOnly";

	private Tables() {
	}

	public static TableViewer table(Composite parent) {
		TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
		return viewer;
	}

	/** A read-only column. */
	public static <T> TableViewerColumn column(TableViewer viewer, String title, int width, Function<T, String> text) {
		return column(viewer, title, width, text, row -> null);
	}

	public static <T> TableViewerColumn column(TableViewer viewer, String title, int width, Function<T, String> text,
			Function<T, Image> image) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			@SuppressWarnings("unchecked")
			public String getText(Object element) {
				return text.apply((T) element);
			}

			@Override
			@SuppressWarnings("unchecked")
			public Image getImage(Object element) {
				return image.apply((T) element);
			}
		});
		return column;
	}

	/** A column that shows and edits one attribute of the row object. */
	public static TableViewerColumn attribute(TableViewer viewer, EditingContext<?> editing, String title, int width,
			EAttribute attribute) {
		return attribute(viewer, editing, title, width, attribute, row -> true, row -> true);
	}

	/**
	 * A column of one attribute that is blank and not editable in rows where it does not apply (a go/no-go
	 * decision of a milestone that is no gate), and shown but not editable in rows that are read-only.
	 */
	public static TableViewerColumn attribute(TableViewer viewer, EditingContext<?> editing, String title, int width,
			EAttribute attribute, Predicate<EObject> applies, Predicate<EObject> editable) {
		TableViewerColumn column = column(viewer, title, width,
				(EObject row) -> applies.test(row) ? display(row, attribute) : "");
		column.setEditingSupport(new AttributeEditing(viewer, editing, title, attribute,
				row -> applies.test(row) && editable.test(row)));
		return column;
	}

	public static String display(EObject row, EAttribute attribute) {
		Object value = row.eGet(attribute);
		if (value instanceof Enumerator literal) {
			return ((EEnum) attribute.getEAttributeType()).getEEnumLiteral(literal.getName()).getLiteral();
		}
		if (value instanceof Boolean flag) {
			return flag ? "yes" : "no";
		}
		return Values.format(value);
	}

	/**
	 * A bar for the buttons of the table created just before it in the same parent. Its buttons are also the table's
	 * context menu, enabled as the buttons are.
	 */
	public static Composite buttonBar(Composite parent) {
		Control[] before = parent.getChildren();
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayout(new GridLayout(6, false));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		if (before.length > 0 && before[before.length - 1] instanceof Table table && table.getMenu() == null) {
			Menu menu = new Menu(table);
			menu.addListener(SWT.Show, e -> {
				for (MenuItem item : menu.getItems()) {
					item.setEnabled(((Button) item.getData()).isEnabled());
				}
			});
			table.setMenu(menu);
			bar.setData(MENU, menu);
		}
		return bar;
	}

	private static final String MENU = "org.atrium.ui.tables.menu";

	public static Button button(Composite bar, String label, String icon, Runnable action) {
		Button button = new Button(bar, SWT.PUSH);
		button.setText(label);
		if (icon != null) {
			button.setImage(org.atrium.ui.Images.get(icon));
		}
		button.addListener(SWT.Selection, e -> action.run());
		if (bar.getData(MENU) instanceof Menu menu) {
			MenuItem item = new MenuItem(menu, SWT.PUSH);
			item.setText(label);
			item.setImage(button.getImage());
			item.setData(button);
			item.addListener(SWT.Selection, e -> action.run());
		}
		return button;
	}

	/** Edits an attribute in place: text for strings, numbers and dates, a drop-down for enums, a check box for flags. */
	private static final class AttributeEditing extends EditingSupport {
		private final TableViewer viewer;
		private final EditingContext<?> editing;
		private final String title;
		private final EAttribute attribute;
		private final Predicate<EObject> editable;

		AttributeEditing(TableViewer viewer, EditingContext<?> editing, String title, EAttribute attribute,
				Predicate<EObject> editable) {
			super(viewer);
			this.editable = editable;
			this.viewer = viewer;
			this.editing = editing;
			this.title = title;
			this.attribute = attribute;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			if (attribute.getEAttributeType() instanceof EEnum type) {
				return new ComboBoxCellEditor(viewer.getTable(),
						type.getELiterals().stream().map(EEnumLiteral::getLiteral).toArray(String[]::new), SWT.READ_ONLY);
			}
			if (attribute.getEAttributeType().getInstanceClass() == boolean.class) {
				return new CheckboxCellEditor(viewer.getTable());
			}
			return new TextCellEditor(viewer.getTable());
		}

		@Override
		protected boolean canEdit(Object element) {
			return !Boolean.TRUE.equals(getViewer().getControl().getData(READ_ONLY)) && editable.test((EObject) element);
		}

		@Override
		protected Object getValue(Object element) {
			Object value = ((EObject) element).eGet(attribute);
			if (attribute.getEAttributeType() instanceof EEnum type) {
				return value == null ? 0 : type.getELiterals().indexOf(type.getEEnumLiteral(((Enumerator) value).getName()));
			}
			if (value instanceof Boolean) {
				return value;
			}
			return Values.format(value);
		}

		@Override
		protected void setValue(Object element, Object value) {
			EObject row = (EObject) element;
			if (attribute.getEAttributeType() instanceof EEnum type) {
				int index = (Integer) value;
				if (index >= 0) {
					editing.set(row, attribute, type.getELiterals().get(index).getInstance());
				}
			} else if (value instanceof Boolean) {
				editing.set(row, attribute, value);
			} else if (((String) value).isBlank() && Values.format(row.eGet(attribute)).isEmpty()) {
				return; // left empty as it was, e.g. a new measurement whose value is still to come
			} else {
				try {
					editing.set(row, attribute, Values.parse(attribute, title, (String) value));
				} catch (Values.ParseException e) {
					MessageDialog.openError(viewer.getTable().getShell(), "Not applied", e.getMessage());
				}
			}
		}
	}
}
