package org.atrium.core.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.StoreLoginException;
import org.atrium.core.store.StoreUnavailableException;
import org.atrium.core.store.testing.Engine;
import org.atrium.core.store.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only a database server can refuse: a login with the wrong password, and a connection to a port where no
 * server listens. Each is its own typed error, and neither message shows a password.
 */
class ServerConnectionTest {

	private static final String WRONG_PASSWORD = "not-the-password";

	@TempDir
	Path folder;

	@Test
	void aWrongPasswordIsALoginErrorNamingTheLoginButNotThePassword() {
		try (TestDatabase database = TestDatabase.create(Engine.POSTGRESQL, folder)) {
			StoreLoginException e = assertThrows(StoreLoginException.class,
					() -> open(database.config(TestDatabase.ADMIN, WRONG_PASSWORD)));

			assertEquals("The server PostgreSQL " + database.url() + " refused the login '" + TestDatabase.ADMIN
					+ "': the password is wrong, or the server does not know that login.", e.getMessage());
			assertFalse(e.getMessage().contains(WRONG_PASSWORD), e.getMessage());
			try (ModelStore store = open(database.config())) {
				assertTrue(store.description().endsWith(database.url()), "the right password still opens it");
			}
		}
	}

	@Test
	void anUnknownLoginIsALoginError() {
		try (TestDatabase database = TestDatabase.create(Engine.POSTGRESQL, folder)) {
			StoreLoginException e = assertThrows(StoreLoginException.class,
					() -> open(database.config("atrium_nobody", WRONG_PASSWORD)));
			assertTrue(e.getMessage().contains("refused the login 'atrium_nobody'"), e.getMessage());
		}
	}

	@Test
	void aPortWithNoServerIsAnUnavailableServer() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		String url = "jdbc:postgresql://127.0.0.1:" + port + "/atrium";

		StoreUnavailableException e = assertThrows(StoreUnavailableException.class,
				() -> open(new StoreConfig(url + "?password=" + WRONG_PASSWORD, TestDatabase.ADMIN, null, true)));

		assertTrue(e.getMessage().startsWith("The server PostgreSQL " + url
				+ " cannot be reached: it is down, or the host or port is wrong"), e.getMessage());
		assertFalse(e.getMessage().contains(WRONG_PASSWORD), e.getMessage());
	}

	private static ModelStore open(StoreConfig config) {
		return ModelStoreFactory.open(config, List.of(ModelContribution.of(PmoPackage.eINSTANCE)));
	}
}
