package org.atrium.meetings;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.atrium.core.store.Condition;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.meetings.model.meetings.MeetingTemplate;
import org.atrium.meetings.model.meetings.MeetingType;
import org.atrium.meetings.model.meetings.MeetingsFactory;
import org.atrium.meetings.model.meetings.MeetingsPackage.Literals;

/**
 * The agenda a new meeting starts with, per meeting type: the office's own template where it stored one (a
 * {@link MeetingTemplate}, edited like any object), else a sensible default.
 */
public final class MeetingTemplates {

	private static final Map<MeetingType, List<String>> DEFAULTS = new EnumMap<>(MeetingType.class);

	static {
		DEFAULTS.put(MeetingType.ONE_ON_ONE, List.of("Progress since last time", "Blockers", "Support needed"));
		DEFAULTS.put(MeetingType.PROJECT_CHECK_IN,
				List.of("Progress against plan", "Milestones due", "Risks and issues", "Open actions"));
		DEFAULTS.put(MeetingType.CROSS_FUNCTIONAL_REVIEW,
				List.of("Presentations", "Dependencies between teams", "Decisions needed"));
		DEFAULTS.put(MeetingType.TECHNICAL_SYNC, List.of("Sprint progress", "Impediments", "Technical decisions"));
		DEFAULTS.put(MeetingType.STEERING_COMMITTEE, List.of("Status by project", "RAID highlights",
				"Decisions needed", "Change requests for approval"));
		DEFAULTS.put(MeetingType.KICKOFF,
				List.of("Objectives", "Scope", "Governance", "Timeline", "Risks", "Next steps"));
		DEFAULTS.put(MeetingType.UAT_REVIEW, List.of("Test progress", "Defects", "Go/no-go criteria"));
		DEFAULTS.put(MeetingType.GO_NO_GO,
				List.of("Readiness by workstream", "Open defects and risks", "Go/no-go criteria", "Decision"));
		DEFAULTS.put(MeetingType.VENDOR_CHECK_IN, List.of("Deliverables", "Service levels", "Commercials"));
		DEFAULTS.put(MeetingType.TRAINING, List.of("Objectives", "Content", "Questions"));
		DEFAULTS.put(MeetingType.CORPORATE_UPDATE, List.of("Announcements", "Portfolio highlights", "Questions"));
	}

	private MeetingTemplates() {
	}

	/** The default agenda of a type, as shipped. */
	public static List<String> defaults(MeetingType type) {
		return DEFAULTS.getOrDefault(type, List.of());
	}

	/** The agenda of a type: the stored template's items, else the default (also without a session). */
	public static List<String> agenda(MeetingType type, StoreSession session) {
		if (session == null) {
			return defaults(type);
		}
		return stored(type, session).map(template -> List.copyOf(template.getItems())).orElseGet(() -> defaults(type));
	}

	/** The office's template for the type, if it stored one. */
	public static java.util.Optional<MeetingTemplate> stored(MeetingType type, StoreSession session) {
		return session.<MeetingTemplate>query(Query.<MeetingTemplate>of(Literals.MEETING_TEMPLATE)
				.where(Condition.eq(Literals.MEETING_TEMPLATE__TYPE, type)).limit(1)).stream().findFirst();
	}

	/** A template for the type holding the default agenda, for the office to edit and save. */
	public static MeetingTemplate editable(MeetingType type, StoreSession session) {
		return stored(type, session).orElseGet(() -> {
			MeetingTemplate template = MeetingsFactory.eINSTANCE.createMeetingTemplate();
			template.setType(type);
			template.getItems().addAll(defaults(type));
			return template;
		});
	}
}
