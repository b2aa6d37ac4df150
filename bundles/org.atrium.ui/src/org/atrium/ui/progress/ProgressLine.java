package org.atrium.ui.progress;

import java.util.List;
import java.util.Locale;

import org.atrium.ui.progress.JobProgress.Running;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
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
	private ProgressBar busy;
	private Button cancel;
	private JobProgress progress;
	private Running shown;
	private boolean following;

	@PostConstruct
	void create(Composite parent) {
		display = parent.getDisplay();
		area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).margins(8, 2).applyTo(area);
		label = new Label(area, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).hint(420, SWT.DEFAULT).applyTo(label);
		bar = new ProgressBar(area, SWT.SMOOTH | SWT.HORIZONTAL);
		bar.setMaximum(100);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).hint(140, SWT.DEFAULT).applyTo(bar);
		busy = new ProgressBar(area, SWT.INDETERMINATE | SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).hint(140, SWT.DEFAULT).applyTo(busy);
		cancel = new Button(area, SWT.PUSH);
		cancel.setText("Cancel");
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
		visible(bar, shown != null && shown.percent() >= 0);
		visible(busy, shown != null && shown.percent() < 0);
		visible(cancel, shown != null);
		area.layout(true);
		area.getParent().layout(true);
	}

	private static void visible(Control control, boolean visible) {
		control.setVisible(visible);
		((GridData) control.getLayoutData()).exclude = !visible;
	}

	/** What the area says, for tests. */
	public String text() {
		return label.getText();
	}

	/** Whether the bar shows a share done (not only that work goes on), for tests. */
	public int percentShown() {
		return bar.getVisible() ? bar.getSelection() : -1;
	}

	/** Cancels the job shown, as the button does. */
	public void cancelShown() {
		cancel.notifyListeners(SWT.Selection, null);
	}
}
