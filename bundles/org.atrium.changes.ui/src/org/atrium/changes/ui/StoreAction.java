package org.atrium.changes.ui;

import java.util.function.Consumer;
import java.util.function.Function;

import org.atrium.core.store.StoreException;
import org.atrium.core.store.StoreSession;
import org.atrium.ui.BackgroundRead;
import org.atrium.ui.WorkbenchStore;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

/**
 * A write the user asked for (a vote, a lifecycle move, a gate decision), run in the background in a session of its
 * own; what the store refuses comes back as the reason, for the editor's banner.
 */
final class StoreAction {

	/** What an action did: its message, and whether it was refused. */
	record Outcome(String message, boolean refused) {
	}

	private StoreAction() {
	}

	static Job run(String name, WorkbenchStore store, Control control, Function<StoreSession, String> action,
			Consumer<Outcome> done) {
		return BackgroundRead.start(name, store, control, session -> {
			try {
				return new Outcome(action.apply(session), false);
			} catch (StoreException | IllegalArgumentException e) {
				return new Outcome(e.getMessage(), true);
			}
		}, done);
	}
}
