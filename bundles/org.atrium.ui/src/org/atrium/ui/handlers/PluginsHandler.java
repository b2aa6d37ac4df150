package org.atrium.ui.handlers;

import org.atrium.plugins.PluginInstallation;
import org.atrium.plugins.PluginRepositories;
import org.atrium.ui.plugins.PluginsDialog;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** Help > Plugins: installs and uninstalls plugins of this installation, and restarts if the user wants. */
public class PluginsHandler {

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, IWorkbench workbench) {
		new PluginsDialog(shell, PluginInstallation.running(), PluginRepositories.configured(), workbench::restart).open();
	}
}
