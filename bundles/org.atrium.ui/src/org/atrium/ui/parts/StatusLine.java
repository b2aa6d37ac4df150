package org.atrium.ui.parts;

import java.time.Instant;

import org.atrium.core.model.Formats;
import org.atrium.ui.BackgroundRead;
import org.atrium.ui.Identity;
import org.atrium.ui.Topics;
import org.atrium.ui.WorkbenchStore;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The status line: who is working, on which database ("Eva Martin (emartin) · PostgreSQL jdbc:postgresql://…"), and
 * whether the team repository can be reached.
 */
public class StatusLine {

	static final String UNREACHABLE = "Team repository unreachable: reconnecting\u2026";

	private Label label;
	private String who;
	/** The state of the connection to a team repository, or "" while nothing happened to it. */
	private String connection = "";
	private boolean lost;

	@Inject
	private WorkbenchStore store;

	@PostConstruct
	void create(Composite parent) {
		Composite line = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(8, 2).applyTo(line);
		label = new Label(line, SWT.NONE);
		label.setData("org.eclipse.e4.ui.css.id", "AtriumStatusLine");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
		show(store.user());
		describe();
	}

	@Inject
	@Optional
	void userChanged(@UIEventTopic(Topics.USER_CHANGED) String login) {
		if (label != null && !label.isDisposed()) {
			show(login);
			describe();
		}
	}

	/** The office may have learnt the login meanwhile (a demo office created at start, people imported). */
	@Inject
	@Optional
	void dataChanged(@UIEventTopic(Topics.DATA_CHANGED) Object changed) {
		if (label != null && !label.isDisposed()) {
			describe();
		}
	}

	@Inject
	@Optional
	void connectionLost(@UIEventTopic(Topics.CONNECTION_LOST) String message) {
		if (label != null && !label.isDisposed()) {
			lost = true;
			connection = UNREACHABLE;
			label.setToolTipText(message);
			show(who);
		}
	}

	@Inject
	@Optional
	void reconnected(@UIEventTopic(Topics.RECONNECTED) Instant at) {
		if (label != null && !label.isDisposed()) {
			lost = false;
			connection = "Team repository reachable again since " + Formats.time(at);
			label.setToolTipText(null);
			show(who);
		}
	}

	private void show(String who) {
		this.who = who;
		label.setText(who + " \u00b7 " + store.description() + (connection.isEmpty() ? "" : " \u00b7 " + connection));
		label.setForeground(lost ? label.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
		label.getParent().layout();
	}

	/** Names the person once read, or warns that the office does not know the login. */
	private void describe() {
		BackgroundRead.start("Reading who you are", store, label, session -> Identity.read(session, store.user()),
				identity -> show(identity.describe()));
	}

	public String text() {
		return label.getText();
	}
}
