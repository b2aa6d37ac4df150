package org.atrium.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import org.atrium.reporting.ReportContent;

/** Writes reports to files: into a temporary file beside the target, moved into place only when complete. */
public final class ReportExport {

	private ReportExport() {
	}

	public static void write(ReportContent report, ReportFormat format, OutputStream out) throws IOException {
		format.writer().write(report, out);
	}

	/** Writes the file; on any failure no file, complete or partial, is left at the target or beside it. */
	public static void write(ReportContent report, ReportFormat format, Path file) throws IOException {
		Path target = file.toAbsolutePath();
		Path folder = target.getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			throw new IOException("the folder " + folder + " does not exist");
		}
		if (Files.isDirectory(target)) {
			throw new IOException(target + " is a folder");
		}
		Path partial = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
		try {
			try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE)) {
				write(report, format, out);
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(partial);
		}
	}
}
