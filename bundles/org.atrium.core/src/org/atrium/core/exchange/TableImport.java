package org.atrium.core.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.store.Condition;
import org.atrium.core.store.ConflictException;
import org.atrium.core.store.Query;
import org.atrium.core.store.RejectedValueException;
import org.atrium.core.store.StoreSession;
import org.atrium.core.validation.ModelValidation;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * One import: reads the rows into new and existing objects, collects every problem, and saves all in one
 * transaction or nothing.
 */
final class TableImport<T extends EObject> {

	private static final int IDS_PER_QUERY = 500;
	private static final int QUOTED_LENGTH = 40;

	/** A cell that cannot be read, and why. */
	private static final class BadCell extends Exception {
		private static final long serialVersionUID = 1L;

		BadCell(String reason) {
			super(reason, null, false, false);
		}
	}

	private final TableExchange<T> exchange;
	private final TableFormat format;
	private final StoreSession session;
	private final RowRule<? super T> rule;
	private final String noun;
	private final List<ExchangeProblem> problems = new ArrayList<>();
	private final Map<EObject, SheetRow> rowOf = new IdentityHashMap<>();
	private final Map<String, Optional<EObject>> referenced = new HashMap<>();

	TableImport(TableExchange<T> exchange, TableFormat format, StoreSession session, RowRule<? super T> rule) {
		this.exchange = exchange;
		this.format = format;
		this.session = session;
		this.rule = rule;
		this.noun = words(exchange.type().getName());
	}

	ImportResult<T> save(List<SheetRow> rows, IProgressMonitor monitor) throws ExchangeException {
		if (rows.isEmpty()) {
			throw new ExchangeException(
					List.of(new ExchangeProblem(1, null, "the file is empty; the first row must name the columns")));
		}
		Header header = header(rows.get(0));
		failOnProblems(List.of());
		List<SheetRow> body = rows.subList(1, rows.size()).stream().filter(row -> !row.isBlank()).toList();
		Map<String, T> existing = existing(body, header);
		Map<String, T> byKey = byKey(body, header);
		Set<String> seenKeys = new HashSet<>();
		List<T> created = new ArrayList<>();
		List<T> named = new ArrayList<>();
		List<T> changedAndSound = new ArrayList<>();
		Set<String> seenIds = new HashSet<>();
		SubMonitor progress = SubMonitor.convert(monitor, body.size() + 2);
		progress.subTask(String.format(Locale.ROOT, "Checking %,d rows", body.size()));
		for (SheetRow row : body) {
			progress.split(1);
			int problemsBefore = problems.size();
			String id = row.cell(header.id).strip();
			T keyed = id.isEmpty() ? keyed(row, header, byKey, seenKeys) : null;
			if (keyed != null) {
				id = id(keyed);
				seenIds.add(id);
				existing.put(id, keyed);
			}
			T object;
			if (keyed != null) {
				object = keyed;
				named.add(object);
			} else if (id.isEmpty()) {
				object = create();
				created.add(object);
			} else if (!seenIds.add(id)) {
				problem(row, TableExchange.ID_HEADER, "the id " + quoted(id) + " is in an earlier row too");
				continue;
			} else if (existing.containsKey(id)) {
				object = existing.get(id);
				named.add(object);
				checkVersion(row, header, object);
			} else {
				problem(row, TableExchange.ID_HEADER, quoted(id) + " is not the id of a " + noun
						+ " in the database; leave the id empty to create a new one");
				continue;
			}
			rowOf.put(object, row);
			for (Map.Entry<Column, Integer> entry : header.columns.entrySet()) {
				setCell(object, row, entry.getKey(), row.cell(entry.getValue()));
			}
			if (problems.size() == problemsBefore) {
				RowRule.Violation violation = rule.check(object);
				if (violation != null) {
					problem(row, violation.column(), violation.reason());
				}
			}
			if (problems.size() == problemsBefore && (id.isEmpty() || session.isDirty(object))) {
				changedAndSound.add(object);
			}
		}
		validate(changedAndSound);
		failOnProblems(named);
		List<T> updated = named.stream().filter(session::isDirty).toList();
		List<T> changed = new ArrayList<>(created);
		changed.addAll(updated);
		progress.split(1);
		progress.subTask(String.format(Locale.ROOT, "Saving %,d new and %,d changed rows", created.size(), updated.size()));
		try {
			session.inTransaction(transaction -> changed.forEach(transaction::save));
		} catch (ConflictException e) {
			existing.values().stream().filter(object -> id(object).equals(e.objectId())).findFirst().ifPresentOrElse(
					object -> problem(rowOf.get(object), null, "someone else saved this " + noun
							+ " while the file was imported; import it again"),
					() -> problems.add(ExchangeProblem.ofFile(e.getMessage())));
			failOnProblems(named);
		} catch (RejectedValueException e) {
			problems.add(ExchangeProblem.ofFile("the database refused the rows: " + e.getMessage()));
			failOnProblems(named);
		}
		progress.done();
		return new ImportResult<>(created, updated, named.size() - updated.size());
	}

