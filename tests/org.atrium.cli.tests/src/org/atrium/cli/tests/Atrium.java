package org.atrium.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.atrium.cli.AtriumCommandLine;
import org.atrium.cli.InstalledCommands;
import org.atrium.cli.Passwords;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.store.Condition;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The {@code atrium} command run in this framework, on the real services, with its output captured. */
final class Atrium {

	record Result(int exit, String out, String err) {
		List<String> lines() {
			return out.lines().toList();
		}
	}

	private Atrium() {
	}

	static Result run(Path workspace, String... args) {
		return run(workspace, Map.of(), args);
	}

	/** Runs with the environment variables given and no console, as in CI. */
	static Result run(Path workspace, Map<String, String> environment, String... args) {
		Passwords noConsole = new Passwords() {
			@Override
			public String environment(String name) {
				return environment.get(name);
			}

			@Override
			public char[] ask(String prompt) {
				return null;
			}
		};
		return run(workspace, noConsole, args);
	}

	/** Runs with the passwords, and whatever they answer when asked, from the given source. */
	static Result run(Path workspace, Passwords passwords, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = new AtriumCommandLine(service(InstalledCommands.class), service(ModelStoreFactory.class),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				workspace, passwords).run(List.of(args));
		return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** A session on the workspace's database as its PMO lead, who may change anything. */
	static StoreSession sessionAsPmoLead(ModelStore store) {
		try (StoreSession anyone = store.openSession("reader")) {
			String lead = anyone.<Person>query(Query.<Person>of(PmoPackage.Literals.PERSON)
					.where(Condition.eq(PmoPackage.Literals.PERSON__OFFICE_ROLES, RoleKind.PMO_LEAD))).get(0).getLogin();
			return store.openSession(lead);
		}
	}

	static <T> T service(Class<T> type) {
		BundleContext context = FrameworkUtil.getBundle(Atrium.class).getBundleContext();
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		try {
			T service = tracker.waitForService(10_000);
			if (service == null) {
				throw new AssertionError(type.getName() + " did not start");
			}
			return service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}
}
