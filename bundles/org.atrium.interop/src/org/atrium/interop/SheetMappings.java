package org.atrium.interop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.atrium.core.store.Condition;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.interop.model.interop.ColumnChoice;
import org.atrium.interop.model.interop.InteropFactory;
import org.atrium.interop.model.interop.InteropPackage.Literals;
import org.atrium.interop.model.interop.SheetMapping;
import org.atrium.interop.model.interop.SheetTarget;

/** The saved column mappings of sheet imports, by name. */
public final class SheetMappings {

	/** The longest name of a mapping. */
	public static final int MAX_NAME = 64;

	private SheetMappings() {
	}

	public static List<SheetMapping> all(StoreSession session) {
		return session.query(Query.<SheetMapping>of(Literals.SHEET_MAPPING).orderBy(Literals.SHEET_MAPPING__NAME)
				.withContents());
	}

	public static Optional<SheetMapping> find(StoreSession session, String name) {
		return session.<SheetMapping>query(Query.<SheetMapping>of(Literals.SHEET_MAPPING)
				.where(Condition.eq(Literals.SHEET_MAPPING__NAME, name)).limit(1).withContents()).stream().findFirst();
	}

	/** The mapping's choices: field id to the sheet's header, in the fields' order. */
	public static Map<String, String> choices(SheetMapping mapping) {
		Map<String, String> choices = new LinkedHashMap<>();
		for (SheetField field : SheetField.of(mapping.getTarget())) {
			mapping.getColumns().stream().filter(choice -> field.id().equals(choice.getField())).findFirst()
					.ifPresent(choice -> choices.put(field.id(), choice.getHeader()));
		}
		return choices;
	}

	/**
	 * Saves a mapping under the name, replacing the choices of a mapping with that name.
	 *
	 * @param choices field id to the sheet's header; blank headers are left out
	 * @throws IllegalArgumentException naming the field and the rule: a blank or long name, an unknown field, a
	 *         required field without a column, a column chosen for two fields
	 */
	public static SheetMapping save(StoreSession session, String name, SheetTarget target, Map<String, String> choices) {
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
			throw new IllegalArgumentException("The mapping's name must be 1 to " + MAX_NAME + " characters.");
		}
		check(target, choices);
		SheetMapping mapping = find(session, trimmed).orElseGet(InteropFactory.eINSTANCE::createSheetMapping);
		mapping.setName(trimmed);
		mapping.setTarget(target);
		mapping.getColumns().clear();
		choices.forEach((field, header) -> {
			if (header != null && !header.isBlank()) {
				ColumnChoice choice = InteropFactory.eINSTANCE.createColumnChoice();
				choice.setField(field);
				choice.setHeader(header.strip());
				mapping.getColumns().add(choice);
			}
		});
		session.save(mapping);
		return mapping;
	}

	/** Checks choices as {@link #save} does, without saving. */
	public static void check(SheetTarget target, Map<String, String> choices) {
		Map<String, String> fieldOfHeader = new LinkedHashMap<>();
		for (Map.Entry<String, String> choice : choices.entrySet()) {
			SheetField field = SheetField.find(target, choice.getKey()).orElseThrow(() -> new IllegalArgumentException(
					"A " + target.getLiteral().toLowerCase() + " has no field '" + choice.getKey() + "'."));
			String header = choice.getValue() == null ? "" : choice.getValue().strip();
			if (header.isEmpty()) {
				continue;
			}
			String other = fieldOfHeader.put(header.toLowerCase(), field.label());
			if (other != null) {
				throw new IllegalArgumentException("The column '" + header + "' is chosen for both " + other + " and "
						+ field.label() + "; choose it for one field.");
			}
		}
		for (SheetField field : SheetField.of(target)) {
			String header = choices.get(field.id());
			if (field.required() && (header == null || header.isBlank())) {
				throw new IllegalArgumentException(field.label() + ": choose the column that holds it; it is required.");
			}
		}
	}
}
