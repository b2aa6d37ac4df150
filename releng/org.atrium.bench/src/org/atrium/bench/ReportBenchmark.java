package org.atrium.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.atrium.bench.Figure.Unit;
import org.atrium.bench.Runner.Comparison;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.ReportPeriod;
import org.atrium.core.store.Condition;
import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.StoreSession;
import org.atrium.demo.Office;
import org.atrium.reporting.ReportContent;
import org.atrium.reporting.ReportGenerator;
import org.atrium.reporting.Reporting;
import org.atrium.reporting.ReportingModelContribution;
import org.atrium.reporting.export.ReportExport;
import org.atrium.reporting.export.ReportFormat;

/**
 * Figure 11: the monthly report of every portfolio of the office, generated from the store and written as PDF and
 * XLSX, against loading the same data through the store: each portfolio with everything it contains and the
 * month's time entries.
 */
final class ReportBenchmark {

	private final Settings settings;
	private final Databases databases;

	ReportBenchmark(Settings settings, Databases databases) {
		this.settings = settings;
		this.databases = databases;
	}

	Figure run() throws Exception {
		Bench.progress("11. monthly portfolio reports to PDF and XLSX: saving a fresh " + settings.scaleName() + " office");
		Office office = Offices.generate(settings.scale());
		Path database = databases.fresh();
		Path out = Files.createTempDirectory("atrium-bench-reports-");
		Reporting reporting = new Reporting(Clock.fixed(Offices.TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC),
				ZoneOffset.UTC));
		long[] sink = new long[2]; // results the JIT may not drop
		try (ModelStore store = ModelStoreFactory.open(StoreConfig.derby(database, true),
				List.of(ModelContribution.of(PmoPackage.eINSTANCE), new ReportingModelContribution()))) {
			try (StoreSession session = store.openSession("bench")) {
				ImportPlan.office(office, new StoreWriter(session));
			}
			List<String> ids = office.portfolios().stream().map(Portfolio::getId).toList();
			Bench.progress("11. measuring");
			Comparison result = Runner.compare(settings.projectLoad(), Runner.timed(Runner.afterGarbageCollection(
					() -> () -> {
						try (StoreSession session = store.openSession("bench")) {
							for (String id : ids) {
								Portfolio portfolio = session.load(PmoPackage.Literals.PORTFOLIO, id);
								ReportContent report = reporting.generate(session, portfolio, ReportPeriod.MONTHLY,
										Offices.TODAY);
								sink[0] += report.sections().stream().mapToLong(s -> s.rows().size()).sum();
								ReportExport.write(report, ReportFormat.PDF, out.resolve(id + ".pdf"));
								ReportExport.write(report, ReportFormat.XLSX, out.resolve(id + ".xlsx"));
							}
						}
					})), Runner.timed(Runner.afterGarbageCollection(() -> () -> {
						try (StoreSession session = store.openSession("bench")) {
							for (String id : ids) {
								Portfolio portfolio = session.load(PmoPackage.Literals.PORTFOLIO, id);
								sink[1] += ReportGenerator.projectsOf(portfolio).size() + session.count(
										Query.of(PmoPackage.Literals.TIME_ENTRY).where(Condition.and(
												Condition.gt(PmoPackage.Literals.TIME_ENTRY__DATE,
														ReportGenerator.periodStart(ReportPeriod.MONTHLY, Offices.TODAY)),
												Condition.le(PmoPackage.Literals.TIME_ENTRY__DATE, Offices.TODAY))));
							}
						}
					})));
			long bytes = size(out);
			return Figure.measured("11", String.format(Locale.ROOT, "Monthly report of each of the %d portfolios "
					+ "(%,d projects), generated from the store and written as PDF and XLSX (%.1f MB of files)",
					ids.size(), office.projectCount(), bytes / 1e6),
					"loading the same portfolios with contents and the month's time entries through the store",
					Unit.TIME, 2, result);
		} finally {
			Databases.delete(database);
			deleteTree(out);
		}
	}

	private static long size(Path folder) throws IOException {
		try (var files = Files.list(folder)) {
			return files.mapToLong(file -> file.toFile().length()).sum();
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		try (var files = Files.list(folder)) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
		Files.delete(folder);
	}
}
