package org.atrium.core.command;

/** Bad arguments; the message says which and why, and {@code atrium} exits with {@link CommandContext#USAGE}. */
public final class UsageException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
