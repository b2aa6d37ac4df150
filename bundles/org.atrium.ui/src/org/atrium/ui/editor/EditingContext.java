package org.atrium.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.atrium.core.validation.ModelValidation;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

/**
 * An edited object and every change to it, as EMF commands on one command stack (undo, redo,
 * dirty state). After each change the object is validated; fields show the problems inline.
 * {@link ObjectEditor} puts it into the part's context, where the Undo and Redo handlers find it.
 *
 * @param <T> the type of the edited object
 */
public final class EditingContext<T extends EObject> {

	private final T root;
	private final Function<T, Diagnostic> validator;
	private final BasicCommandStack commands = new BasicCommandStack();
	private final EditingDomain domain;
	private final List<Runnable> listeners = new ArrayList<>();
	private Diagnostic diagnostics = Diagnostic.OK_INSTANCE;

	/** Edits an object validated by the rules of every installed package. */
	public EditingContext(T root) {
		this(root, object -> ModelValidation.validate(List.of(object)));
	}

	public EditingContext(T root, Function<T, Diagnostic> validator) {
		this.root = root;
		this.validator = validator;
		ComposedAdapterFactory adapters = new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		this.domain = new AdapterFactoryEditingDomain(adapters, commands);
		commands.addCommandStackListener(event -> changed());
		validate();
	}

	public T root() {
		return root;
	}

	public BasicCommandStack commands() {
		return commands;
	}

	/** Sets a feature through the command stack; nothing happens if the value is the same. */
	public void set(EObject owner, EStructuralFeature feature, Object value) {
		if (!Objects.equals(owner.eGet(feature), value)) {
			execute(SetCommand.create(domain, owner, feature, value == null ? SetCommand.UNSET_VALUE : value));
		}
	}

	public void add(EObject owner, EReference feature, EObject value) {
		execute(AddCommand.create(domain, owner, feature, value));
	}

	public void remove(EObject owner, EReference feature, EObject value) {
		execute(RemoveCommand.create(domain, owner, feature, value));
	}

	private void execute(Command command) {
		if (!command.canExecute()) {
			throw new IllegalStateException("cannot execute " + command.getLabel());
		}
		commands.execute(command);
	}

	/** Called after every change, undo and redo. */
	public void onChange(Runnable listener) {
		listeners.add(listener);
	}

	/** Tells the listeners that the object was replaced wholesale, as after a reload. */
	public void reloaded() {
		commands.flush();
		changed();
	}

	private void changed() {
		validate();
		for (Runnable listener : List.copyOf(listeners)) {
			listener.run();
		}
	}

	private void validate() {
		diagnostics = validator.apply(root);
	}

	public Diagnostic diagnostics() {
		return diagnostics;
	}

	public boolean hasErrors() {
		return diagnostics.getSeverity() >= Diagnostic.ERROR;
	}

	/** The first error or warning about one feature of one object, or null. */
	public Diagnostic problem(EObject object, EStructuralFeature feature) {
		for (Diagnostic child : diagnostics.getChildren()) {
			List<?> data = child.getData();
			if (!data.isEmpty() && data.get(0) == object && data.contains(feature)) {
				return child;
			}
		}
		return null;
	}

}