	/** Where the id, the version and each known column are; unknown columns are ignored. */
	private record Header(int id, int version, Map<Column, Integer> columns) {
	}

	private Header header(SheetRow header) {
		int id = -1;
		int version = -1;
		Map<Column, Integer> columns = new LinkedHashMap<>();
		for (int index = 0; index < header.cells().size(); index++) {
			String name = header.cell(index).strip();
			if (name.equalsIgnoreCase(TableExchange.ID_HEADER)) {
				id = id < 0 ? index : duplicate(header, TableExchange.ID_HEADER, id);
			} else if (name.equalsIgnoreCase(TableExchange.VERSION_HEADER)) {
				version = version < 0 ? index : duplicate(header, TableExchange.VERSION_HEADER, version);
			}
			for (Column column : exchange.columns()) {
				if (column.hasHeader(name) && columns.putIfAbsent(column, index) != null) {
					duplicate(header, column.header(), index);
				}
			}
		}
		for (Column column : exchange.columns()) {
			if (column.isRequired() && !columns.containsKey(column)) {
				problem(header, column.header(), "the column is missing");
			}
		}
		return new Header(id, version, columns);
	}

	private int duplicate(SheetRow header, String column, int index) {
		problem(header, column, "the column appears more than once");
		return index;
	}

	/** The stored objects the rows name by id, read in a few queries. */
	private Map<String, T> existing(List<SheetRow> rows, Header header) {
		List<String> ids = rows.stream().map(row -> row.cell(header.id).strip()).filter(id -> !id.isEmpty())
				.distinct().toList();
		Map<String, T> found = new HashMap<>();
		for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
			List<String> some = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
			List<T> objects = session.query(Query.<T>of(exchange.type())
					.where(new Condition.In(PmoPackage.Literals.ENTITY__ID, some)).withContents());
			objects.forEach(object -> found.put(id(object), object));
		}
		return found;
	}

	/** The stored objects the rows without an id name by the exchange's key, read in a few queries. */
	private Map<String, T> byKey(List<SheetRow> rows, Header header) {
		Column key = exchange.key();
		Integer index = key == null ? null : header.columns.get(key);
		if (index == null) {
			return Map.of();
		}
		List<String> values = rows.stream().filter(row -> row.cell(header.id).isBlank())
				.map(row -> row.cell(index).strip()).filter(value -> !value.isEmpty()).distinct().toList();
		Map<String, T> found = new HashMap<>();
		for (int from = 0; from < values.size(); from += IDS_PER_QUERY) {
			List<String> some = values.subList(from, Math.min(values.size(), from + IDS_PER_QUERY));
			Condition inKeys = new Condition.In(key.feature(), some);
			List<T> objects = session.query(Query.<T>of(exchange.type())
					.where(exchange.keyScope() == null ? inKeys : Condition.and(exchange.keyScope(), inKeys))
					.withContents());
			objects.forEach(object -> found.putIfAbsent(String.valueOf(object.eGet(key.feature())), object));
		}
		return found;
	}

	/** The stored object a row without an id names by its key, or null; a key in two rows is a problem. */
	private T keyed(SheetRow row, Header header, Map<String, T> byKey, Set<String> seenKeys) {
		Column key = exchange.key();
		Integer index = key == null ? null : header.columns.get(key);
		if (index == null) {
			return null;
		}
		String value = row.cell(index).strip();
		if (value.isEmpty()) {
			return null;
		}
		if (!seenKeys.add(value)) {
			problem(row, key.header(), "the " + key.header() + " " + quoted(value) + " is in an earlier row too");
			return null;
		}
		return byKey.get(value);
	}

	private void checkVersion(SheetRow row, Header header, T object) {
		String text = row.cell(header.version).strip();
		if (text.isEmpty()) {
			return;
		}
		Object current = object.eGet(PmoPackage.Literals.ENTITY__VERSION);
		if (!text.equals(String.valueOf(current)) && !text.equals(current + ".0")) {
			problem(row, TableExchange.VERSION_HEADER, ("this %s was changed in the database since the file was "
					+ "exported (version %s in the file, %s now); export again and redo the edit").formatted(noun,
							quoted(text), current));
		}
	}

	@SuppressWarnings("unchecked")
	private T create() {
		return (T) EcoreUtil.create(exchange.type());
	}

	private void setCell(T object, SheetRow row, Column column, String cell) {
		String text = column.type() == Column.Type.TEXT ? cell : cell.strip();
		if (text.isBlank()) {
			if (column.isRequired()) {
				problem(row, column.header(), "a value is required");
			} else {
				object.eUnset(column.feature());
			}
			return;
		}
		String plain = format == TableFormat.CSV ? FormulaGuard.unprotect(text) : text;
		try {
			object.eSet(column.feature(), value(column, plain));
		} catch (BadCell e) {
			problem(row, column.header(), e.getMessage());
		}
	}

	private Object value(Column column, String text) throws BadCell {
		return switch (column.type()) {
			case TEXT -> text(column, text);
			case WHOLE_NUMBER -> wholeNumber(column.feature(), text);
			case DECIMAL -> decimal(column.feature(), text);
			case DATE -> date(text);
			case ENUMERATION -> literal(column, text);
			case REFERENCE -> reference(column, text(column, text));
		};
	}

	private static String text(Column column, String text) throws BadCell {
		if (text.length() > column.maxLength()) {
			throw new BadCell("the text has %d characters, more than the %d this column holds".formatted(text.length(),
					column.maxLength()));
		}
		return text;
	}

	private static Object wholeNumber(EStructuralFeature feature, String text) throws BadCell {
		BigDecimal number = number(text).stripTrailingZeros();
		if (number.scale() > 0) {
			throw new BadCell(quoted(text) + " is not a whole number");
		}
		try {
			Class<?> type = feature.getEType().getInstanceClass();
			return type == long.class || type == Long.class ? (Object) number.longValueExact()
					: (Object) number.intValueExact();
		} catch (ArithmeticException e) {
			throw new BadCell(quoted(text) + " is too large for a whole number");
		}
	}

	private static Object decimal(EStructuralFeature feature, String text) throws BadCell {
		BigDecimal number = number(text);
		Class<?> type = feature.getEType().getInstanceClass();
		return type == BigDecimal.class ? number : (Object) number.doubleValue();
	}

	/** A number in plain or scientific notation, refused when it has more than 30 digits on either side. */
	private static BigDecimal number(String text) throws BadCell {
		BigDecimal number;
		try {
			number = new BigDecimal(text);
		} catch (NumberFormatException e) {
			number = null;
		}
		if (number == null) {
			throw new BadCell(quoted(text) + " is not a number"
					+ (text.contains(",") ? "; write decimals with a point and no grouping, e.g. 1234.5" : ""));
		}
		if (number.precision() - number.scale() > 30 || number.scale() > 30) {
			throw new BadCell(quoted(text) + " is out of range; numbers may have at most 30 digits before and after "
					+ "the point");
		}
		return number;
	}

	private static LocalDate date(String text) throws BadCell {
		try {
			return LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			throw new BadCell(quoted(text) + " is not a date in the form YYYY-MM-DD");
		}
	}

	private static Object literal(Column column, String text) throws BadCell {
		for (EEnumLiteral literal : ((EEnum) column.feature().getEType()).getELiterals()) {
			if (literal.getLiteral().equalsIgnoreCase(text) || literal.getName().equalsIgnoreCase(text)) {
				return literal.getInstance();
			}
		}
		throw new BadCell(quoted(text) + " is not one of " + String.join(", ", column.literals()));
	}

	private EObject reference(Column column, String key) throws BadCell {
		EAttribute attribute = column.key();
		Optional<EObject> target = referenced.computeIfAbsent(attribute.getName() + "\n" + key,
				unused -> session.query(Query.<EObject>of((EClass) column.feature().getEType())
						.where(Condition.eq(attribute, key)).limit(1)).stream().findFirst());
		return target.orElseThrow(() -> new BadCell(quoted(key) + " is not the " + words(attribute.getName())
				+ " of a " + words(column.feature().getEType().getName())));
	}

	/**
	 * Adds the errors of the model's rules, each at the row of its object and the column of its feature. Only new
	 * and changed objects are checked: a stored object that breaks a rule does not block rows that leave it as it is.
	 */
	private void validate(List<T> objects) {
		if (objects.isEmpty()) {
			return;
		}
		addErrors(ModelValidation.validate(objects).getChildren());
	}

	private void addErrors(List<Diagnostic> diagnostics) {
		for (Diagnostic diagnostic : diagnostics) {
			if (!diagnostic.getChildren().isEmpty()) {
				addErrors(diagnostic.getChildren());
			} else if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
				SheetRow row = rowOf(diagnostic.getData());
				String column = diagnostic.getData().stream().filter(EStructuralFeature.class::isInstance)
						.map(feature -> exchange.columns().stream().filter(c -> c.feature() == feature).findFirst())
						.flatMap(Optional::stream).map(Column::header).findFirst().orElse(null);
				if (row != null) {
					problem(row, column, diagnostic.getMessage());
				} else {
					problems.add(ExchangeProblem.ofFile(diagnostic.getMessage()));
				}
			}
		}
	}

	private SheetRow rowOf(List<?> data) {
		for (Object item : data) {
			for (EObject object = item instanceof EObject e ? e : null; object != null; object = object.eContainer()) {
				if (rowOf.containsKey(object)) {
					return rowOf.get(object);
				}
			}
		}
		return null;
	}

	private void problem(SheetRow row, String column, String reason) {
		problems.add(new ExchangeProblem(row.number(), column, reason));
	}

	/** Throws with every problem in row order, after undoing the edits of the loaded objects. */
	private void failOnProblems(List<T> loaded) throws ExchangeException {
		if (problems.isEmpty()) {
			return;
		}
		loaded.forEach(session::refresh);
		List<ExchangeProblem> sorted = new ArrayList<>(problems);
		sorted.sort(Comparator.comparingInt(ExchangeProblem::row));
		throw new ExchangeException(sorted);
	}

	private static String id(EObject object) {
		return (String) object.eGet(PmoPackage.Literals.ENTITY__ID);
	}

	/** The text in single quotes, shortened when long. */
	private static String quoted(String text) {
		return "'" + (text.length() > QUOTED_LENGTH ? text.substring(0, QUOTED_LENGTH) + "…" : text) + "'";
	}

	/** E.g. "residual probability" for residualProbability, "risk" for Risk. */
	private static String words(String name) {
		return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
	}

}
