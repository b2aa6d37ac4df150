package org.atrium.interop;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file completely or not at all: into a partial file beside it, moved over the target when done. */
public final class AtomicFiles {

	/** What writes the content. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicFiles() {
	}

	public static void write(Path file, Content content) throws IOException {
		Path target = file.toAbsolutePath();
		Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
		try {
			try (OutputStream out = Files.newOutputStream(partial)) {
				content.writeTo(out);
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(partial);
		}
	}
}
