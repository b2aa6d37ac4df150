package org.atrium.core.store;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.atrium.core.store.internal.TeamSchema;

/**
 * A PostgreSQL database that a PMO shares: each person signs in with a database login of their own, mapped to
 * the office's person, and the server's roles decide who may change what.
 * <ul>
 * <li>{@code atrium_owner}: owns the audit log and the login mapping; its members administer the repository.</li>
 * <li>{@code atrium_staff} ({@link TeamRole#STAFF}): owns the data tables; reads and changes them, appends to the
 * audit log but never rewrites it.</li>
 * <li>{@code atrium_leadership} ({@link TeamRole#LEADERSHIP}): reads everything.</li>
 * </ul>
 * The server names the person in every audit entry a login writes, and stamps it with its own clock.
 */
public final class TeamRepository {

	/** What a login may be called: a PostgreSQL identifier that needs no quoting. */
	public static final Pattern LOGIN = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	/**
	 * What {@link #init} made.
	 *
	 * @param administrator the login that ran it, now a member of {@code atrium_owner}
	 * @param tables        the tables of the repository, all owned by its roles
	 * @param packages      the model packages with their schema versions
	 */
	public record Initialized(String administrator, int tables, List<SchemaInfo> packages) {
	}

	private TeamRepository() {
	}

	/**
	 * Makes the database a team repository, or brings one up to date: the tables of every contribution, the roles,
	 * their privileges, the login mapping and the audit trigger. Running it again changes nothing that is right.
	 *
	 * @param admin a superuser, or a login with CREATEROLE that owns the database
	 */
	public static Initialized init(StoreConfig admin, List<ModelContribution> contributions) {
		return TeamSchema.init(admin, contributions);
	}

	/**
	 * Creates a login, or updates its password, role and person: it signs in with the password and works as the
	 * office's person with the login {@code personLogin}.
	 *
	 * @param password cleared once it is used; the server keeps only its SCRAM hash
	 * @return true if the login is new, false if it existed and was updated
	 */
	public static boolean addUser(StoreConfig admin, String login, char[] password, String personLogin, TeamRole role) {
		return TeamSchema.addUser(admin, checkLogin(login), password, personLogin, role);
	}

	/**
	 * The rows of one table in a copy.
	 *
	 * @param source the rows in the embedded database
	 * @param copied the rows written
	 * @param target the rows in the team repository after the copy
	 */
	public record TableCount(String table, long source, long copied, long target) {

		public boolean matches() {
			return source == copied && copied == target;
		}
	}

	/**
	 * What {@link #copy} did.
	 *
	 * @param tables  every table copied, with its counts
	 * @param skipped tables of packages that this installation does not have, with their rows (source only)
	 * @param saved   whether the copy was committed: only if every count matches
	 */
	public record Copied(List<TableCount> tables, List<TableCount> skipped, boolean saved) {

		public long rows() {
			return tables.stream().mapToLong(TableCount::target).sum();
		}
	}

	/**
	 * Copies a database, such as one person's embedded workspace, into an empty team repository in one transaction:
	 * every table of the given packages row for row (ids, versions and stamps kept), their schema versions and the
	 * whole audit history. The counts are checked per table; if any differ, nothing is saved.
	 *
	 * @param target the repository's administrator, so that the audit history keeps its names and times
	 * @throws StoreException if the target holds any data already, or is not opened by an administrator
	 */
	public static Copied copy(StoreConfig source, StoreConfig target, List<ModelContribution> contributions) {
		return org.atrium.core.store.internal.StoreCopy.copy(source, target, contributions);
	}

	/**
	 * A login of the repository.
	 *
	 * @param role the role it holds; empty if it holds neither (its role was revoked by hand)
	 */
	public record User(String login, String personLogin, Optional<TeamRole> role) {
	}

	/** The logins mapped to the office's people, by login. */
	public static List<User> users(StoreConfig admin) {
		return TeamSchema.users(admin);
	}

	/** The login if it is a valid one, else an error that names the rule. */
	public static String checkLogin(String login) {
		if (login == null || !LOGIN.matcher(login).matches()) {
			throw new IllegalArgumentException("a login must be 1 to 63 lower-case letters, digits or '_', "
					+ "starting with a letter or '_' (" + LOGIN.pattern() + "), was '" + login + "'");
		}
		return login;
	}
}
