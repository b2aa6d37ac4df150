package org.atrium.core.tests;

import static org.atrium.core.model.pmo.PmoPackage.Literals.PERSON;
import static org.atrium.core.model.pmo.PmoPackage.Literals.PERSON__LOGIN;
import static org.atrium.core.model.pmo.PmoPackage.Literals.PERSON__NAME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.atrium.core.exchange.Column;
import org.atrium.core.exchange.ImportResult;
import org.atrium.core.exchange.RowRule;
import org.atrium.core.exchange.TableExchange;
import org.atrium.core.exchange.TableFormat;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.StoreSession;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import reports its steps and work row by row, and a cancelled import saves nothing. */
class TableImportProgressTest {

	private static final String CSV = "login,name\ndnovak,Dana Novak\neweiss,Eli Weiss\nfchen,Fay Chen\n";

	private final TableExchange<Person> people = new TableExchange<>(PERSON, "People",
			List.of(Column.text("login", PERSON__LOGIN).required(), Column.text("name", PERSON__NAME).required()));

	@TempDir
	Path workspace;
	private ModelStore store;

	/** What a progress display would show. */
	private static class Recorder extends NullProgressMonitor {
		final List<String> tasks = new ArrayList<>();
		final List<String> subTasks = new ArrayList<>();
		final List<Double> worked = new ArrayList<>();
		int total;
		double done;

		@Override
		public void beginTask(String name, int totalWork) {
			tasks.add(name);
			total = totalWork;
		}

		@Override
		public void subTask(String name) {
			subTasks.add(name);
		}

		@Override
		public void worked(int work) {
			internalWorked(work);
		}

		@Override
		public void internalWorked(double work) {
			done += work;
			worked.add(done);
		}
	}

	@BeforeEach
	void openStore() {
		store = ModelStoreFactory.open(StoreConfig.derby(workspace.resolve("db"), true),
				List.of(ModelContribution.of(PmoPackage.eINSTANCE)));
	}

	@AfterEach
	void closeStore() {
		store.close();
	}

	private ImportResult<Person> importCsv(NullProgressMonitor monitor) throws Exception {
		try (StoreSession session = store.openSession("alee")) {
			return people.importFrom(new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)), TableFormat.CSV,
					session, RowRule.none(), monitor);
		}
	}

	private long stored() {
		try (StoreSession session = store.openSession("alee")) {
			return session.count(Query.of(PERSON));
		}
	}

	@Test
	void reportsReadingCheckingEachRowAndSaving() throws Exception {
		Recorder monitor = new Recorder();
		ImportResult<Person> result = importCsv(monitor);

		assertEquals("3 created, 0 updated, 0 unchanged", result.summary());
		assertEquals(List.of("Importing people"), monitor.tasks);
		assertEquals(List.of("Reading the file", "Checking 3 rows", "Saving 3 new and 0 changed rows"), monitor.subTasks);
		assertEquals(monitor.total, monitor.done, 0.5, "all the work is reported by the end");
		assertEquals(monitor.worked.stream().sorted().toList(), monitor.worked);
		assertEquals(3, stored());
	}

	@Test
	void cancelledWhileCheckingSavesNothing() {
		NullProgressMonitor monitor = new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				if (name.startsWith("Checking")) {
					setCanceled(true);
				}
			}
		};
		assertThrows(OperationCanceledException.class, () -> importCsv(monitor));
		assertEquals(0, stored());
	}
}
