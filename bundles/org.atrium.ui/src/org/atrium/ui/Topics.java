package org.atrium.ui;

/** Event broker topics of the workbench. */
public final class Topics {

	/** Data in the store changed; the value is the id of the changed object, or null for many. */
	public static final String DATA_CHANGED = "atrium/data/changed";
	/** The workbench works as another person now; the value is their login. */
	public static final String USER_CHANGED = "atrium/user/changed";
	/** Validation problems of one editor; the value is a {@link Problems} snapshot. */
	public static final String PROBLEMS = "atrium/problems";
	/** Another client committed to the team repository; the value is a {@link ServerChange}. */
	public static final String SERVER_CHANGED = "atrium/server/changed";
	/** The connection to the team repository was lost; the value is the message. The store keeps reconnecting. */
	public static final String CONNECTION_LOST = "atrium/server/lost";
	/** The connection to the team repository is back; the value is the time, an {@link java.time.Instant}. */
	public static final String RECONNECTED = "atrium/server/reconnected";

	private Topics() {
	}
}
