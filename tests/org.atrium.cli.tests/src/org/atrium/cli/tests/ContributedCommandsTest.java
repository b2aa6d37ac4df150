package org.atrium.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.atrium.cli.tests.Atrium.Result;
import org.atrium.core.command.CommandContext;
import org.atrium.core.command.CommandContribution;
import org.atrium.core.command.UsageException;
import org.atrium.testing.faulty.FailingCommand;
import org.atrium.testing.faulty.FaultyPlugin;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * Verbs that plugins add: listed by help, run like the core's own, picked up and dropped as they come and go; a
 * failing one ends in one line naming the failure and the log, and never takes the command line down.
 */
class ContributedCommandsTest {

	@TempDir
	Path workspace;

	private ServiceRegistration<CommandContribution> registration;
	private final List<ServiceRegistration<CommandContribution>> impostors = new ArrayList<>();

	/** {@code greet [--loud] <name>}, contributed the way a plugin does, under the verb it is given. */
	static class GreetCommand implements CommandContribution {
		private final String verb;

		GreetCommand(String verb) {
			this.verb = verb;
		}

		@Override
		public String name() {
			return verb;
		}

		@Override
		public List<Usage> usage() {
			return List.of(new Usage("[--loud] <name>", "says hello\nto someone"));
		}

		@Override
		public int run(CommandContext context) {
			boolean loud = context.arguments().flag("--loud");
			String name = context.arguments().required("'greet' needs a name");
			context.arguments().finish();
			if (name.equals("nobody")) {
				throw new UsageException("there is nobody to greet");
			}
			String greeting = "Hello " + name + ", from " + context.user();
			context.out().println(loud ? greeting.toUpperCase() : greeting);
			return CommandContext.OK;
		}
	}

	@AfterEach
	void removeContributions() throws Exception {
		if (registration != null) {
			registration.unregister();
		}
		impostors.forEach(ServiceRegistration::unregister);
		FaultyPlugin.stop();
	}

	private Result atrium(String... args) {
		return Atrium.run(workspace, args);
	}

	private void contributeGreet() {
		registration = FrameworkUtil.getBundle(ContributedCommandsTest.class).getBundleContext()
				.registerService(CommandContribution.class, new GreetCommand("greet"), null);
	}

	@Test
	void helpListsTheCoreCommandsAndAContributedVerb() {
		contributeGreet();

		Result help = atrium("help");

		assertEquals(0, help.exit(), help.err());
		for (String verb : List.of("audit", "copy", "demo", "help", "plugins", "projects", "server", "status", "validate")) {
			assertTrue(help.out().contains("\n  " + verb + " ") || help.out().contains("\n  " + verb + "\n"),
					verb + " missing in\n" + help.out());
		}
		assertTrue(help.out().contains("  greet [--loud] <name>                 says hello\n"
				+ "                                        to someone\n"), help.out());
		assertEquals(help.out(), atrium("--help").out());
		assertEquals(help.out(), atrium().out(), "no command is help");
	}

	@Test
	void aContributedVerbRunsWithTheGlobalOptionsAndLeavesWithItsPlugin() {
		contributeGreet();

		Result result = atrium("--user", "ann", "greet", "Bob", "--loud");

		assertEquals(0, result.exit(), result.err());
		assertEquals("HELLO BOB, FROM ANN\n", result.out().replace(System.lineSeparator(), "\n"));
		Result usage = atrium("greet", "nobody");
		assertEquals(2, usage.exit());
		assertEquals("atrium: there is nobody to greet. Try 'atrium help'." + System.lineSeparator(), usage.err());

		registration.unregister();
		registration = null;

		Result gone = atrium("greet", "Bob");
		assertEquals(2, gone.exit());
		assertEquals("atrium: unknown command 'greet'. Try 'atrium help'." + System.lineSeparator(), gone.err());
		assertTrue(!atrium("help").out().contains("greet"), "help no longer lists it");
	}

