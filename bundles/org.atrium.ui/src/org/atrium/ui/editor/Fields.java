package org.atrium.ui.editor;


import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Labelled fields bound to attributes. What is typed counts at once: the first keystroke marks the
 * field as pending (the editor shows it as unsaved), and the value is applied as a command on Enter,
 * when the field loses focus, and before a save ({@link #commitPending()}). A value that cannot be
 * parsed, and every validation problem of the attribute, show beside the field and in its tool tip.
 * When the attribute changes under the field (undo, redo, reload), the field shows the new value and
 * drops what was typed. Date fields have a calendar picker beside the typed entry.
 */
public final class Fields {

	/** The source of the diagnostics for typed values that cannot be parsed. */
	public static final String SOURCE = "org.atrium.ui.editor.fields";

	private final EditingContext<?> editing;
	private final List<Runnable> refreshers = new ArrayList<>();
	private final Map<Text, Runnable> pending = new LinkedHashMap<>();
	private final Map<Text, Diagnostic> parseErrors = new LinkedHashMap<>();
	private final List<Runnable> typingListeners = new ArrayList<>();
	private boolean refreshing;
	/** Set when the user may not change the object at all: no field takes a value. */
	private boolean allReadOnly;

	public Fields(EditingContext<?> editing) {
		this.editing = editing;
		editing.onChange(this::refresh);
	}

	/** A text field for a string, number or date attribute of the object the supplier returns. */
	public Text text(Composite parent, String label, Supplier<EObject> owner, EAttribute attribute, int style) {
		return text(parent, label, owner, attribute, style, object -> false);
	}

	/** A text field that shows, but does not take, a value while {@code readOnly} holds for its object. */
	public Text text(Composite parent, String label, Supplier<EObject> owner, EAttribute attribute, int style,
			Predicate<EObject> readOnlyObject) {
		Predicate<EObject> readOnly = object -> allReadOnly || readOnlyObject.test(object);
		new Label(parent, SWT.NONE).setText(label + ":");
		boolean date = attribute.getEAttributeType().getInstanceClass() == LocalDate.class;
		Composite holder = parent;
		if (date) {
			holder = new Composite(parent, SWT.NONE);
			GridLayoutFactory.fillDefaults().numColumns(2).spacing(2, 0).applyTo(holder);
			GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(holder);
		}
		Text text = new Text(holder, SWT.BORDER | style);
		GridData layout = new GridData(SWT.FILL, SWT.CENTER, true, false);
		layout.horizontalIndent = date ? 0 : 8;
		if ((style & SWT.MULTI) != 0) {
			layout.heightHint = 60;
			layout.widthHint = 300;
		}
		text.setLayoutData(layout);
		ControlDecoration decoration = decoration(text);
		String[] shown = new String[1];
		Runnable commit = () -> {
			pending.remove(text);
			EObject target = owner.get();
			if (target == null || text.isDisposed() || readOnly.test(target)) {
				return;
			}
			try {
				Object value = Values.parse(attribute, label, text.getText());
				parseErrors.remove(text);
				editing.set(target, attribute, value);
			} catch (Values.ParseException e) {
				parseErrors.put(text, new BasicDiagnostic(Diagnostic.ERROR, SOURCE, 0, e.getMessage(),
						new Object[] { target, attribute }));
			}
			show(text, decoration, target, attribute);
			typed();
		};
		text.addListener(SWT.Modify, e -> {
			if (!refreshing && owner.get() != null && text.getEditable() && pending.put(text, commit) == null) {
				typed();
			}
		});
		text.addListener(SWT.FocusOut, e -> commit.run());
		if ((style & SWT.MULTI) == 0) {
			text.addListener(SWT.DefaultSelection, e -> commit.run());
		}
		if (date) {
			Button pick = new Button(holder, SWT.PUSH);
			pick.setText("\u25BE");
			pick.setToolTipText("Pick the " + label.toLowerCase() + " from a calendar");
			pick.addListener(SWT.Selection, e -> pickDate(text, commit));
			refreshers.add(() -> {
				if (!pick.isDisposed()) {
					pick.setEnabled(owner.get() != null && text.getEditable());
				}
			});
		}
		refreshers.add(() -> {
			if (text.isDisposed()) {
				return;
			}
			EObject target = owner.get();
			text.setEnabled(target != null);
			text.setEditable(target != null && !readOnly.test(target));
			String value = target == null ? "" : Values.format(target.eGet(attribute));
			boolean changedUnderneath = !value.equals(shown[0]);
			shown[0] = value;
			if (changedUnderneath) {
				// undo, redo, a reload or another selection: the field shows the object, not what was typed
				pending.remove(text);
				parseErrors.remove(text);
			}
			if (!pending.containsKey(text) && !parseErrors.containsKey(text) && !text.getText().equals(value)) {
				setQuietly(text, value);
			}
			if (target == null) {
				decoration.hide();
				text.setToolTipText(null);
			} else {
				show(text, decoration, target, attribute);
			}
		});
		return text;
	}

	/** Opens a calendar under the field; a picked day is entered and applied as if typed. */
	private static void pickDate(Text text, Runnable commit) {
		Shell popup = new Shell(text.getShell(), SWT.ON_TOP | SWT.TOOL | SWT.BORDER);
		GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(popup);
		DateTime calendar = new DateTime(popup, SWT.CALENDAR);
		LocalDate current;
		try {
			current = LocalDate.parse(text.getText().trim());
		} catch (RuntimeException e) {
			current = LocalDate.now();
		}
		calendar.setDate(current.getYear(), current.getMonthValue() - 1, current.getDayOfMonth());
		Runnable take = () -> {
			text.setText(LocalDate.of(calendar.getYear(), calendar.getMonth() + 1, calendar.getDay()).toString());
			popup.dispose();
			commit.run();
		};
		calendar.addListener(SWT.DefaultSelection, e -> take.run());
		calendar.addListener(SWT.MouseDoubleClick, e -> take.run());
		calendar.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ESC) {
				popup.dispose();
			}
		});
		popup.addListener(SWT.Deactivate, e -> popup.getDisplay().asyncExec(() -> {
			if (!popup.isDisposed()) {
				popup.dispose();
			}
		}));
		popup.pack();
		Rectangle bounds = text.getBounds();
		Point below = text.getParent().toDisplay(bounds.x, bounds.y + bounds.height);
		popup.setLocation(below);
		popup.open();
		calendar.setFocus();
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
			show(combo, decoration, owner.get(), attribute);
		});
		return combo;
	}

	private static ControlDecoration decoration(Control control) {
		ControlDecoration decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
		decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
		// The decoration's own hover takes the workbench's light shell background under the system's tool tip
		// text colour, which can be white; the field's native tool tip is always readable.
		decoration.setShowHover(false);
		decoration.hide();
		return decoration;
	}

	private void show(Control control, ControlDecoration decoration, EObject owner, EAttribute attribute) {
		Diagnostic parseError = control instanceof Text text ? parseErrors.get(text) : null;
		Diagnostic problem = parseError != null ? parseError : editing.problem(owner, attribute);
		if (problem == null) {
			decoration.hide();
			control.setToolTipText(null);
		} else {
			decoration.setDescriptionText(problem.getMessage());
			decoration.show();
			control.setToolTipText(problem.getMessage());
		}
	}

	private static void setQuietly(Text text, String value) {
		text.setText(value);
	}

	private void typed() {
		typingListeners.forEach(Runnable::run);
	}

	/** Called when a field starts or stops holding a typed value that is not applied yet, or a parse error. */
	public void onTyping(Runnable listener) {
		typingListeners.add(listener);
	}

	/** Whether a field holds typed text that is not applied yet. */
	public boolean hasPending() {
		return !pending.isEmpty();
	}

	/** Applies every typed value that is not applied yet, as Enter would. */
	public void commitPending() {
		for (Runnable commit : List.copyOf(pending.values())) {
			commit.run();
		}
	}

	/** Forgets typed text, e.g. when the editor closes: nothing is applied later. */
	public void discardPending() {
		pending.clear();
	}

	/** The first typed value that could not be applied, or null; such a value blocks saving. */
	public String firstParseError() {
		return parseErrors.isEmpty() ? null : parseErrors.values().iterator().next().getMessage();
	}

	/** The typed values that could not be applied, as error diagnostics on their object and attribute. */
	public List<Diagnostic> parseErrors() {
		return List.copyOf(parseErrors.values());
	}

	/** No field takes a value from now on, whatever it shows. */
	public void readOnly() {
		allReadOnly = true;
		refresh();
	}

	public void refresh() {
		refreshing = true;
		try {
			refreshers.forEach(Runnable::run);
		} finally {
			refreshing = false;
		}
	}
}
