package org.atrium.core.store.team.tests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoFactory;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.TeamRepository;
import org.atrium.core.store.TeamRole;
import org.atrium.core.store.testing.Engine;
import org.atrium.core.store.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team repository of its own per test, on the PostgreSQL test server, made by {@link TeamRepository#init} as the
 * server's administrator. Logins belong to the whole server, so each test's logins carry a suffix of their own and
 * are dropped after it.
 */
abstract class TeamTestSupport {

	static final PmoFactory F = PmoFactory.eINSTANCE;
	static final String ADMIN_WORKS_AS = "pmo_admin";

	@TempDir
	Path folder;

	TestDatabase database;
	private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
	private final List<String> logins = new ArrayList<>();
	private final List<ModelStore> opened = new ArrayList<>();

	@BeforeEach
	void createTeamRepository() {
		database = TestDatabase.create(Engine.POSTGRESQL, folder);
		TeamRepository.init(database.config(), List.of(ModelContribution.of(PmoPackage.eINSTANCE)));
	}

	@AfterEach
	void dropRepositoryAndLogins() throws SQLException {
		for (ModelStore store : opened) {
			store.close();
		}
		database.close();
		try (Connection admin = TestDatabase.connect(TestDatabase.SERVER_URL, TestDatabase.ADMIN, TestDatabase.ADMIN_PASSWORD);
				Statement statement = admin.createStatement()) {
			for (String login : logins) {
				statement.execute("DROP ROLE IF EXISTS " + login);
			}
		}
	}

	/** A login name unique to this test; it is dropped after the test. */
	String login(String name) {
		String login = name + "_" + suffix;
		logins.add(login);
		return login;
	}

	/** A login for a new person of the office, with the role. */
	String user(String name, String personLogin, TeamRole role) {
		addPerson(personLogin);
		String login = login(name);
		TeamRepository.addUser(database.config(), login, password(login).toCharArray(), personLogin, role);
		return login;
	}

	static String password(String login) {
		return "pw of " + login + " 'quoted' \\ $$";
	}

	ModelStore admin() {
		return open(database.config());
	}

	ModelStore as(String login) {
		return open(database.config(login, password(login)));
	}

	ModelStore open(StoreConfig config, ModelContribution... extra) {
		List<ModelContribution> contributions = new ArrayList<>();
		contributions.add(ModelContribution.of(PmoPackage.eINSTANCE));
		contributions.addAll(List.of(extra));
		ModelStore store = ModelStoreFactory.open(config, contributions);
		opened.add(store);
		return store;
	}

	void addPerson(String personLogin) {
		Person person = F.createPerson();
		person.setName("Person " + personLogin);
		person.setLogin(personLogin);
		try (StoreSession session = admin().openSession(ADMIN_WORKS_AS)) {
			session.save(person);
		}
	}

	static Portfolio portfolio(String name) {
		Portfolio portfolio = F.createPortfolio();
		portfolio.setName(name);
		return portfolio;
	}

	/** A plain JDBC connection to the test's database as the login, auto-commit on. */
	Connection connect(String login) throws SQLException {
		return TestDatabase.connect(database.url(), login, password(login));
	}
}
