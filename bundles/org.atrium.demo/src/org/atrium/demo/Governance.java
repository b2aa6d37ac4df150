package org.atrium.demo;

import static org.atrium.demo.GenerationContext.PMO;

import java.util.ArrayList;
import java.util.List;

import org.atrium.demo.ResourcePlanner.ProjectTeam;
import org.atrium.demo.Staff.Kind;
import org.atrium.demo.Staff.Member;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RoleAssignment;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.model.pmo.Scope;
import org.atrium.core.model.pmo.Workstream;

/**
 * The governance structure as role assignments. With full governance every role is staffed; otherwise each project
 * only has its sponsor, and portfolios and programs have no roles.
 */
final class Governance {

	private final GenerationContext context;
	private final Staff staff;
	private final boolean full;

	Governance(GenerationContext context, Staff staff) {
		this.context = context;
		this.staff = staff;
		this.full = context.scale().fullGovernance();
	}

	/** The PMO itself: its first project manager leads it, the next two are its analysts. */
	void staffTheOffice() {
		List<Member> pmo = staff.of(Kind.PROJECT_MANAGER);
		for (int index = 0; index < Math.min(3, pmo.size()); index++) {
			pmo.get(index).person().getOfficeRoles().add(index == 0 ? RoleKind.PMO_LEAD : RoleKind.PMO_ANALYST);
		}
	}

	/** A sponsor and a steering committee of two to four other executives. */
	void govern(Portfolio portfolio) {
		if (!full) {
			return;
		}
		Member sponsor = assign(portfolio, RoleKind.SPONSOR, staff.of(Kind.EXECUTIVE));
		assignOthers(portfolio, RoleKind.STEERING_COMMITTEE_MEMBER, staff.of(Kind.EXECUTIVE),
				context.dice().between(2, 4), List.of(sponsor));
	}

	/** A sponsor, and an approver who releases funds. */
	void govern(Program program) {
		if (!full) {
			return;
		}
		Member sponsor = assign(program, RoleKind.SPONSOR, staff.of(Kind.EXECUTIVE));
		assignOthers(program, RoleKind.APPROVER, staff.steering(), 1, List.of(sponsor));
	}

	/**
	 * Exactly one sponsor; with full governance also a functional and a technology owner, the team's manager and
	 * workstream leads, two or three steering committee members and one or two stakeholders.
	 */
	void govern(Project project, ProjectTeam team) {
		Member sponsor = assign(project, RoleKind.SPONSOR, staff.of(Kind.EXECUTIVE));
		if (!full) {
			return;
		}
		Member functionalOwner = assign(project, RoleKind.FUNCTIONAL_OWNER, staff.of(Kind.BUSINESS));
		assign(project, RoleKind.TECHNOLOGY_OWNER, staff.of(Kind.TECHNOLOGY));
		assign(project, RoleKind.PROJECT_MANAGER, team.manager(), null);
		List<Workstream> workstreams = project.getWorkstreams();
		for (int index = 0; index < team.leads().size(); index++) {
			assign(project, RoleKind.WORKSTREAM_LEAD, team.leads().get(index), workstreams.get(index));
		}
		List<Member> steeringCommittee = assignOthers(project, RoleKind.STEERING_COMMITTEE_MEMBER, staff.steering(),
				context.dice().between(2, 3), List.of(sponsor, functionalOwner));
		List<Member> involved = new ArrayList<>(steeringCommittee);
		involved.add(functionalOwner);
		assignOthers(project, RoleKind.STAKEHOLDER, staff.of(Kind.BUSINESS), context.dice().between(1, 2), involved);
	}

	private Member assign(Scope scope, RoleKind kind, List<Member> pool) {
		Member member = context.dice().pick(pool);
		assign(scope, kind, member, null);
		return member;
	}

	private List<Member> assignOthers(Scope scope, RoleKind kind, List<Member> pool, int count,
			List<Member> excluded) {
		List<Member> members = staff.pickOthers(pool, count, excluded);
		for (Member member : members) {
			assign(scope, kind, member, null);
		}
		return members;
	}

	private void assign(Scope scope, RoleKind kind, Member member, Workstream workstream) {
		RoleAssignment assignment = context.create(PMO::createRoleAssignment);
		assignment.setKind(kind);
		assignment.setPerson(member.person());
		assignment.setWorkstream(workstream);
		scope.getRoleAssignments().add(assignment);
	}
}

