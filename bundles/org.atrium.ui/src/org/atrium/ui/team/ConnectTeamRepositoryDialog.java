package org.atrium.ui.team;

import java.util.function.Consumer;
import java.util.function.Function;

import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.StoreException;
import org.atrium.ui.Settings;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * File > Connect to team repository: the server, the login and its password, with a test of the connection. Store work
 * runs in jobs, so the dialog stays live while a server is slow to answer. Connect closes the dialog with the store
 * open ({@link #opened()}); "Use embedded database" closes it with {@link #USE_EMBEDDED}.
 */
public final class ConnectTeamRepositoryDialog extends TitleAreaDialog {

	public static final int USE_EMBEDDED = IDialogConstants.CLIENT_ID + 2;
	private static final int TEST = IDialogConstants.CLIENT_ID + 1;
	private static final int WIDTH = 720;
	private static final int SWT_MARGIN = 10;

	private final ModelStoreFactory factory;
	private final TeamCredentials credentials;
	private final Settings settings;
	private final String problem;
	private Text server;
	private Text login;
	private Text password;
	private Button remember;
	private volatile boolean working;
	private TeamConnection connection;
	private TeamConnection.Opened opened;
	private boolean rememberPassword;

	/**
	 * @param problem why the dialog shows instead of the team repository, at start; null when the user asked for it
	 */
	public ConnectTeamRepositoryDialog(Shell shell, ModelStoreFactory factory, TeamCredentials credentials,
			Settings settings, String problem) {
		super(shell);
		this.factory = factory;
		this.credentials = credentials;
		this.settings = settings;
		this.problem = problem;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Connect to team repository");
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	/** Wide enough for a URL and the buttons, narrow enough that messages wrap rather than widen the dialog. */
	@Override
	protected Point getInitialSize() {
		int buttons = getButtonBar().computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x;
		int width = Math.max(WIDTH, getShell().computeTrim(0, 0, buttons + 2 * SWT_MARGIN, 0).width);
		return new Point(width, Math.max(getShell().computeSize(width, SWT.DEFAULT, true).y, 340));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle("Connect to team repository");
		setMessage("Your team's PostgreSQL repository. Each person has a database login of their own: the server "
				+ "says who you are, and records your changes under that name.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		server = field(form, "Server:", SWT.BORDER);
		server.setMessage("db.example.org/pmo  or  jdbc:postgresql://host:5432/pmo");
		login = field(form, "Login:", SWT.BORDER);
		password = field(form, "Password:", SWT.BORDER | SWT.PASSWORD);
		new Label(form, SWT.NONE);
		remember = new Button(form, SWT.CHECK);
		remember.setText("Remember password (in secure storage)");
		fill();
		if (problem != null) {
			setErrorMessage(problem);
		}
		return area;
	}

	private void fill() {
		if (!settings.isTeamRepository()) {
			return;
		}
		server.setText(settings.jdbcUrl());
		login.setText(settings.login());
		try {
			credentials.password(settings.jdbcUrl(), settings.login()).ifPresent(known -> {
				password.setText(known);
				remember.setSelection(true);
			});
		} catch (IllegalStateException e) {
			setErrorMessage(e.getMessage());
		}
	}

	private static Text field(Composite form, String label, int style) {
		new Label(form, SWT.NONE).setText(label);
		Text text = new Text(form, style);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(text);
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, TEST, "Test connection", false);
		createButton(parent, USE_EMBEDDED, "Use embedded database", false);
		createButton(parent, IDialogConstants.OK_ID, "Connect", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == TEST) {
			test();
		} else if (buttonId == USE_EMBEDDED) {
			setReturnCode(USE_EMBEDDED);
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	/** The connection as typed, or null after showing what is wrong with it. */
	private TeamConnection typed() {
		String url;
		try {
			url = ServerAddress.jdbcUrl(server.getText());
		} catch (IllegalArgumentException e) {
			setErrorMessage(e.getMessage());
			return null;
		}
		String wrong = TeamConnection.problem(login.getText(), password.getText());
		if (wrong != null) {
			setErrorMessage(wrong);
			return null;
		}
		server.setText(url);
		return new TeamConnection(url, login.getText(), password.getText());
	}

	private void test() {
		TeamConnection tried = typed();
		if (tried != null) {
			run("Testing the connection to " + tried + "\u2026", tried, result -> {
				result.store().close();
				return result.message();
			}, message -> {
				setErrorMessage(null);
				setMessage(message, IMessageProvider.INFORMATION);
			}, message -> {
			});
		}
	}

	@Override
	protected void okPressed() {
		TeamConnection tried = typed();
		if (tried != null) {
			run("Connecting to " + tried + "\u2026", tried, result -> result, result -> {
				connection = tried;
				opened = result;
				rememberPassword = remember.getSelection();
				setReturnCode(OK);
				close();
			}, late -> late.store().close());
		}
	}

	/**
	 * Opens the store in a job and makes the outcome of it there; shows a failure, or hands the outcome to {@code done}
	 * on the UI thread, or to {@code dropped} if the dialog was closed meanwhile.
	 */
	private <T> void run(String what, TeamConnection tried, Function<TeamConnection.Opened, T> outcome, Consumer<T> done,
			Consumer<T> dropped) {
		working(true);
		setErrorMessage(null);
		setMessage(what, IMessageProvider.INFORMATION);
		Display display = getShell().getDisplay();
		Job.create(what, monitor -> {
			T result = null;
			String failure = null;
			try {
				result = outcome.apply(tried.open(factory, settings.user()));
			} catch (StoreException e) {
				failure = tried.explain(e);
			} catch (RuntimeException e) {
				failure = "Cannot connect to " + tried + ": " + e;
			}
			T shown = result;
			String failed = failure;
			Runnable show = () -> {
				if (!showing()) {
					if (shown != null) {
						dropped.accept(shown);
					}
					return;
				}
				working(false);
				if (failed != null) {
					setErrorMessage(failed);
				} else {
					done.accept(shown);
				}
			};
			if (display.isDisposed()) {
				if (shown != null) {
					dropped.accept(shown);
				}
			} else {
				display.asyncExec(show);
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	private boolean showing() {
		Shell shell = getShell();
		return shell != null && !shell.isDisposed();
	}

	private void working(boolean busy) {
		working = busy;
		for (int id : new int[] { TEST, IDialogConstants.OK_ID, USE_EMBEDDED }) {
			Button button = getButton(id);
			if (button != null && !button.isDisposed()) {
				button.setEnabled(!busy);
			}
		}
	}

	/** Whether a test or a connection is under way. */
	public boolean isWorking() {
		return working;
	}

	/** After Connect: the open team repository and who works on it. */
	public TeamConnection.Opened opened() {
		return opened;
	}

	/** After Connect: the login that connected. */
	public TeamConnection connection() {
		return connection;
	}

	/** After Connect: whether to keep the password in secure storage. */
	public boolean rememberPassword() {
		return rememberPassword;
	}
}
