package org.atrium.demo;

import static org.atrium.demo.GenerationContext.PMO;
import static org.atrium.demo.WorkCalendar.daysBetween;
import static org.atrium.demo.WorkCalendar.workday;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.atrium.demo.Staff.Member;
import org.atrium.core.model.pmo.Allocation;
import org.atrium.core.model.pmo.Workstream;

/**
 * Staffs projects and books people's time on them as allocations: first managers and leads for every project, then
 * team members with the time left. It keeps every person's load per week and picks the least loaded of a few
 * candidates, so people stay within their capacity except where a manager or lead cannot be spared, and a few
 * people deliberately overbooked.
 */
final class ResourcePlanner {

	/** Who leads a project: its manager and, with full governance, one lead per workstream in workstream order. */
	record ProjectTeam(ProjectPlan plan, Member manager, List<Member> leads) {
	}

	/** A range of percentages someone would like to be allocated with. */
	private record Wish(int minimum, int maximum) {

		double average() {
			return (minimum + maximum) / 2.0;
		}
	}

	private static final Wish MANAGER = new Wish(20, 50);
	private static final Wish LEAD = new Wish(20, 40);
	private static final Wish TEAM_MEMBER = new Wish(30, 80);
	private static final double AVERAGE_WORKSTREAMS = 2.5;
	/** The share of their time that managers and leads may spend managing and leading, across all projects. */
	private static final double LEADERSHIP_CAPACITY = 0.6;
	private static final int CANDIDATES = 3;
	private static final int MORE_CANDIDATES = 12;
	private static final int MINIMUM_PERCENTAGE = 10;
	private static final int FULL_TIME = 100;
	/** Team members are only booked up to this load, which leaves some slack. */
	private static final int TEAM_MEMBER_CEILING = 80;
	/** The load from which someone counts as busy, and may be overbooked. */
	private static final int BUSY = 40;
	/** The range of peak loads an overbooked person reaches. */
	private static final int OVERBOOKED_MINIMUM = 105;
	private static final int OVERBOOKED_MAXIMUM = 130;

	private final GenerationContext context;
	private final Dice dice;
	private final Staff staff;
	private final LocalDate firstMonday;
	private final int weeks;
	/** Booked percentage per member and week since {@link #firstMonday}; a member's row is made on first use. */
	private final int[][] weeklyLoad;
	private final List<List<Allocation>> allocationsByMember;
	private final List<Allocation> allocations = new ArrayList<>();
	/** Below 1 when more projects run than the staff can manage at the usual percentages. */
	private final double leadershipFactor;

	ResourcePlanner(GenerationContext context, Staff staff, List<ProjectPlan> plans) {
		this.context = context;
		this.dice = context.dice();
		this.staff = staff;
		LocalDate earliest = context.today();
		LocalDate latest = context.today();
		for (ProjectPlan plan : plans) {
			earliest = WorkCalendar.earliest(earliest, plan.profile().actualStart());
			latest = WorkCalendar.latest(latest, plan.profile().workEnd(context.today()));
		}
		firstMonday = earliest.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		weeks = weekOf(latest) + 1;
		weeklyLoad = new int[staff.members().size()][];
		allocationsByMember = new ArrayList<>(staff.members().size());
		staff.members().forEach(member -> allocationsByMember.add(new ArrayList<>()));
		leadershipFactor = leadershipFactor(plans);
	}

	/**
	 * How far the wishes of managers and leads must shrink so that the running projects' leadership fits into the
	 * staff's leadership capacity.
	 */
	private double leadershipFactor(List<ProjectPlan> plans) {
		long running = plans.stream().filter(plan -> !plan.profile().isClosed()).count();
		double leadsPerProject = context.scale().fullGovernance() ? AVERAGE_WORKSTREAMS : 0;
		double demand = running * (MANAGER.average() + leadsPerProject * LEAD.average()) / FULL_TIME;
		double supply = (staff.members().size() - staff.of(Staff.Kind.EXECUTIVE).size()) * LEADERSHIP_CAPACITY;
		return demand <= supply ? 1 : supply / demand;
	}

