package org.atrium.risks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.atrium.core.Governance;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.StoreSession;
import org.atrium.risks.model.risks.Risk;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * Flags the risks a project's steering committee must hear about: open and mitigating risks whose residual band
 * (see {@link RiskScoring}) is at or above a threshold, {@link RiskBand#HIGH} unless configured otherwise. The
 * committee is the project's, or that of the nearest scope containing it ({@link Governance#steeringCommittee}).
 */
@Component(service = RiskEscalation.class)
public class RiskEscalation {

	/** The component's configuration. */
	public @interface Config {

		/** The lowest band that is escalated. */
		RiskBand threshold() default RiskBand.HIGH;
	}

	/** A risk to escalate, its residual rating and who to escalate it to. */
	public record Escalation(Risk risk, RiskRating rating, List<Person> steeringCommittee) {

		public Escalation {
			steeringCommittee = List.copyOf(steeringCommittee);
		}

		public RiskBand band() {
			return rating.band();
		}
	}

	private Governance governance;
	private RiskScoring scoring;
	private volatile RiskBand threshold = RiskBand.HIGH;

	public RiskEscalation() {
	}

	/** For use outside OSGi. */
	public RiskEscalation(Governance governance, RiskScoring scoring, RiskBand threshold) {
		this.governance = Objects.requireNonNull(governance, "governance");
		this.scoring = Objects.requireNonNull(scoring, "scoring");
		this.threshold = Objects.requireNonNull(threshold, "threshold");
	}

	@Reference
	void setGovernance(Governance governance) {
		this.governance = governance;
	}

	@Reference
	void setScoring(RiskScoring scoring) {
		this.scoring = scoring;
	}

	@Activate
	@Modified
	void configure(Config config) {
		threshold = config.threshold();
	}

	public RiskBand threshold() {
		return threshold;
	}

	/**
	 * The escalations among the risks, most serious first. Each risk's committee is read from its project, which
	 * should be loaded with its role assignments.
	 */
	public List<Escalation> escalations(Collection<? extends Risk> risks) {
		return escalate(risks, risk -> committeeOf(risk.getProject()));
	}

	/**
	 * The escalations among the project's risks in the store, most serious first. The project should be loaded
	 * with its role assignments.
	 */
	public List<Escalation> escalations(Project project, StoreSession session) {
		List<Person> committee = committeeOf(project);
		return escalate(session.query(RiskQueries.activeRisksOf(project)), risk -> committee);
	}

	private List<Escalation> escalate(Collection<? extends Risk> risks, Function<Risk, List<Person>> committee) {
		List<Escalation> escalations = new ArrayList<>();
		for (Risk risk : risks) {
			if (RiskQueries.isActive(risk)) {
				scoring.residual(risk).filter(rating -> rating.band().isAtLeast(threshold))
						.ifPresent(rating -> escalations.add(new Escalation(risk, rating, committee.apply(risk))));
			}
		}
		escalations.sort(Comparator.comparingInt((Escalation e) -> e.rating().score()).reversed()
				.thenComparing(e -> e.risk().getTitle(), Comparator.nullsLast(Comparator.naturalOrder())));
		return escalations;
	}

	private List<Person> committeeOf(Project project) {
		return project == null ? List.of() : governance.steeringCommittee(project);
	}
}
