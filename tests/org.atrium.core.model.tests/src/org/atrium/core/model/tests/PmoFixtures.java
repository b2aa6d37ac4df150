package org.atrium.core.model.tests;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.atrium.core.model.pmo.Allocation;
import org.atrium.core.model.pmo.Kpi;
import org.atrium.core.model.pmo.KpiDirection;
import org.atrium.core.model.pmo.Measurement;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoFactory;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RoleAssignment;
import org.atrium.core.model.pmo.RoleKind;

/** Small builders for model objects used across the tests. */
final class PmoFixtures {

	static final PmoFactory F = PmoFactory.eINSTANCE;

	private PmoFixtures() {
	}

	static LocalDate date(String iso) {
		return LocalDate.parse(iso);
	}

	static Project project(String name, String code) {
		Project project = F.createProject();
		project.setName(name);
		project.setCode(code);
		return project;
	}

	static Person person(String name) {
		Person person = F.createPerson();
		person.setName(name);
		return person;
	}

	static RoleAssignment assign(Project project, RoleKind kind, Person person) {
		RoleAssignment assignment = F.createRoleAssignment();
		assignment.setKind(kind);
		assignment.setPerson(person);
		project.getRoleAssignments().add(assignment);
		return assignment;
	}

	static Kpi kpi(Project project, String name, KpiDirection direction, double amber, double red) {
		Kpi kpi = F.createKpi();
		kpi.setName(name);
		kpi.setDirection(direction);
		kpi.setAmberThreshold(amber);
		kpi.setRedThreshold(red);
		project.getKpis().add(kpi);
		return kpi;
	}

	static Measurement measure(Kpi kpi, String date, double value) {
		Measurement measurement = F.createMeasurement();
		measurement.setDate(date(date));
		measurement.setValue(value);
		kpi.getMeasurements().add(measurement);
		return measurement;
	}

	static Milestone milestone(Project project, String name, String baseline, String planned, String actual) {
		Milestone milestone = F.createMilestone();
		milestone.setName(name);
		milestone.setBaselineDate(baseline == null ? null : date(baseline));
		milestone.setPlannedDate(planned == null ? null : date(planned));
		milestone.setActualDate(actual == null ? null : date(actual));
		project.getMilestones().add(milestone);
		return milestone;
	}

	static Allocation allocation(Person person, Project project, String start, String end, int percentage) {
		Allocation allocation = F.createAllocation();
		allocation.setPerson(person);
		allocation.setProject(project);
		allocation.setStart(start == null ? null : date(start));
		allocation.setEnd(end == null ? null : date(end));
		allocation.setPercentage(percentage);
		return allocation;
	}

	static BigDecimal money(String amount) {
		return new BigDecimal(amount);
	}
}
