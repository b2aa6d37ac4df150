package org.atrium.ui.editor;


import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Labelled fields bound to attributes: a typed value is applied as a command when the field loses
 * focus or Enter is pressed; a value that cannot be parsed, and every validation problem of the
 * attribute, show beside the field.
 */
public final class Fields {

	private final EditingContext<?> editing;
	private final List<Runnable> refreshers = new ArrayList<>();
	private final java.util.Map<Text, String> parseErrors = new java.util.LinkedHashMap<>();

	public Fields(EditingContext<?> editing) {
		this.editing = editing;
		editing.onChange(this::refresh);
	}

	/** A text field for a string, number or date attribute of the object the supplier returns. */
	public Text text(Composite parent, String label, Supplier<EObject> owner, EAttribute attribute, int style) {
		new Label(parent, SWT.NONE).setText(label + ":");
		Text text = new Text(parent, SWT.BORDER | style);
		GridData layout = new GridData(SWT.FILL, SWT.CENTER, true, false);
		layout.horizontalIndent = 8;
		if ((style & SWT.MULTI) != 0) {
			layout.heightHint = 60;
			layout.widthHint = 300;
		}
		text.setLayoutData(layout);
		ControlDecoration decoration = decoration(text);
		String[] parseError = new String[1];
		Runnable commit = () -> {
			if (owner.get() == null) {
				return;
			}
			try {
				Object value = Values.parse(attribute, label, text.getText());
				parseError[0] = null;
				parseErrors.remove(text);
				editing.set(owner.get(), attribute, value);
			} catch (Values.ParseException e) {
				parseError[0] = e.getMessage();
				parseErrors.put(text, e.getMessage());
			}
			show(decoration, parseError[0], owner.get(), attribute);
		};
		text.addListener(SWT.FocusOut, e -> commit.run());
		if ((style & SWT.MULTI) == 0) {
			text.addListener(SWT.DefaultSelection, e -> commit.run());
		}
		refreshers.add(() -> {
			if (text.isDisposed()) {
				return;
			}
			text.setEnabled(owner.get() != null);
			if (owner.get() == null) {
				text.setText("");
				decoration.hide();
				return;
			}
			String shown = Values.format(owner.get().eGet(attribute));
			if (parseError[0] == null && !text.getText().equals(shown)) {
				text.setText(shown);
			}
			show(decoration, parseError[0], owner.get(), attribute);
		});
		return text;
	}

	/** A drop-down of the literals of an enum attribute. */
	public Combo choice(Composite parent, String label, Supplier<EObject> owner, EAttribute attribute) {
		new Label(parent, SWT.NONE).setText(label + ":");
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridData layout = new GridData(SWT.FILL, SWT.CENTER, true, false);
		layout.horizontalIndent = 8;
		combo.setLayoutData(layout);
		EEnum type = (EEnum) attribute.getEAttributeType();
		for (EEnumLiteral literal : type.getELiterals()) {
			combo.add(literal.getLiteral());
		}
		ControlDecoration decoration = decoration(combo);
		combo.addListener(SWT.Selection, e -> editing.set(owner.get(), attribute,
				type.getELiterals().get(combo.getSelectionIndex()).getInstance()));
		refreshers.add(() -> {
			if (combo.isDisposed()) {
				return;
			}
			Object value = owner.get().eGet(attribute);
			combo.select(value == null ? -1 : type.getELiterals().indexOf(type.getEEnumLiteral(((Enumerator) value).getName())));
			show(decoration, null, owner.get(), attribute);
		});
		return combo;
	}

	private static ControlDecoration decoration(Control control) {
		ControlDecoration decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
		decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
		decoration.hide();
		return decoration;
	}

	private void show(ControlDecoration decoration, String parseError, EObject owner, EAttribute attribute) {
		Diagnostic problem = editing.problem(owner, attribute);
		String message = parseError != null ? parseError : problem == null ? null : problem.getMessage();
		if (message == null) {
			decoration.hide();
		} else {
			decoration.setDescriptionText(message);
			decoration.show();
		}
	}

	/** The first typed value that could not be applied, or null; such a value blocks saving. */
	public String firstParseError() {
		return parseErrors.isEmpty() ? null : parseErrors.values().iterator().next();
	}

	public void refresh() {
		refreshers.forEach(Runnable::run);
	}
}
