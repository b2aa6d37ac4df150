package org.atrium.resources;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;

import org.atrium.core.model.pmo.Entity;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RoleAssignment;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.model.pmo.TimeEntry;
import org.atrium.core.store.Transaction;
import org.atrium.demo.DemoContribution;
import org.atrium.demo.Office;
import org.atrium.resources.model.resources.Absence;
import org.atrium.resources.model.resources.Capacity;
import org.atrium.resources.model.resources.ResourcesFactory;
import org.atrium.resources.model.resources.Timesheet;
import org.atrium.resources.model.resources.TimesheetStatus;
import org.osgi.service.component.annotations.Component;

/**
 * The demo office's timesheets and capacities: weeks before last week approved by the project's manager, last
 * week submitted and waiting, this week open; about one person in eight part-time (24 or 32 hours), and about one
 * in ten with a week of leave in the next two months. The cost entered on each project loses the labour cost of its
 * approved weeks, which the plugin counts itself. Deterministic for a seed, ids included.
 */
@Component(service = DemoContribution.class)
public class ResourceDemo implements DemoContribution {

	/** Mixed into the seed, so that ids differ from the office's own ones drawn from the same seed. */
	private static final long SALT = 0x74696d65L;

	@Override
	public void contribute(Office office, long seed, Transaction transaction) {
		SplittableRandom random = new SplittableRandom(seed ^ SALT);
		LocalDate thisWeek = Weeks.monday(office.today());
		for (Person person : office.people()) {
			boolean partTime = random.nextInt(8) == 0;
			boolean onLeave = random.nextInt(10) == 0;
			if (!partTime && !onLeave) {
				continue;
			}
			Capacity capacity = create(random, ResourcesFactory.eINSTANCE::createCapacity);
			capacity.setPerson(person);
			capacity.setWeeklyHours(BigDecimal.valueOf(partTime ? (random.nextBoolean() ? 24 : 32) : 40));
			if (onLeave) {
				Absence absence = create(random, ResourcesFactory.eINSTANCE::createAbsence);
				absence.setStart(thisWeek.plusWeeks(1 + random.nextInt(8)));
				absence.setEnd(absence.getStart().plusDays(Weeks.WORKING_DAYS - 1));
				absence.setReason("Annual leave");
				capacity.getAbsences().add(absence);
			}
			transaction.save(capacity);
		}
		Map<WeekKey, Timesheet> weeks = new LinkedHashMap<>();
		Map<String, Person> managers = new LinkedHashMap<>();
		for (TimeEntry entry : office.timeEntries()) {
			LocalDate monday = Weeks.monday(entry.getDate());
			if (!monday.isBefore(thisWeek) || entry.getPerson() == null || entry.getProject() == null) {
				continue;
			}
			Timesheet sheet = weeks.computeIfAbsent(WeekKey.of(entry), key -> {
				Timesheet created = create(random, ResourcesFactory.eINSTANCE::createTimesheet);
				created.setPerson(entry.getPerson());
				created.setProject(entry.getProject());
				created.setWeekStart(monday);
				created.setHours(BigDecimal.ZERO);
				created.setSubmitted(instant(monday.plusDays(Weeks.WORKING_DAYS - 1)));
				Person manager = managers.computeIfAbsent(entry.getProject().getCode(), code -> manager(entry.getProject()));
				boolean approved = monday.isBefore(thisWeek.minusWeeks(1)) && manager != null
						&& manager != entry.getPerson();
				created.setStatus(approved ? TimesheetStatus.APPROVED : TimesheetStatus.SUBMITTED);
				if (approved) {
					created.setDecidedBy(manager);
					created.setDecided(instant(monday.plusWeeks(1)));
				}
				return created;
			});
			sheet.setHours(sheet.getHours().add(entry.getHours()));
		}
		weeks.values().forEach(transaction::save);
		enteredCostsWithoutLabour(weeks, office, transaction);
	}

	/**
	 * The office's actual costs already hold its labour; with approved time counted as labour cost, what is entered
	 * on a project becomes the rest, so that the demo's actual costs (and RAG) stay what they were.
	 */
	private static void enteredCostsWithoutLabour(Map<WeekKey, Timesheet> weeks, Office office, Transaction transaction) {
		Map<String, BigDecimal> labour = new LinkedHashMap<>();
		for (TimeEntry entry : office.timeEntries()) {
			Timesheet sheet = weeks.get(WeekKey.of(entry));
			if (sheet != null && sheet.getStatus() == TimesheetStatus.APPROVED && entry.getPerson().getHourlyRate() != null
					&& !entry.getDate().isAfter(office.today())) {
				labour.merge(entry.getProject().getCode(), entry.getHours().multiply(entry.getPerson().getHourlyRate()),
						BigDecimal::add);
			}
		}
		for (Project project : office.projects()) {
			BigDecimal cost = labour.get(project.getCode());
			if (cost != null && project.getBudgetActual() != null) {
				project.setBudgetActual(project.getBudgetActual().subtract(cost).max(BigDecimal.ZERO));
				transaction.save(project);
			}
		}
	}

	private static Person manager(Project project) {
		for (RoleAssignment assignment : project.getRoleAssignments()) {
			if (assignment.getKind() == RoleKind.PROJECT_MANAGER) {
				return assignment.getPerson();
			}
		}
		return null;
	}

	private static Instant instant(LocalDate day) {
		return day.atTime(17, 0).toInstant(ZoneOffset.UTC);
	}

	/** A new object with an id drawn from the seed. */
	private static <T extends Entity> T create(SplittableRandom random, Supplier<T> factoryMethod) {
		T entity = factoryMethod.get();
		entity.setId(new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
				(random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L).toString());
		return entity;
	}

}
