package org.atrium.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.StoreSession;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Creating the demo office reports its phases and the work done, and can be cancelled before it writes. */
class DemoProgressTest {

	private static final OfficeScale SMALL = new OfficeScale(1, 2, 10, 12, 2, 1, 2, 2, 40, true);

	@TempDir
	Path workspace;

	/** Remembers what a job's progress display would show. */
	private static class Recorder extends NullProgressMonitor {
		final List<String> tasks = new ArrayList<>();
		final List<String> subTasks = new ArrayList<>();
		int total;
		double worked;

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
			worked += work;
		}
	}

	private ModelStore openStore() {
		return ModelStoreFactory.open(StoreConfig.derby(workspace.resolve("db"), true),
				List.of(ModelContribution.of(PmoPackage.eINSTANCE)));
	}

	@Test
	void reportsEachPhaseWithItsCountsAndAllTheWork() {
		Recorder monitor = new Recorder();
		try (ModelStore store = openStore(); StoreSession session = store.openSession("alee")) {
			new DemoOffice().create(session, 42, SMALL, Offices.TODAY, monitor);
		}
		assertEquals(List.of("Creating the demo office"), monitor.tasks);
		assertEquals("Generating 10 projects with their people, plans and reports", monitor.subTasks.get(0));
		assertTrue(monitor.subTasks.get(1).startsWith("Preparing 1 portfolio, 2 programs, 10 projects, 12 people, "),
				monitor.subTasks.toString());
		assertEquals("Writing to the database", monitor.subTasks.get(monitor.subTasks.size() - 1));
		assertEquals(monitor.total, monitor.worked, 0.5, "all the work is reported by the end");
	}

	@Test
	void generationReportsAUnitOfWorkPerProject() {
		List<Double> steps = new ArrayList<>();
		Recorder monitor = new Recorder() {
			@Override
			public void internalWorked(double work) {
				super.internalWorked(work);
				steps.add(worked);
			}
		};
		new OfficeGenerator().generate(42, SMALL, Offices.TODAY, monitor);
		assertTrue(steps.size() >= SMALL.projects(), "the share done grows project by project: " + steps.size());
		assertEquals(monitor.total, monitor.worked, 0.5);
	}

	@Test
	void cancellingBeforeTheWriteLeavesTheDatabaseEmpty() {
		NullProgressMonitor monitor = new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				if (name.equals("Writing to the database")) {
					setCanceled(true);
				}
			}
		};
		try (ModelStore store = openStore(); StoreSession session = store.openSession("alee")) {
			assertThrows(OperationCanceledException.class,
					() -> new DemoOffice().create(session, 42, SMALL, Offices.TODAY, monitor));
			assertEquals(0, session.count(Query.of(PmoPackage.Literals.PROJECT)));
			assertEquals(0, session.count(Query.of(PmoPackage.Literals.PERSON)));
		}
	}
}