	List<Allocation> allocations() {
		return allocations;
	}

	/**
	 * Picks the project's manager and, with full governance, a lead per workstream, and allocates them for the
	 * project's duration. When the project managers are fully booked, a business or technology colleague manages
	 * the project.
	 */
	ProjectTeam lead(ProjectPlan plan, List<Workstream> workstreams) {
		LocalDate start = plan.profile().actualStart();
		LocalDate end = plan.profile().workEnd(context.today());
		Member manager = leastLoaded(staff.of(Staff.Kind.PROJECT_MANAGER), List.of(), start, end);
		if (peakLoad(manager, start, end) > FULL_TIME - MINIMUM_PERCENTAGE) {
			Member businessOrTechnologyLead = leastLoaded(staff.contributors(), List.of(), start, end);
			if (peakLoad(businessOrTechnologyLead, start, end) < peakLoad(manager, start, end)) {
				manager = businessOrTechnologyLead;
			}
		}
		allocate(plan, manager, start, end, wished(MANAGER, leadershipFactor), true);

		List<Member> leads = new ArrayList<>();
		if (context.scale().fullGovernance()) {
			List<Member> team = new ArrayList<>(List.of(manager));
			for (int index = 0; index < workstreams.size(); index++) {
				Member member = leastLoaded(staff.contributors(), team, start, end);
				allocate(plan, member, start, end, wished(LEAD, leadershipFactor), true);
				leads.add(member);
				team.add(member);
			}
		}
		return new ProjectTeam(plan, manager, leads);
	}

	/**
	 * Adds one to three team members to each project, as far as people have time left once all projects are led;
	 * team members may join late and leave early.
	 */
	void addTeamMembers(List<ProjectTeam> teams) {
		for (ProjectTeam team : teams) {
			LocalDate start = team.plan().profile().actualStart();
			LocalDate end = team.plan().profile().workEnd(context.today());
			long days = daysBetween(start, end);
			List<Member> members = new ArrayList<>(team.leads());
			members.add(team.manager());
			int wanted = dice.between(1, 3);
			for (int count = 0; count < wanted; count++) {
				Member member = leastLoaded(staff.contributors(), members, start, end);
				LocalDate joins = workday(start.plusDays(dice.below(days * 3 / 10 + 1)));
				LocalDate leaves = workday(end.minusDays(dice.below(days / 5 + 1)));
				if (allocate(team.plan(), member, joins, leaves, wished(TEAM_MEMBER, 1), false)) {
					members.add(member);
				}
			}
		}
	}

	/**
	 * Books a few busy people onto one more running project for some weeks around today, beyond their capacity: the
	 * over-allocations a resource manager has to resolve.
	 */
	void overbook(List<ProjectPlan> plans, int people) {
		LocalDate today = context.today();
		List<ProjectPlan> running = plans.stream().filter(plan -> !plan.profile().isClosed()).toList();
		if (running.isEmpty()) {
			return;
		}
		List<Member> busy = staff.members().stream().filter(member -> loadOn(member, today) >= BUSY).toList();
		for (Member member : staff.pickOthers(busy.isEmpty() ? staff.members() : busy, people, List.of())) {
			ProjectPlan plan = projectWithout(member, running);
			if (plan == null) {
				continue;
			}
			LocalDate start = WorkCalendar.latest(plan.profile().actualStart(), today.minusWeeks(dice.between(1, 4)));
			LocalDate end = WorkCalendar.earliest(plan.profile().workEnd(today), today.plusWeeks(dice.between(4, 12)));
			int overload = dice.between(OVERBOOKED_MINIMUM, OVERBOOKED_MAXIMUM) - dailyPeakLoad(member, start, end);
			book(plan, member, start, end, Math.max(MINIMUM_PERCENTAGE, (overload + 4) / 5 * 5));
		}
	}

	/** A wished percentage, scaled by the factor and rounded to a multiple of five. */
	private int wished(Wish wish, double factor) {
		return 5 * (int) Math.round(dice.between(wish.minimum(), wish.maximum()) * factor / 5);
	}

