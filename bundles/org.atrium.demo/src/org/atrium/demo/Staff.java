package org.atrium.demo;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.atrium.core.model.pmo.Person;

/** The people of the office, grouped by the kind of roles they fill. */
final class Staff {

	/** The kinds of staff, their share of the headcount, their departments and their hourly rates in EUR. */
	enum Kind {
		EXECUTIVE(0.10, Vocabulary.EXECUTIVE_DEPARTMENTS, 140, 220),
		PROJECT_MANAGER(0.15, Vocabulary.PMO_DEPARTMENTS, 85, 130),
		BUSINESS(0.35, Vocabulary.BUSINESS_DEPARTMENTS, 60, 110),
		TECHNOLOGY(0.40, Vocabulary.TECHNOLOGY_DEPARTMENTS, 70, 140);

		final double share;
		final List<String> departments;
		final int minimumRate;
		final int maximumRate;

		Kind(double share, List<String> departments, int minimumRate, int maximumRate) {
			this.share = share;
			this.departments = departments;
			this.minimumRate = minimumRate;
			this.maximumRate = maximumRate;
		}
	}

	/** A person with their position in {@link #members()}. */
	record Member(int index, Person person, Kind kind) {
	}

	private static final Pattern MARKS = Pattern.compile("\\p{M}");
	private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]");

	private final Dice dice;
	private final List<Member> members;
	private final Map<Kind, List<Member>> byKind = new EnumMap<>(Kind.class);
	private final List<Member> steering;
	private final List<Member> contributors;

	private Staff(Dice dice, List<Member> members) {
		this.dice = dice;
		this.members = List.copyOf(members);
		for (Kind kind : Kind.values()) {
			byKind.put(kind, members.stream().filter(member -> member.kind() == kind).toList());
		}
		steering = concat(Kind.EXECUTIVE, Kind.BUSINESS);
		contributors = concat(Kind.BUSINESS, Kind.TECHNOLOGY);
	}

	/** Hires the scale's number of people, at least one of every kind. */
	static Staff hire(GenerationContext context) {
		Dice dice = context.dice();
		Kind[] kinds = Kind.values();
		double[] shares = Stream.of(kinds).mapToDouble(kind -> kind.share).toArray();
		UniqueNames logins = UniqueNames.numbered();
		UniqueNames mailboxes = UniqueNames.numbered();
		List<Member> members = new ArrayList<>(context.scale().people());
		for (int index = 0; index < context.scale().people(); index++) {
			Kind kind = index < kinds.length ? kinds[index] : kinds[dice.weightedIndex(shares)];
			members.add(new Member(index, newPerson(context, kind, logins, mailboxes), kind));
		}
		return new Staff(dice, members);
	}

	private static Person newPerson(GenerationContext context, Kind kind, UniqueNames logins,
			UniqueNames mailboxes) {
		Dice dice = context.dice();
		String firstName = dice.pick(Vocabulary.FIRST_NAMES);
		String lastName = dice.pick(Vocabulary.LAST_NAMES);
		Person person = context.create(GenerationContext.PMO::createPerson);
		person.setName(firstName + " " + lastName);
		person.setLogin(logins.claim(ascii(firstName).charAt(0) + ascii(lastName)));
		person.setEmail(mailboxes.claim(ascii(firstName) + "." + ascii(lastName)) + "@" + Vocabulary.MAIL_DOMAIN);
		person.setDepartment(dice.pick(kind.departments));
		int rate = 5 * dice.between(kind.minimumRate / 5, kind.maximumRate / 5);
		person.setHourlyRate(BigDecimal.valueOf(rate * 100L, 2));
		return person;
	}

	/** Lower-case letters a to z only, for logins and mail addresses. */
	private static String ascii(String name) {
		String withoutAccents = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
		return NOT_LETTERS.matcher(withoutAccents.toLowerCase(Locale.ROOT)).replaceAll("");
	}

	private List<Member> concat(Kind first, Kind second) {
		return Stream.concat(byKind.get(first).stream(), byKind.get(second).stream()).toList();
	}

	List<Member> members() {
		return members;
	}

	List<Person> people() {
		return members.stream().map(Member::person).toList();
	}

	List<Member> of(Kind kind) {
		return byKind.get(kind);
	}

	/** Executives and business people: sponsors' peers on steering committees. */
	List<Member> steering() {
		return steering;
	}

	/** Business and technology people: workstream leads and team members. */
	List<Member> contributors() {
		return contributors;
	}

	/** A random member of the pool who is not excluded, or {@code null} if there is none. */
	Member pickOther(List<Member> pool, Collection<Member> excluded) {
		for (int attempt = 0; attempt < 8; attempt++) {
			Member member = dice.pick(pool);
			if (!excluded.contains(member)) {
				return member;
			}
		}
		int start = dice.between(0, pool.size() - 1);
		for (int offset = 0; offset < pool.size(); offset++) {
			Member member = pool.get((start + offset) % pool.size());
			if (!excluded.contains(member)) {
				return member;
			}
		}
		return null;
	}

	/** Up to {@code count} distinct random members of the pool who are not excluded. */
	List<Member> pickOthers(List<Member> pool, int count, Collection<Member> excluded) {
		List<Member> unavailable = new ArrayList<>(excluded);
		List<Member> picked = new ArrayList<>(count);
		while (picked.size() < count) {
			Member member = pickOther(pool, unavailable);
			if (member == null) {
				break;
			}
			picked.add(member);
			unavailable.add(member);
		}
		return picked;
	}
}
