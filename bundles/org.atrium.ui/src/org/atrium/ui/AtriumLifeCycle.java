package org.atrium.ui;

import org.atrium.demo.DemoOffice;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.StoreException;
import org.atrium.core.store.StoreSession;
import org.atrium.ui.team.TeamCredentials;
import org.atrium.ui.team.TeamStartup;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessRemovals;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Opens the database before the window exists (a team repository with its remembered password, or the connect dialog
 * if that fails) and closes it when the workbench shuts down.
 */
public class AtriumLifeCycle {

	@PostContextCreate
	void openDatabase(IEclipseContext context, IEventBroker events) {
		Settings settings = Settings.load();
		WorkbenchStore store;
		try {
			store = settings.isTeamRepository()
					? TeamStartup.open(null, storeFactory(), settings, TeamCredentials.forUser())
					: new WorkbenchStore(storeFactory().open(settings.storeConfig()), settings.user());
		} catch (StoreException e) {
			MessageDialog.openError(null, "Atrium cannot open its database", e.getMessage());
			System.exit(1);
			return;
		}
		context.set(WorkbenchStore.class, store);
		store.publishChanges(events);
		events.subscribe(UIEvents.UILifeCycle.APP_SHUTDOWN_STARTED, event -> store.close());
		events.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, event -> {
			Job demo = null;
			if (Settings.demoRequested()) {
				demo = new DemoOfficeJob(store, events, context.get(DemoOffice.class));
				demo.schedule();
			}
			if (!StartupProbe.exitsAfterReport()) {
				askWhoAnUnknownUserIs(context, store, events, demo);
			}
		});
		StartupProbe.install(Display.getCurrent(), events);
	}

	/** After the demo office, if any: warns a login the office does not know, and offers to pick a person. */
	private static void askWhoAnUnknownUserIs(IEclipseContext context, WorkbenchStore store, IEventBroker events,
			Job before) {
		Display display = Display.getCurrent();
		Job.create("Checking who you are", monitor -> {
			if (before != null) {
				try {
					before.join();
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return Status.CANCEL_STATUS;
				}
			}
			Identity identity;
			try (StoreSession session = store.openSession()) {
				identity = Identity.read(session, store.user());
			}
			if (identity.isUnknown() && !display.isDisposed()) {
				display.asyncExec(() -> {
					MWindow window = (MWindow) context.get(MApplication.class).getSelectedElement();
					if (window != null && window.getContext() != null) {
						WhoAmI.ask(display.getActiveShell(), identity, identity.warning(), store,
								window.getContext().get(EPartService.class), window.getContext().get(ISaveHandler.class),
								events);
					}
				});
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	/** The layout the user left is kept between starts; what uninstalled plugins contributed to it goes. */
	@ProcessRemovals
	void dropUninstalledPlugins(MApplication application) {
		WorkbenchLayout.removeOrphans(application, bundle -> Platform.getBundle(bundle) != null);
	}

	/** The shipped layout, with the plugins of the first start, for Window > Reset Layout. */
	@ProcessAdditions
	void keepShippedLayout(MApplication application) {
		WorkbenchLayout.snapshot(application);
	}

	private static ModelStoreFactory storeFactory() {
		BundleContext bundles = FrameworkUtil.getBundle(AtriumLifeCycle.class).getBundleContext();
		ServiceTracker<ModelStoreFactory, ModelStoreFactory> tracker = new ServiceTracker<>(bundles,
				ModelStoreFactory.class, null);
		tracker.open();
		try {
			ModelStoreFactory factory = tracker.waitForService(30_000);
			if (factory == null) {
				throw new StoreException("The model store service did not start.");
			}
			return factory;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new StoreException("Interrupted while waiting for the model store service.");
		}
	}
}
