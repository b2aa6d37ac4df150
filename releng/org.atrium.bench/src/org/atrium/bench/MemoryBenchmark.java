package org.atrium.bench;

import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.atrium.bench.Figure.Unit;
import org.atrium.bench.Runner.Comparison;
import org.atrium.demo.Office;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.eclipse.emf.ecore.EObject;

/**
 * Figure 6: the heap that loaded objects retain, per 100,000 objects: an office loaded through a store session
 * against the same office as the generator makes it in memory. Retained heap is the used heap after a full garbage
 * collection with the objects held, less the used heap after one before they existed.
 */
final class MemoryBenchmark {

	private static final long PER = 100_000;

	private final Settings settings;
	private final Databases databases;

	MemoryBenchmark(Settings settings, Databases databases) {
		this.settings = settings;
		this.databases = databases;
	}

	Figure run() throws Exception {
		Bench.progress("6. retained heap of loaded objects");
		Path database = databases.fresh();
		try (ModelStore store = Databases.openStore(database)) {
			try (StoreSession session = store.openSession("bench")) {
				ImportPlan.office(Offices.generate(settings.memoryScale()), new StoreWriter(session));
			}
			long[] objects = new long[2];
			Comparison result = Runner.compare(settings.memory(), () -> {
				long before = Runner.collectGarbage();
				try (StoreSession session = store.openSession("bench")) {
					List<EObject> loaded = loadOffice(session);
					objects[0] = count(loaded);
					long after = Runner.collectGarbage();
					Reference.reachabilityFence(loaded);
					Reference.reachabilityFence(session);
					return (after - before) * (double) PER / objects[0];
				}
			}, () -> {
				long before = Runner.collectGarbage();
				Office office = Offices.generate(settings.memoryScale());
				objects[1] = Offices.objectCount(office);
				long after = Runner.collectGarbage();
				Reference.reachabilityFence(office);
				return (after - before) * (double) PER / objects[1];
			});
			if (objects[0] != objects[1]) {
				throw new IllegalStateException("loaded " + objects[0] + " objects, generated " + objects[1]);
			}
			return Figure.measured("6", String.format(Locale.ROOT, "Retained heap per 100,000 objects (%,d objects "
					+ "of the %s office loaded in one session)", objects[0], settings.memoryScaleName()),
					"the same objects made in memory by the generator", Unit.MEMORY, 0, result);
		} finally {
			Databases.delete(database);
		}
	}

	/** The whole office: people, portfolio trees, allocations and time entries; references resolve in-session. */
	private static List<EObject> loadOffice(StoreSession session) {
		List<EObject> roots = new ArrayList<>();
		roots.addAll(session.query(Query.of(PmoPackage.Literals.PERSON)));
		roots.addAll(session.query(Query.<Portfolio>of(PmoPackage.Literals.PORTFOLIO).withContents()));
		roots.addAll(session.query(Query.of(PmoPackage.Literals.ALLOCATION)));
		roots.addAll(session.query(Query.of(PmoPackage.Literals.TIME_ENTRY)));
		return roots;
	}

	private static long count(List<EObject> roots) {
		return roots.stream().mapToLong(Offices::treeSize).sum();
	}
}
