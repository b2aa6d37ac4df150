package org.atrium.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.atrium.core.model.pmo.Allocation;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.Scope;
import org.atrium.core.model.pmo.TimeEntry;

/**
 * A generated project management office: the portfolio tree (programs, projects and everything they contain) and
 * the top-level objects that refer into it, with the day its dates are relative to.
 */
public record Office(LocalDate today, List<Portfolio> portfolios, List<Person> people, List<TimeEntry> timeEntries,
		List<Allocation> allocations) {

	public Office {
		Objects.requireNonNull(today, "today");
		portfolios = List.copyOf(portfolios);
		people = List.copyOf(people);
		timeEntries = List.copyOf(timeEntries);
		allocations = List.copyOf(allocations);
	}

	/** All programs of all portfolios, in portfolio order. */
	public List<Program> programs() {
		return portfolios.stream().flatMap(portfolio -> portfolio.getPrograms().stream()).toList();
	}

	/** All projects of all programs, in program order. */
	public List<Project> projects() {
		return programs().stream().flatMap(program -> program.getProjects().stream()).toList();
	}

	public int programCount() {
		return programs().size();
	}

	public int projectCount() {
		return projects().size();
	}

	/** Role assignments on every portfolio, program and project. */
	public int roleAssignmentCount() {
		return scopes().mapToInt(scope -> scope.getRoleAssignments().size()).sum();
	}

	private Stream<Scope> scopes() {
		return Stream.of(portfolios, programs(), projects()).<Scope> flatMap(List::stream);
	}
}