	/**
	 * The least loaded of a few random candidates who are not excluded (or, if the pool is exhausted, who are); if
	 * none of them has room for the minimum allocation, of some more.
	 */
	private Member leastLoaded(List<Member> pool, Collection<Member> excluded, LocalDate start, LocalDate end) {
		Member best = null;
		int bestLoad = Integer.MAX_VALUE;
		for (int candidate = 0; candidate < CANDIDATES
				|| bestLoad > FULL_TIME - MINIMUM_PERCENTAGE && candidate < MORE_CANDIDATES; candidate++) {
			Member member = staff.pickOther(pool, excluded);
			if (member == null) {
				member = dice.pick(pool);
			}
			int load = peakLoad(member, start, end);
			if (load < bestLoad) {
				best = member;
				bestLoad = load;
			}
		}
		return best;
	}

	/**
	 * Allocates up to the desired percentage, as much as the member has free. A mandatory allocation (manager,
	 * lead) may fill the member up to full time and gets at least the minimum even if that overloads the member;
	 * any other stops short of full time.
	 *
	 * @return whether the member was allocated
	 */
	private boolean allocate(ProjectPlan plan, Member member, LocalDate start, LocalDate end, int desired,
			boolean mandatory) {
		int free = (mandatory ? FULL_TIME : TEAM_MEMBER_CEILING) - peakLoad(member, start, end);
		int percentage = Math.min(desired, free) / 5 * 5;
		if (percentage < MINIMUM_PERCENTAGE) {
			if (!mandatory) {
				return false;
			}
			percentage = MINIMUM_PERCENTAGE;
		}
		book(plan, member, start, end, percentage);
		return true;
	}

	private void book(ProjectPlan plan, Member member, LocalDate start, LocalDate end, int percentage) {
		Allocation allocation = context.create(PMO::createAllocation);
		allocation.setPerson(member.person());
		allocation.setProject(plan.project());
		allocation.setStart(start);
		allocation.setEnd(end);
		allocation.setPercentage(percentage);
		allocations.add(allocation);
		allocationsByMember.get(member.index()).add(allocation);
		int[] load = loadOf(member);
		for (int week = weekOf(start); week <= weekOf(end); week++) {
			load[week] += percentage;
		}
	}

	/** The highest weekly load in the period; a week counts as busy if any day of it is. */
	private int peakLoad(Member member, LocalDate start, LocalDate end) {
		int[] load = loadOf(member);
		int peak = 0;
		for (int week = weekOf(start); week <= weekOf(end); week++) {
			peak = Math.max(peak, load[week]);
		}
		return peak;
	}

	/** The highest exact load on any day of the period. */
	private int dailyPeakLoad(Member member, LocalDate start, LocalDate end) {
		int peak = 0;
		for (LocalDate date = start; !date.isAfter(end); date = date.plusDays(1)) {
			peak = Math.max(peak, loadOn(member, date));
		}
		return peak;
	}

	/** The exact load on one day. */
	private int loadOn(Member member, LocalDate date) {
		int load = 0;
		for (Allocation allocation : allocationsByMember.get(member.index())) {
			if (!date.isBefore(allocation.getStart()) && !date.isAfter(allocation.getEnd())) {
				load += allocation.getPercentage();
			}
		}
		return load;
	}

	/** A random one of the projects that the member is not allocated to, or {@code null} if none was found. */
	private ProjectPlan projectWithout(Member member, List<ProjectPlan> plans) {
		for (int attempt = 0; attempt < CANDIDATES; attempt++) {
			ProjectPlan plan = dice.pick(plans);
			if (allocationsByMember.get(member.index()).stream()
					.noneMatch(allocation -> allocation.getProject() == plan.project())) {
				return plan;
			}
		}
		return null;
	}

	private int[] loadOf(Member member) {
		int[] load = weeklyLoad[member.index()];
		if (load == null) {
			load = new int[weeks];
			weeklyLoad[member.index()] = load;
		}
		return load;
	}

	private int weekOf(LocalDate date) {
		return (int) (daysBetween(firstMonday, date) / 7);
	}
}
