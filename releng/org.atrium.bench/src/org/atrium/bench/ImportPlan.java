package org.atrium.bench;

import java.util.List;

import org.atrium.demo.Office;
import org.atrium.core.model.pmo.Entity;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;

/**
 * How an import splits its objects into transactions, as a real import would: people; each portfolio, then each of
 * its programs with everything they contain; then allocations and time entries in batches. The store and the
 * baseline follow the same plan, so they commit the same rows at the same points.
 */
final class ImportPlan {

	/** Top-level objects (allocations, time entries) per transaction. */
	static final int BATCH = 10_000;
	/** Projects per transaction where projects are imported on their own: as many as a program holds. */
	static final int PROJECTS_PER_TRANSACTION = 200;

	/** Writes one transaction per call. */
	interface Writer {

		/** The portfolio with its own contents, but without its programs. */
		void portfolio(Portfolio portfolio) throws Exception;

		/** A program with everything it contains, as the {@code position}th program of the portfolio. */
		void program(Portfolio portfolio, int position, Program program) throws Exception;

		/** Objects outside any container, each with everything it contains. */
		void topLevel(List<? extends Entity> objects) throws Exception;
	}

	private ImportPlan() {
	}

	/** Imports a whole office. */
	static void office(Office office, Writer writer) throws Exception {
		writer.topLevel(office.people());
		for (Portfolio portfolio : office.portfolios()) {
			List<Program> programs = List.copyOf(portfolio.getPrograms());
			writer.portfolio(portfolio);
			for (int position = 0; position < programs.size(); position++) {
				writer.program(portfolio, position, programs.get(position));
			}
		}
		inBatches(office.allocations(), BATCH, writer);
		inBatches(office.timeEntries(), BATCH, writer);
	}

	/** Imports projects that are outside any program. */
	static void projects(List<Project> projects, Writer writer) throws Exception {
		inBatches(projects, PROJECTS_PER_TRANSACTION, writer);
	}

	private static void inBatches(List<? extends Entity> objects, int size, Writer writer) throws Exception {
		for (int from = 0; from < objects.size(); from += size) {
			writer.topLevel(objects.subList(from, Math.min(objects.size(), from + size)));
		}
	}
}
