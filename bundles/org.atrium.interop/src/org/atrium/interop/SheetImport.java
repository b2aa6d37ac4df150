package org.atrium.interop;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.atrium.core.exchange.Column;
import org.atrium.core.exchange.ExchangeException;
import org.atrium.core.exchange.ImportResult;
import org.atrium.core.exchange.RowRule;
import org.atrium.core.exchange.TableExchange;
import org.atrium.core.exchange.TableFormat;
import org.atrium.core.exchange.SheetFiles;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoFactory;
import org.atrium.core.model.pmo.RoleAssignment;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.store.Query;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.Condition;
import org.atrium.core.store.StoreSession;
import org.atrium.interop.model.interop.SheetMapping;
import org.atrium.interop.model.interop.SheetTarget;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;

/**
 * Imports a sheet exported from Smartsheet or Excel, CSV or XLSX, through the core's {@link TableExchange}, with a
 * saved {@link SheetMapping} that says which of the sheet's columns fills which field. A project list updates the
 * projects whose code a row holds and creates the others; a milestone plan does the same for one project's milestones
 * by name. All rows or none.
 */
public final class SheetImport {

	private SheetImport() {
	}

	/** The exchange that reads sheets of the mapping, its columns named by the sheet's headers. */
	public static TableExchange<? extends EObject> exchange(SheetMapping mapping, Project project) {
		Map<String, String> choices = SheetMappings.choices(mapping);
		SheetMappings.check(mapping.getTarget(), choices);
		List<Column> columns = new ArrayList<>();
		Column key = null;
		for (SheetField field : SheetField.of(mapping.getTarget())) {
			String header = choices.get(field.id());
			if (header != null && field != SheetField.SPONSOR_FIELD) {
				Column column = field.column(header);
				columns.add(column);
				if (field.isKey()) {
					key = column;
				}
			}
		}
		if (mapping.getTarget() == SheetTarget.PROJECT_LIST) {
			return new TableExchange<Project>(PmoPackage.Literals.PROJECT, "Projects", columns).matchingBy(key, null);
		}
		if (project == null) {
			throw new IllegalArgumentException("A milestone plan is imported into a project; choose the project.");
		}
		return new TableExchange<Milestone>(PmoPackage.Literals.MILESTONE, "Milestones", columns).matchingBy(key,
				Condition.childOf(project));
	}

	/**
	 * Imports the sheet with the mapping; a milestone plan into the project.
	 *
	 * @throws ExchangeException with every row and column problem; nothing was written
	 */
	@SuppressWarnings("unchecked")
	public static ImportResult<? extends EObject> run(StoreSession session, SheetMapping mapping, Project project,
			InputStream in, TableFormat format, IProgressMonitor monitor) throws IOException, ExchangeException {
		TableExchange<? extends EObject> exchange = exchange(mapping, project);
		if (mapping.getTarget() == SheetTarget.PROJECT_LIST) {
			byte[] bytes = in.readNBytes((int) exchange.limits().maxFileBytes() + 1);
			RowRule<Project> sponsored = new Sponsors(session, SheetMappings.choices(mapping), bytes, format);
			return ((TableExchange<Project>) exchange).importFrom(new ByteArrayInputStream(bytes), format, session,
					sponsored, monitor);
		}
		session.loadContents(project);
		RowRule<Milestone> inProject = milestone -> {
			if (milestone.eContainer() == null) {
				project.getMilestones().add(milestone);
			}
			return null;
		};
		return ((TableExchange<Milestone>) exchange).importFrom(in, format, session, inProject, monitor);
	}

	/**
	 * Gives a new project of a project list the sponsor its row names, by name or login; a new project without one is
	 * refused, as the model's rules require a sponsor.
	 */
	private static final class Sponsors implements RowRule<Project> {

		private final StoreSession session;
		private final String header;
		private final Map<String, String> sponsorOfCode = new java.util.HashMap<>();

		Sponsors(StoreSession session, Map<String, String> choices, byte[] bytes, TableFormat format)
				throws IOException, ExchangeException {
			this.session = session;
			this.header = choices.get(SheetField.SPONSOR);
			String codeHeader = choices.get(PmoPackage.Literals.PROJECT__CODE.getName());
			if (header == null) {
				return;
			}
			List<List<String>> rows = SheetFiles.rows(new ByteArrayInputStream(bytes), format, Integer.MAX_VALUE,
					text -> false);
			if (rows.isEmpty()) {
				return;
			}
			int code = indexOf(rows.get(0), codeHeader);
			int sponsor = indexOf(rows.get(0), header);
			for (List<String> row : rows.subList(1, rows.size())) {
				if (code >= 0 && sponsor >= 0 && code < row.size() && sponsor < row.size()) {
					sponsorOfCode.put(row.get(code).strip(), row.get(sponsor).strip());
				}
			}
		}

		private static int indexOf(List<String> headers, String header) {
			for (int i = 0; i < headers.size(); i++) {
				if (header != null && headers.get(i).strip().equalsIgnoreCase(header.strip())) {
					return i;
				}
			}
			return -1;
		}

		@Override
		public Violation check(Project project) {
			boolean hasSponsor = project.getRoleAssignments().stream().anyMatch(role -> role.getKind() == RoleKind.SPONSOR);
			if (hasSponsor) {
				return null;
			}
			String name = sponsorOfCode.getOrDefault(project.getCode(), "");
			if (name.isEmpty()) {
				return header == null ? new Violation(null, "a new project needs a sponsor; map the sheet's sponsor column")
						: new Violation(header, "a new project needs a sponsor");
			}
			List<Person> people = session.query(Query.<Person>of(PmoPackage.Literals.PERSON).where(Condition.or(
					Condition.eq(PmoPackage.Literals.PERSON__NAME, name), Condition.eq(PmoPackage.Literals.PERSON__LOGIN, name)))
					.limit(2));
			if (people.size() != 1) {
				return new Violation(header, (people.isEmpty() ? "no person has the name or login '"
						: "more than one person has the name or login '") + name + "'");
			}
			RoleAssignment sponsor = PmoFactory.eINSTANCE.createRoleAssignment();
			sponsor.setKind(RoleKind.SPONSOR);
			sponsor.setPerson(people.get(0));
			project.getRoleAssignments().add(sponsor);
			return null;
		}
	}
}
