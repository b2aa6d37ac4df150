package org.atrium.ui;

import java.util.Map;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.core.di.annotations.Optional;

import jakarta.inject.Inject;

/**
 * The window's commands for context menus, so that a menu item does what the main menu and tool bar do: the
 * same handler, enabled under the same conditions. Without the command services (a part outside the workbench)
 * nothing is available.
 */
@Creatable
public class WorkbenchCommands {

	public static final String NEW_WEEKLY_REPORT = "org.atrium.ui.command.newreport";
	public static final String SHOW_PART = "org.atrium.ui.command.showpart";
	public static final String PART_ID = "org.atrium.ui.commandparameter.partid";
	public static final String PROPERTIES = "org.atrium.ui.part.properties";

	@Inject
	@Optional
	private ECommandService commands;
	@Inject
	@Optional
	private EHandlerService handlers;

	/** Whether the command's handler would run now, with the current selection and active part. */
	public boolean canRun(String command, Map<String, Object> parameters) {
		return commands != null && handlers != null && handlers.canExecute(commands.createCommand(command, parameters));
	}

	public void run(String command, Map<String, Object> parameters) {
		if (canRun(command, parameters)) {
			handlers.executeHandler(commands.createCommand(command, parameters));
		}
	}

	/** Shows a part of the window, e.g. {@link #PROPERTIES}. */
	public void showPart(String partId) {
		run(SHOW_PART, Map.of(PART_ID, partId));
	}
}
