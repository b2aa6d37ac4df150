package org.atrium.ui.progress;

import java.util.List;
import java.util.Locale;

import org.atrium.ui.progress.JobProgress.Running;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.ProgressBar;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * The progress area in the status line: the background job started last (loading, saving, importing,
 * creating the demo office) with what it is doing, a bar, and how many others run; Cancel stops it. It
 * is empty while nothing runs.
 */
public class ProgressLine {

	/** How often the area follows the running jobs while any runs, in milliseconds. */
	private static final int REFRESH_MS = 200;

	private Display display;
	private Composite area;
	private Label label;
	private ProgressBar bar;
	private Link cancel;
	private JobProgress progress;
	private Running shown;
	private boolean following;

	@PostConstruct
	void create(Composite parent) {
		display = parent.getDisplay();
		area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(8, 2).spacing(10, 0).applyTo(area);
		label = new Label(area, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).hint(520, SWT.DEFAULT).applyTo(label);
		bar = new ProgressBar(area, SWT.SMOOTH | SWT.HORIZONTAL);
		bar.setMaximum(100);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).hint(160, SWT.DEFAULT).applyTo(bar);
		cancel = new Link(area, SWT.NONE);
		cancel.setText("<a>Cancel</a>");
		cancel.setToolTipText("Stop the work shown");
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).applyTo(cancel);
		cancel.addListener(SWT.Selection, e -> {
			if (shown != null) {
				shown.job().cancel();
			}
		});
		progress = new JobProgress(this::jobsChanged);
		progress.start();
		show(List.of());
	}

	@PreDestroy
	void dispose() {
		progress.stop();
	}

	/** On a job's thread: starts following the jobs on the UI thread, unless it already does. */
	private void jobsChanged() {
		if (!display.isDisposed()) {
			display.asyncExec(this::follow);
		}
	}

	private void follow() {
		if (following || area.isDisposed()) {
			return;
		}
		following = true;
		refresh();
	}

	private void refresh() {
		if (area.isDisposed()) {
			return;
		}
		List<Running> running = progress.running();
		show(running);
		if (running.isEmpty()) {
			following = false;
		} else {
			display.timerExec(REFRESH_MS, this::refresh);
		}
	}

	private void show(List<Running> running) {
		shown = running.isEmpty() ? null : running.get(0);
		if (shown == null) {
			label.setText("");
			label.setToolTipText(null);
		} else {
			String percent = shown.percent() < 0 ? "" : "  " + shown.percent() + "%";
			String others = running.size() == 1 ? ""
					: String.format(Locale.ROOT, "  (+%d more)", running.size() - 1);
			label.setText(shown.text() + percent + others);
			label.setToolTipText(String.join("\n", running.stream().map(Running::text).toList()));
			bar.setSelection(Math.max(0, shown.percent()));
		}
		bar.setVisible(shown != null && shown.percent() >= 0);
		cancel.setVisible(shown != null);
	}

	/** What the area says, for tests. */
	public String text() {
		return label.getText();
	}

	/** The share done that the bar shows, or -1 while it shows none, for tests. */
	public int percentShown() {
		return bar.getVisible() ? bar.getSelection() : -1;
	}

	/** Cancels the job shown, as the button does. */
	public void cancelShown() {
		cancel.notifyListeners(SWT.Selection, null);
	}
}
