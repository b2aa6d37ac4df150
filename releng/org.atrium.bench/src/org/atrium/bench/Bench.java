package org.atrium.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.atrium.demo.Office;

/**
 * Measures Atrium against baselines measured in the same run and prints one table: every figure is a ratio to its
 * baseline, with the absolute figures beside it. See docs/PERFORMANCE.md.
 * <p>
 * Usage: {@code Bench --product DIR --results DIR [--quick] [--postgres]}; {@code --postgres} measures only the
 * figures on the PostgreSQL server.
 */
public final class Bench {

	private static final long STARTED = System.nanoTime();

	private Bench() {
	}

	public static void main(String[] args) throws Exception {
		boolean quick = false;
		boolean postgresOnly = false;
		Path product = null;
		Path results = null;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--quick" -> quick = true;
			case "--postgres" -> postgresOnly = true;
			case "--product" -> product = Path.of(args[++i]);
			case "--results" -> results = Path.of(args[++i]);
			default -> throw new IllegalArgumentException("unknown argument '" + args[i]
					+ "'; usage: Bench --product DIR --results DIR [--quick] [--postgres]");
			}
		}
		if (product == null || results == null) {
			throw new IllegalArgumentException("usage: Bench --product DIR --results DIR [--quick] [--postgres]");
		}
		Settings settings = quick ? Settings.quick() : Settings.full();
		LocalDateTime start = LocalDateTime.now();

		progress("generating the " + settings.scaleName() + " office");
		Office office = Offices.generate(settings.scale());
		List<Figure> figures = new ArrayList<>();
		if (!postgresOnly) {
			figures.addAll(embeddedFigures(settings, office, product));
		}
		figures.addAll(new PostgresBenchmarks(settings, office).run());
		figures.sort(Comparator.comparing(Figure::number));

		String report = header(settings, start) + table(figures);
		System.out.print(report);
		Files.createDirectories(results);
		Path file = results.resolve("bench-" + start.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
				+ (quick ? "-quick" : "") + (postgresOnly ? "-postgres" : "") + ".md");
		Files.writeString(file, report, StandardCharsets.UTF_8);
		progress("written to " + file);
	}

	/** The figures on embedded Derby and of the product's start. */
	private static List<Figure> embeddedFigures(Settings settings, Office office, Path product) throws Exception {
		List<Figure> figures = new ArrayList<>();
		try (Databases databases = new Databases()) {
			figures.addAll(new StoreBenchmarks(settings, databases, office).run());
			figures.add(new RollupBenchmark(settings, office).run());
			figures.add(new MemoryBenchmark(settings, databases).run());
			figures.add(new CalendarBenchmark(settings, databases).run());
			figures.add(new ReportBenchmark(settings, databases).run());
			figures.addAll(new ResourceBenchmarks(settings, databases, office).run());
		}
		figures.add(new StartupBenchmark(settings, product).run());
		figures.add(new WorkbenchStartupBenchmark(settings, product, settings.scale().projects()).run());
		return figures;
	}

	/** A line on standard error, so that standard output holds only the results. */
	static void progress(String message) {
		long seconds = Duration.ofNanos(System.nanoTime() - STARTED).toSeconds();
		System.err.printf(Locale.ROOT, "[%3d:%02d] %s%n", seconds / 60, seconds % 60, message);
	}

	private static String header(Settings settings, LocalDateTime start) {
		Runtime runtime = Runtime.getRuntime();
		var os = ManagementFactory.getOperatingSystemMXBean();
		long memory = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : 0;
		return String.format(Locale.ROOT, """
				# Atrium benchmarks

				- Run: %s, %s office, %d s in all
				- Machine: %d cores, %.0f GB memory, %s %s; Java %s, heap up to %.1f GB
				- Figures: median of the measured runs, with min .. max and the number of runs (n). The ratio is \
				Atrium's median over the baseline's; below 1 Atrium is faster or smaller.

				""", start.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), settings.scaleName(),
				Duration.ofNanos(System.nanoTime() - STARTED).toSeconds(), runtime.availableProcessors(), memory / 1e9,
				os.getName(), os.getArch(), System.getProperty("java.version"), runtime.maxMemory() / 1e9);
	}

	/** The figures as a Markdown table. */
	static String table(List<Figure> figures) {
		StringBuilder out = new StringBuilder();
		out.append("| # | Figure | Atrium ÷ baseline | Goal | | Atrium | Baseline | Baseline is |\n");
		out.append("|---|---|---:|---|---|---|---|---|\n");
		for (Figure figure : figures) {
			out.append("| ").append(figure.number()).append(" | ").append(figure.title()).append(" | ")
					.append(figure.ratio()).append(" | ").append(figure.goalText()).append(" | ")
					.append(figure.verdict()).append(" | ").append(figure.subjectText()).append(" | ")
					.append(figure.baselineText()).append(" | ").append(figure.baseline()).append(" |\n");
		}
		return out.toString();
	}
}