	@Test
	void aFailingVerbPrintsOneLineNamingTheFailureAndTheLogAndExitsOne() throws Exception {
		FaultyPlugin.start();
		assertTrue(atrium("help").out().contains("  " + FailingCommand.VERB + " [--now]"), "help lists it");

		Result result = atrium(FailingCommand.VERB, "--now");

		assertEquals(1, result.exit());
		Path log = Path.of(Platform.getLogFileLocation().toOSString());
		assertEquals("atrium: explode failed: " + FaultyPlugin.FAILURE + ". Details are in " + log + "."
				+ System.lineSeparator(), result.err());
		assertEquals("", result.out());
		String logged = Files.readString(log);
		assertTrue(logged.contains("The plugin " + FaultyPlugin.SYMBOLIC_NAME + " failed in the command 'explode'"),
				logged);
		assertTrue(logged.contains("at " + FailingCommand.class.getName() + ".run("), "the stack trace is in the log");
		assertEquals(0, atrium("help").exit(), "the command line carries on");

		FaultyPlugin.stop();

		Result gone = atrium(FailingCommand.VERB);
		assertEquals(2, gone.exit());
		assertEquals("atrium: unknown command 'explode'. Try 'atrium help'." + System.lineSeparator(), gone.err());
	}

	@Test
	void aUserNameMustNameSomeone() {
		assertUsage("--user must name a person, was blank", "--user", " ", "projects");
		assertUsage("--user must name a person, was blank", "--user", "", "projects");
		assertUsage("--user must be at most 64 characters, was 65", "--user", "a".repeat(65), "projects");
		assertUsage("--user must not contain control characters", "--user", "ann\u0007", "projects");
		assertUsage("--user must not contain control characters", "--user", "ann\nroot", "projects");
		assertUsage("--user needs a value", "projects", "--user");
		assertTrue(Files.notExists(workspace.resolve("database")), "nothing was opened");
	}

	@Test
	void aWorkspaceMustBeAFolderName() {
		assertUsage("--workspace must name a folder, was blank", "--workspace", "  ", "projects");
		Result result = atrium("--workspace", "bad\u0000name", "projects");
		assertEquals(2, result.exit(), result.err());
		assertTrue(result.err().startsWith("atrium: --workspace must name a folder, was 'bad"), result.err());
	}

	@Test
	void aVerbThatIsTakenOrMalformedIsLeftOut() {
		for (String verb : List.of("projects", "Bad verb", "")) {
			impostors.add(FrameworkUtil.getBundle(ContributedCommandsTest.class).getBundleContext()
					.registerService(CommandContribution.class, new GreetCommand(verb), null));
		}

		impostors.add(FrameworkUtil.getBundle(ContributedCommandsTest.class).getBundleContext()
				.registerService(CommandContribution.class, new GreetCommand("mute") {
					@Override
					public List<Usage> usage() {
						throw new IllegalStateException("no words");
					}
				}, null));

		Result projects = atrium("projects");
		assertEquals(1, projects.exit(), "the core's projects command ran: " + projects.out());
		assertTrue(projects.err().startsWith("atrium: There is no Atrium database at "), projects.err());
		Result help = atrium("help");
		assertEquals(1, help.out().lines().filter(line -> line.startsWith("  projects ")).count(), help.out());
		assertEquals(0, help.exit(), "a command whose usage fails leaves help working: " + help.err());
		assertTrue(!help.out().contains("Bad verb") && !help.out().contains("says hello")
				&& !help.out().contains("mute"), help.out());
		assertEquals(0, atrium("mute", "Ann").exit(), "it still runs");
	}

	@Test
	void whatTheUserTypedIsEchoedOnOneLine() {
		assertUsage("unknown command 'bo gus?'", "bo\ngus\u001b");
	}

	private void assertUsage(String message, String... args) {
		Result result = atrium(args);
		assertEquals(2, result.exit(), result.err());
		assertEquals("atrium: " + message + ". Try 'atrium help'." + System.lineSeparator(), result.err());
	}
}
