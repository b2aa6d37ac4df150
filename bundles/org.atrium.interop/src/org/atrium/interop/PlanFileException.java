package org.atrium.interop;

/** A plan file that is refused: too large, not well-formed, hostile, or with values out of range. Nothing was written. */
public class PlanFileException extends Exception {

	private static final long serialVersionUID = 1L;

	public PlanFileException(String message) {
		super(message);
	}

	public PlanFileException(String message, Throwable cause) {
		super(message, cause);
	}
}
