package org.atrium.changes.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.atrium.changes.ChangesCommand;
import org.atrium.changes.GatesCommand;
import org.atrium.changes.model.changes.ChangeStatus;
import org.atrium.core.AccessDeniedException;
import org.atrium.core.command.CommandArguments;
import org.atrium.core.command.CommandContext;
import org.atrium.core.command.CommandContribution;
import org.atrium.core.command.UsageException;
import org.atrium.core.store.AuditEntry;
import org.atrium.core.store.AuditQuery;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.SchemaInfo;
import org.atrium.core.store.StoreSession;
import org.junit.jupiter.api.Test;

/** {@code atrium changes} and {@code atrium gates}, run as the command line runs them, on the guarded store. */
class ChangeCommandTest extends ChangeTestSupport {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void anApproverSeesWhatAwaitsThemAndVotesAndANonApproverIsRefused() {
		String code = awaitingDecision("Second data centre", "80000", 30);
		assertEquals(CommandContext.OK, run("carla", new ChangesCommand(control), "list", "--awaiting-me"));
		assertTrue(out().contains("Awaiting decision   Second data centre"), out());
		assertTrue(out().endsWith("1 change request awaiting your vote"), out());

		out.reset();
		assertEquals(CommandContext.OK, run("carla", new ChangesCommand(control), "vote", code, "approve",
				"--comment", "Needed for the SLA"));
		assertEquals("Voted approve on " + code + ": 1 vote cast, quorum 3: 1 approve, 0 reject, 0 abstain.",
				out());

		out.reset();
		assertEquals(CommandContext.OK, run("manager", new ChangesCommand(control), "list", "--awaiting-me"));
		assertTrue(out().endsWith("0 change requests awaiting your vote"), out());
		AccessDeniedException refused = assertThrows(AccessDeniedException.class,
				() -> run("manager", new ChangesCommand(control), "vote", code, "approve"));
		assertTrue(refused.getMessage().startsWith("Max Manager may not vote on " + code), refused.getMessage());

		out.reset();
		assertEquals(CommandContext.OK, run("lead", new ChangesCommand(control), "show", code));
		assertTrue(out().contains("Decided by:    the steering committee, quorum 3: Carla Chair, Colin Finance, Cora Ops"),
				out());
		assertTrue(out().contains("Carla Chair: Approve at "), out());
		assertTrue(out().contains("\"Needed for the SLA\""), out());
	}

	@Test
	void theDecidingVoteSaysThePlanWasUpdated() {
		String code = awaitingDecision("Export button", "3000", 2);
		assertEquals(CommandContext.OK, run("sponsor", new ChangesCommand(control), "vote", code, "approve"));
		assertEquals(String.join("\n", "Voted approve on " + code + ": 1 vote cast, quorum 1: 1 approve, 0 reject, 0 abstain.",
				code + " is approved.",
				"The plan of DIG-004 is updated from the impact assessment; baseline 'After " + code + "' taken."), out());
		assertEquals(ChangeStatus.APPROVED, read(code).getStatus());
	}

	@Test
	void badArgumentsNameTheRule() {
		assertEquals("the vote must be approve, reject or abstain, was 'yes'", assertThrows(UsageException.class,
				() -> run("carla", new ChangesCommand(control), "vote", "CR-1", "yes")).getMessage());
		assertEquals(CommandContext.FAILED, run("carla", new ChangesCommand(control), "show", "CR-NONE"));
		assertEquals("No change request has the code CR-NONE.", err.toString(StandardCharsets.UTF_8).strip());
	}

	@Test
	void theChangeLogGoesOutAndComesBackAsCsv() throws Exception {
		String code = awaitingDecision("Export button", "3000", 2);
		Path file = workspace.resolve("log.csv");
		assertEquals(CommandContext.OK, run("manager", new ChangesCommand(control), "export", file.toString()));
		String csv = Files.readString(file);
		assertTrue(csv.contains(code + ",Export button"), csv);
		Files.writeString(file, csv.replace(",Export button,", ",Export button for finance,"));
		out.reset();
		assertEquals(CommandContext.OK, run("manager", new ChangesCommand(control), "import", file.toString()),
				err.toString(StandardCharsets.UTF_8));
		assertEquals("Imported " + file + ": 0 created, 1 updated, 0 unchanged.", out());
		assertEquals("Export button for finance", read(code).getTitle());
		run("manager", new ChangesCommand(control), "export", file.toString());
		Files.writeString(file, Files.readString(file).replace(",Awaiting decision,", ",Approved,"));
		AccessDeniedException notTheirs = assertThrows(AccessDeniedException.class,
				() -> run("manager", new ChangesCommand(control), "import", file.toString()));
		assertTrue(notTheirs.getMessage().startsWith("Max Manager may not approve"), notTheirs.getMessage());
		org.atrium.changes.ChangeRuleException noQuorum = assertThrows(org.atrium.changes.ChangeRuleException.class,
				() -> run("sponsor", new ChangesCommand(control), "import", file.toString()));
		assertEquals(code + " cannot be approved: 0 votes cast, quorum 1: 0 approve, 0 reject, 0 abstain.",
				noQuorum.getMessage());
		assertEquals(ChangeStatus.AWAITING_DECISION, read(code).getStatus());
	}

	@Test
	void gatesListsTheReviewsWithTheirChecklist() {
		try (StoreSession session = store.openSession("manager")) {
			var project = project(session);
			session.save(org.atrium.changes.GateReviews.open(project, project.getMilestones().get(1),
					org.atrium.changes.GateTemplates.LAUNCH_READINESS));
		}
		assertEquals(CommandContext.OK, run("lead", new GatesCommand(), "list"));
		List<String> lines = out().lines().toList();
		assertTrue(lines.get(1).startsWith("DIG-004   Go-live"), lines.toString());
		assertTrue(lines.get(1).contains("Launch readiness    0/4        Pending"), lines.toString());
		assertEquals("1 gate review", lines.get(2));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8).strip();
	}

	private int run(String user, CommandContribution command, String... words) {
		return command.run(new CommandContext() {
			private final CommandArguments arguments = new CommandArguments(List.of(words));

			@Override
			public CommandArguments arguments() {
				return arguments;
			}

			@Override
			public PrintStream out() {
				return new PrintStream(out, true, StandardCharsets.UTF_8);
			}

			@Override
			public PrintStream err() {
				return new PrintStream(err, true, StandardCharsets.UTF_8);
			}

			@Override
			public String user() {
				return user;
			}

			@Override
			public ModelStore openStore(boolean create) {
				return new ModelStore() {
					@Override
					public StoreSession openSession(String login) {
						return store.openSession(login);
					}

					@Override
					public String description() {
						return store.description();
					}

					@Override
					public List<SchemaInfo> schema() {
						return store.schema();
					}

					@Override
					public List<AuditEntry> auditLog(AuditQuery query) {
						return store.auditLog(query);
					}

					@Override
					public void close() {
						// the test's store stays open
					}
				};
			}
		});
	}
}
