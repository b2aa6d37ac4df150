package org.atrium.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.atrium.bench.Figure.Unit;
import org.atrium.bench.Runner.Comparison;
import org.atrium.bench.Runner.Plan;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoFactory;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.StoreSession;
import org.atrium.demo.OfficeScale;
import org.atrium.meetings.Invitees;
import org.atrium.meetings.MeetingCalendar;
import org.atrium.meetings.MeetingModelContribution;
import org.atrium.meetings.MeetingQueries.Occurrence;
import org.atrium.meetings.model.meetings.AttendeeRole;
import org.atrium.meetings.model.meetings.Meeting;
import org.atrium.meetings.model.meetings.MeetingSeries;
import org.atrium.meetings.model.meetings.MeetingStatus;
import org.atrium.meetings.model.meetings.MeetingType;
import org.atrium.meetings.model.meetings.MeetingsFactory;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Figure 10: the meeting plugin's export of occurrences as one .ics calendar and its import of that file into a
 * fresh store (every event checked, people matched by e-mail, one series per event saved in one transaction),
 * against plain ical4j building the same calendar, writing it and parsing it back.
 */
final class CalendarBenchmark {

	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private final Settings settings;
	private final Databases databases;
	private final int occurrences;

	CalendarBenchmark(Settings settings, Databases databases) {
		this(settings, databases, settings.scale() == OfficeScale.LARGE ? 10_000 : 2_000);
	}

	CalendarBenchmark(Settings settings, Databases databases, int occurrences) {
		this.settings = settings;
		this.databases = databases;
		this.occurrences = occurrences;
	}

	Figure run() throws Exception {
		Bench.progress("10. export and import of " + occurrences + " occurrences as .ics");
		List<Person> people = people();
		List<Occurrence> meetings = meetings(people);
		int[] imported = new int[1];
		Comparison result = Runner.compare(new Plan(1, 3),
				Runner.timed(() -> {
					Path database = databases.fresh();
					ModelStore store = ModelStoreFactory.open(StoreConfig.derby(database, true),
							List.of(ModelContribution.of(PmoPackage.eINSTANCE), new MeetingModelContribution()));
					StoreSession session = store.openSession("bench");
					session.inTransaction(tx -> people.forEach(tx::save));
					return new Runner.Work() {
						@Override
						public void run() throws Exception {
							MeetingCalendar calendar = new MeetingCalendar();
							ByteArrayOutputStream out = new ByteArrayOutputStream();
							calendar.exportOccurrences(meetings, out);
							imported[0] = calendar.importFrom(new ByteArrayInputStream(out.toByteArray()), "bench.ics",
									null, session).created();
						}

						@Override
						public void close() {
							session.close();
							store.close();
							Databases.delete(database);
						}
					};
				}), Runner.timed(() -> () -> {
					ByteArrayOutputStream out = new ByteArrayOutputStream();
					new CalendarOutputter(false).output(plainCalendar(meetings), new OutputStreamWriter(out,
							StandardCharsets.UTF_8));
					Calendar parsed = new CalendarBuilder().build(new InputStreamReader(
							new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8));
					if (parsed.getComponents("VEVENT").size() != meetings.size()) {
						throw new IllegalStateException("ical4j parsed " + parsed.getComponents("VEVENT").size());
					}
				}));
		if (imported[0] != occurrences) {
			throw new IllegalStateException("the import created " + imported[0] + " series of " + occurrences);
		}
		return Figure.measured("10", String.format(Locale.ROOT, "export and import of %,d occurrences as .ics "
				+ "(import saves them as series in Derby)", occurrences),
				"plain ical4j building, writing and parsing the same calendar", Unit.TIME, 0, result);
	}

	private static List<Person> people() {
		List<Person> people = new ArrayList<>();
		for (String name : List.of("Ann Lee", "Bob Stone", "Cai Wong")) {
			Person person = PmoFactory.eINSTANCE.createPerson();
			person.setName(name);
			person.setLogin(name.toLowerCase(Locale.ROOT).replace(' ', '.'));
			person.setEmail(person.getLogin() + "@example.com");
			people.add(person);
		}
		return people;
	}

	/** One-off meetings on working days, each with its organizer and two attendees. */
	private List<Occurrence> meetings(List<Person> people) {
		List<Occurrence> meetings = new ArrayList<>();
		ZonedDateTime start = ZonedDateTime.of(2027, 1, 4, 9, 0, 0, 0, ZONE);
		for (int i = 0; i < occurrences; i++) {
			MeetingSeries series = MeetingsFactory.eINSTANCE.createMeetingSeries();
			series.setId("bench-" + i);
			series.setUid("bench-" + i + "@atrium");
			series.setTitle("Check-in " + i);
			series.setType(MeetingType.PROJECT_CHECK_IN);
			series.setTimeZone(ZONE.getId());
			ZonedDateTime when = start.plusDays(i / 8).withHour(9 + i % 8);
			series.setFirstStart(when.toInstant());
			series.setDurationMinutes(45);
			series.setLocation("Room " + (i % 20));
			series.setOrganizer(people.get(0));
			series.getInvitees().add(Invitees.attendee(people.get(1), AttendeeRole.REQUIRED));
			series.getInvitees().add(Invitees.attendee(people.get(2), AttendeeRole.OPTIONAL));
			Meeting meeting = MeetingsFactory.eINSTANCE.createMeeting();
			meeting.setStart(when.toInstant());
			meeting.setEnd(when.plusMinutes(45).toInstant());
			meeting.setLocation(series.getLocation());
			meeting.setStatus(MeetingStatus.PLANNED);
			meeting.getAttendees().add(Invitees.attendee(people.get(1), AttendeeRole.REQUIRED));
			meeting.getAttendees().add(Invitees.attendee(people.get(2), AttendeeRole.OPTIONAL));
			series.getMeetings().add(meeting);
			meetings.add(new Occurrence(series, meeting));
		}
		return meetings;
	}

	/** The same events, built with ical4j alone. */
	private static Calendar plainCalendar(List<Occurrence> meetings) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Bench//ical4j//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(ZONE.getId()).getVTimeZone());
		for (Occurrence occurrence : meetings) {
			MeetingSeries series = occurrence.series();
			ZonedDateTime start = occurrence.meeting().getStart().atZone(ZONE);
			VEvent event = new VEvent(start, occurrence.meeting().getEnd().atZone(ZONE), series.getTitle());
			event.add(new Uid(series.getUid()));
			event.add(new Sequence(0));
			event.add(new Categories(series.getType().getLiteral()));
			event.add(new Organizer(URI.create("mailto:" + series.getOrganizer().getEmail()))
					.<Organizer>add(new Cn(series.getOrganizer().getName())));
			event.add(new Location(occurrence.meeting().getLocation()));
			for (var attendee : occurrence.meeting().getAttendees()) {
				event.add(new Attendee(URI.create("mailto:" + attendee.getPerson().getEmail()))
						.<Attendee>add(attendee.getRole() == AttendeeRole.OPTIONAL ? Role.OPT_PARTICIPANT
								: Role.REQ_PARTICIPANT)
						.<Attendee>add(PartStat.NEEDS_ACTION).<Attendee>add(new Cn(attendee.getPerson().getName())));
			}
			calendar.add(event);
		}
		return calendar;
	}

	/** Runs the figure alone: {@code CalendarBenchmark [occurrences]}. */
	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
		try (Databases databases = new Databases()) {
			Figure figure = new CalendarBenchmark(null, databases, count).run();
			System.out.print(Bench.table(List.of(figure)));
		}
	}
}
