package org.atrium.meetings;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.atrium.core.model.Labels;
import org.atrium.core.validation.ModelValidation;
import org.atrium.meetings.model.meetings.ActionItem;
import org.atrium.meetings.model.meetings.AgendaItem;
import org.atrium.meetings.model.meetings.Decision;
import org.atrium.meetings.model.meetings.Meeting;
import org.atrium.meetings.model.meetings.MeetingSeries;
import org.atrium.meetings.model.meetings.MeetingsPackage.Literals;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * The rules of meetings:
 * <ul>
 * <li>{@link #MISSING}: a series has a title, a type, a time zone and a first start; a decision has its text; an
 * agenda item and an action have a title (error).</li>
 * <li>{@link #BAD_TIME_ZONE}: the series' time zone is a known IANA zone (error).</li>
 * <li>{@link #BAD_RECURRENCE}: the series' recurrence is an RFC 5545 RRULE (error).</li>
 * <li>{@link #NOT_POSITIVE}: the series' duration is more than 0 minutes and an agenda item's minutes allotted are
 * not negative (error).</li>
 * <li>{@link #END_BEFORE_START}: a meeting ends after it starts (error).</li>
 * <li>{@link #ACTION_WITHOUT_OWNER}: an open action has an owner and a due date (warning).</li>
 * </ul>
 * Each diagnostic has {@link #SOURCE} as source, the offending object first in its data, then the feature, and a
 * message naming the object, the field and the rule. Registered for the meeting package when it initializes, so
 * {@link ModelValidation} checks them with the core's rules.
 */
public final class MeetingValidation implements EValidator {

	public static final String SOURCE = "org.atrium.meetings";
	public static final int MISSING = 1;
	public static final int BAD_TIME_ZONE = 2;
	public static final int BAD_RECURRENCE = 3;
	public static final int NOT_POSITIVE = 4;
	public static final int END_BEFORE_START = 5;
	public static final int ACTION_WITHOUT_OWNER = 6;

	record Finding(int severity, int code, EObject object, EStructuralFeature feature, String reason) {
	}

	@Override
	public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(eObject.eClass(), eObject, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = EObjectValidator.INSTANCE.validate(eClass, eObject, diagnostics, context);
		for (Finding finding : check(eObject)) {
			valid &= finding.severity() < Diagnostic.ERROR;
			if (diagnostics != null) {
				diagnostics.add(new BasicDiagnostic(finding.severity(), SOURCE, finding.code(),
						MeetingLabels.of(finding.object()) + ": " + finding.reason(),
						new Object[] { finding.object(), finding.feature() }));
			}
		}
		return valid;
	}

	@Override
	public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		return true;
	}

	/** The rules the object breaks, in the order of the rules. */
	public static List<Finding> check(EObject object) {
		List<Finding> findings = new ArrayList<>();
		switch (object) {
		case MeetingSeries series -> checkSeries(series, findings);
		case Meeting meeting -> {
			if (meeting.getStart() != null && meeting.getEnd() != null && !meeting.getEnd().isAfter(meeting.getStart())) {
				findings.add(new Finding(Diagnostic.ERROR, END_BEFORE_START, meeting, Literals.MEETING__END,
						"end must be after the start"));
			}
		}
		case AgendaItem item -> {
			required(item, Literals.AGENDA_ITEM__TITLE, item.getTitle(), findings);
			if (item.getMinutesAllotted() < 0) {
				findings.add(new Finding(Diagnostic.ERROR, NOT_POSITIVE, item, Literals.AGENDA_ITEM__MINUTES_ALLOTTED,
						"minutes allotted " + item.getMinutesAllotted() + " must not be negative"));
			}
		}
		case Decision decision -> required(decision, Literals.DECISION__TEXT, decision.getText(), findings);
		case ActionItem action -> {
			required(action, Literals.ACTION_ITEM__TITLE, action.getTitle(), findings);
			if (Occurrences.isOpen(action) && (action.getOwner() == null || action.getDueDate() == null)) {
				findings.add(new Finding(Diagnostic.WARNING, ACTION_WITHOUT_OWNER, action,
						action.getOwner() == null ? Literals.ACTION_ITEM__OWNER : Literals.ACTION_ITEM__DUE_DATE,
						"an open action needs an owner and a due date"));
			}
		}
		default -> {
		}
		}
		return findings;
	}

	private static void checkSeries(MeetingSeries series, List<Finding> findings) {
		required(series, Literals.MEETING_SERIES__TITLE, series.getTitle(), findings);
		required(series, Literals.MEETING_SERIES__TYPE, series.getType(), findings);
		required(series, Literals.MEETING_SERIES__FIRST_START, series.getFirstStart(), findings);
		if (required(series, Literals.MEETING_SERIES__TIME_ZONE, series.getTimeZone(), findings)) {
			try {
				ZoneId.of(series.getTimeZone());
			} catch (DateTimeException e) {
				findings.add(new Finding(Diagnostic.ERROR, BAD_TIME_ZONE, series, Literals.MEETING_SERIES__TIME_ZONE,
						"time zone '" + series.getTimeZone() + "' is not a known zone such as Europe/Berlin"));
			}
		}
		if (series.getRecurrence() != null && !series.getRecurrence().isBlank()) {
			try {
				Occurrences.rule(series.getRecurrence());
			} catch (IllegalArgumentException e) {
				findings.add(new Finding(Diagnostic.ERROR, BAD_RECURRENCE, series, Literals.MEETING_SERIES__RECURRENCE,
						e.getMessage()));
			}
		}
		if (series.getDurationMinutes() <= 0) {
			findings.add(new Finding(Diagnostic.ERROR, NOT_POSITIVE, series, Literals.MEETING_SERIES__DURATION_MINUTES,
					"duration " + series.getDurationMinutes() + " minutes must be more than 0"));
		}
	}

	private static boolean required(EObject object, EStructuralFeature feature, Object value,
			List<Finding> findings) {
		if (value == null || value instanceof String text && text.isBlank()) {
			findings.add(new Finding(Diagnostic.ERROR, MISSING, object, feature, Labels.inSentence(feature) + " is required"));
			return false;
		}
		return true;
	}
}
