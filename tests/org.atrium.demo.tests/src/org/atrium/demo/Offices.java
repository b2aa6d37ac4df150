package org.atrium.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.atrium.core.model.pmo.RoleAssignment;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.model.pmo.Scope;
import org.eclipse.emf.ecore.EObject;

/** Generated offices shared by the tests, and ways to look into them. */
final class Offices {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
	static final long SEED = 42;

	private static Office demo;

	private Offices() {
	}

	/** The demo office for {@link #SEED}, generated once. */
	static synchronized Office demo() {
		if (demo == null) {
			demo = generate(SEED, OfficeScale.DEMO);
		}
		return demo;
	}

	static Office generate(long seed, OfficeScale scale) {
		return new OfficeGenerator().generate(seed, scale, TODAY);
	}

	static List<RoleAssignment> roles(Scope scope, RoleKind kind) {
		return scope.getRoleAssignments().stream().filter(role -> role.getKind() == kind).toList();
	}

	/** Every object of the office: the portfolio trees with their contents, and the top-level objects. */
	static Stream<EObject> allObjects(Office office) {
		Stream<EObject> trees = office.portfolios().stream()
				.flatMap(portfolio -> Stream.concat(Stream.of(portfolio), contents(portfolio)));
		return Stream.of(trees, office.people().stream(), office.timeEntries().stream(),
				office.allocations().stream()).<EObject> flatMap(objects -> objects);
	}

	private static Stream<EObject> contents(EObject root) {
		Stream.Builder<EObject> contents = Stream.builder();
		root.eAllContents().forEachRemaining(contents);
		return contents.build();
	}
}
