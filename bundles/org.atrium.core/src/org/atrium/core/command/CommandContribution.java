package org.atrium.core.command;

import java.util.List;

/**
 * A verb of the {@code atrium} command line. Register an implementation as an OSGi service
 * ({@code @Component(service = CommandContribution.class)}); {@code atrium help} lists every installed one,
 * and {@code atrium <name> ...} runs it. The core's own commands use this seam too.
 */
public interface CommandContribution {

	/** One form of the command for {@code atrium help}: the synopsis after the verb, and what it does. */
	record Usage(String synopsis, String description) {
	}

	/** The verb, such as {@code risks}: lower-case letters, digits and '-'. */
	String name();

	/** The forms of the command, in the order {@code atrium help} shows them. */
	List<Usage> usage();

	/**
	 * Runs the command with the words after the verb.
	 *
	 * @return {@link CommandContext#OK} or {@link CommandContext#FAILED}
	 * @throws UsageException for bad arguments (exit code {@link CommandContext#USAGE})
	 */
	int run(CommandContext context);
}
