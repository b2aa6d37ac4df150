package org.atrium.risks;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.risks.RiskValidation.Finding;
import org.atrium.risks.model.risks.ResponseStrategy;
import org.atrium.risks.model.risks.Risk;
import org.atrium.risks.model.risks.RiskStatus;
import org.atrium.risks.model.risks.RisksFactory;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/**
 * Turns the rows of a risk register into risks and saves them in one transaction, or reports every problem and
 * saves nothing. Projects are found by code and owners by login, in the session.
 */
final class RiskImport {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private final StoreSession session;
	private final Map<String, Optional<Project>> projectsByCode = new HashMap<>();
	private final Map<String, Optional<Person>> peopleByLogin = new HashMap<>();
	private final List<ImportProblem> problems = new ArrayList<>();

	RiskImport(StoreSession session) {
		this.session = session;
	}

	/** Reads the rows (the first one names the columns) and saves the risks, or throws with every problem. */
	List<Risk> save(List<SheetRow> rows) throws ImportException {
		List<Risk> risks = read(rows);
		session.inTransaction(transaction -> risks.forEach(transaction::save));
		return risks;
	}

	private List<Risk> read(List<SheetRow> rows) throws ImportException {
		if (rows.isEmpty()) {
			throw new ImportException(
					List.of(new ImportProblem(1, null, "the file is empty; the first row must name the columns")));
		}
		Map<RiskColumn, Integer> columns = columns(rows.get(0));
		failOnProblems();
		List<Risk> risks = new ArrayList<>();
		for (SheetRow row : rows.subList(1, rows.size())) {
			if (!row.isBlank()) {
				risks.add(risk(row, columns));
			}
		}
		failOnProblems();
		return risks;
	}

	/** The index of each known column; unknown columns are ignored, required ones must be there. */
	private Map<RiskColumn, Integer> columns(SheetRow header) {
		Map<RiskColumn, Integer> columns = new EnumMap<>(RiskColumn.class);
		for (int index = 0; index < header.cells().size(); index++) {
			String name = header.cell(index);
			if (index == 0 && !name.isEmpty() && name.charAt(0) == BYTE_ORDER_MARK) {
				name = name.substring(1);
			}
			Optional<RiskColumn> column = RiskColumn.byHeader(name);
			if (column.isPresent() && columns.putIfAbsent(column.get(), index) != null) {
				problem(header, column.get(), "the column appears more than once");
			}
		}
		for (RiskColumn column : RiskColumn.values()) {
			if (column.isRequired() && !columns.containsKey(column)) {
				problem(header, column, "the column is missing");
			}
		}
		return columns;
	}

	private Risk risk(SheetRow row, Map<RiskColumn, Integer> columns) {
		int problemsBefore = problems.size();
		Risk risk = RisksFactory.eINSTANCE.createRisk();
		for (RiskColumn column : RiskColumn.values()) {
			Integer index = columns.get(column);
			String text = index == null ? "" : row.cell(index).strip();
			if (!text.isEmpty()) {
				set(risk, row, column, text);
			} else if (column.isRequired()) {
				problem(row, column, "a value is required");
			}
		}
		if (problems.size() == problemsBefore) {
			for (Finding finding : RiskValidation.check(risk)) {
				if (finding.severity() == Diagnostic.ERROR) {
					problem(row, columnOf((EAttribute) finding.features().get(0)), finding.reason());
				}
			}
		}
		return risk;
	}

	private void set(Risk risk, SheetRow row, RiskColumn column, String text) {
		String quoted = "'" + text + "'";
		switch (column) {
			case PROJECT_CODE -> accept(projectByCode(text), risk::setProject, row, column,
					quoted + " is not the code of a project");
			case OWNER_LOGIN -> accept(personByLogin(text), risk::setOwner, row, column,
					quoted + " is not the login of a person");
			case PROBABILITY -> accept(level(text), risk::setProbability, row, column, notALevel(quoted));
			case IMPACT -> accept(level(text), risk::setImpact, row, column, notALevel(quoted));
			case RESIDUAL_PROBABILITY -> accept(level(text), risk::setResidualProbability, row, column, notALevel(quoted));
			case RESIDUAL_IMPACT -> accept(level(text), risk::setResidualImpact, row, column, notALevel(quoted));
			case STATUS -> accept(literal(RiskStatus.VALUES, text), risk::setStatus, row, column,
					notOneOf(quoted, RiskStatus.VALUES));
			case STRATEGY -> accept(literal(ResponseStrategy.VALUES, text), risk::setStrategy, row, column,
					notOneOf(quoted, ResponseStrategy.VALUES));
			case PROXIMITY_DATE -> accept(date(text), risk::setProximityDate, row, column,
					quoted + " is not a date in the form YYYY-MM-DD");
			case TITLE -> risk.setTitle(FormulaGuard.unprotect(text));
			case CATEGORY -> risk.setCategory(FormulaGuard.unprotect(text));
			case CAUSE -> risk.setCause(FormulaGuard.unprotect(text));
			case EFFECT -> risk.setEffect(FormulaGuard.unprotect(text));
			case DESCRIPTION -> risk.setDescription(FormulaGuard.unprotect(text));
		}
	}

	private <T> void accept(Optional<T> value, Consumer<T> setter, SheetRow row, RiskColumn column, String reason) {
		value.ifPresentOrElse(setter, () -> problem(row, column, reason));
	}

	private Optional<Project> projectByCode(String code) {
		return projectsByCode.computeIfAbsent(code, key -> findOne(PmoPackage.Literals.PROJECT__CODE, key));
	}

	private Optional<Person> personByLogin(String login) {
		return peopleByLogin.computeIfAbsent(login, key -> findOne(PmoPackage.Literals.PERSON__LOGIN, key));
	}

	private <T extends EObject> Optional<T> findOne(EAttribute key, String value) {
		return session.query(Query.<T>of(key.getEContainingClass()).where(Condition.eq(key, value)).limit(1)).stream()
				.findFirst();
	}

	private static Optional<Integer> level(String text) {
		if (!text.matches("\\d{1,2}")) {
			return Optional.empty();
		}
		int level = Integer.parseInt(text);
		return RiskMatrix.isLevel(level) ? Optional.of(level) : Optional.empty();
	}

	private static Optional<LocalDate> date(String text) {
		try {
			return Optional.of(LocalDate.parse(text));
		} catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	/** The value whose literal or name is the text, ignoring case. */
	private static <E extends Enumerator> Optional<E> literal(List<E> values, String text) {
		return values.stream().filter(value -> value.getLiteral().equalsIgnoreCase(text)
				|| value.getName().equalsIgnoreCase(text)).findFirst();
	}

	private static String notALevel(String quoted) {
		return quoted + " is not in 1.." + RiskMatrix.LEVELS;
	}

	private static String notOneOf(String quoted, List<? extends Enumerator> values) {
		return quoted + " is not one of " + values.stream().map(Enumerator::getLiteral).collect(Collectors.joining(", "));
	}

	private static RiskColumn columnOf(EAttribute attribute) {
		String header = RiskValidation.fieldName(attribute);
		return RiskColumn.byHeader(header).orElseThrow(() -> new IllegalStateException("no column for " + header));
	}

	private void problem(SheetRow row, RiskColumn column, String reason) {
		problems.add(new ImportProblem(row.number(), column.header(), reason));
	}

	private void failOnProblems() throws ImportException {
		if (!problems.isEmpty()) {
			throw new ImportException(problems);
		}
	}
}
