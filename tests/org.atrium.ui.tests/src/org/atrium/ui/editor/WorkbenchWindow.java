package org.atrium.ui.editor;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import org.atrium.ui.EditorOpener;
import org.atrium.ui.WorkbenchStore;
import org.atrium.ui.testing.UiFixture;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.internal.workbench.swt.PartRenderingEngine;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.swt.DisplayUISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * A real e4 workbench window with the editor area and the project editor's part descriptor, rendered by the
 * platform's renderers: a tab's close button, the window's save handler and the part service work as in the
 * product.
 */
final class WorkbenchWindow implements AutoCloseable {

	final IEclipseContext context;
	final MApplication application;
	final MTrimmedWindow window;
	final MPartStack editors;
	private final E4Workbench workbench;
	private final Display display;

	WorkbenchWindow(WorkbenchStore store, Display display) {
		this.display = display;
		context = E4Application.createDefaultContext();
		context.set(IWorkbench.PRESENTATION_URI_ARG, PartRenderingEngine.engineURI);
		context.set(UISynchronize.class, new DisplayUISynchronize(display));
		context.set(WorkbenchStore.class, store);
		EModelService models = context.get(EModelService.class);
		application = models.createModelElement(MApplication.class);
		application.setContext(context);
		context.set(MApplication.class, application);

		MPartDescriptor descriptor = models.createModelElement(MPartDescriptor.class);
		descriptor.setElementId(EditorOpener.DESCRIPTOR);
		descriptor.setContributionURI("bundleclass://org.atrium.ui/org.atrium.ui.editor.ProjectEditorPart");
		descriptor.setAllowMultiple(true);
		descriptor.setCloseable(true);
		descriptor.setDirtyable(true);
		descriptor.setCategory("org.eclipse.e4.primaryDataStack");
		application.getDescriptors().add(descriptor);

		window = models.createModelElement(MTrimmedWindow.class);
		window.setWidth(1100);
		window.setHeight(760);
		editors = models.createModelElement(MPartStack.class);
		editors.setElementId(EditorOpener.EDITOR_STACK);
		editors.getTags().add("org.eclipse.e4.primaryDataStack");
		window.getChildren().add(editors);
		application.getChildren().add(window);
		application.setSelectedElement(window);

		workbench = new E4Workbench(application, context);
		workbench.createAndRunUI(window);
	}

	EPartService parts() {
		return window.getContext().get(EPartService.class);
	}

	/** Opens the project editor as the navigator does, and waits until it shows the project. */
	ProjectEditorPart openProject(UiFixture ui, String projectId, String code) {
		EditorOpener opener = ContextInjectionFactory.make(EditorOpener.class, window.getContext());
		opener.openProject(projectId, code);
		MPart part = editorPart(projectId);
		ProjectEditorPart editor = (ProjectEditorPart) part.getObject();
		ui.waitFor("the editor to load", editor.loaded());
		return editor;
	}

	MPart editorPart(String projectId) {
		return parts().getParts().stream()
				.filter(part -> projectId.equals(part.getPersistedState().get(EditorOpener.PROJECT_ID))).findFirst()
				.orElse(null);
	}

	/** Clicks the close button on the part's tab, as the user does. */
	void clickClose(MPart part) {
		CTabFolder folder = (CTabFolder) editors.getWidget();
		CTabItem tab = null;
		for (CTabItem item : folder.getItems()) {
			if (item.getData("modelElement") == part || item.getControl() == part.getWidget()) {
				tab = item;
			}
		}
		if (tab == null) {
			throw new AssertionError("no tab for " + part.getLabel());
		}
		folder.setSelection(tab);
		folder.redraw();
		folder.update();
		Rectangle close = closeButton(tab);
		for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
			Event event = new Event();
			event.button = 1;
			event.x = close.x + close.width / 2;
			event.y = close.y + close.height / 2;
			folder.notifyListeners(type, event);
		}
	}

	private static Rectangle closeButton(CTabItem tab) {
		try {
			Field field = CTabItem.class.getDeclaredField("closeRect");
			field.setAccessible(true);
			Rectangle close = (Rectangle) field.get(tab);
			if (close.width == 0) {
				throw new AssertionError("the tab shows no close button");
			}
			return close;
		} catch (ReflectiveOperationException e) {
			throw new AssertionError("cannot find the tab's close button", e);
		}
	}

	private Runnable answerer;

	/** What the questions that open from now on said; each is answered with the button of the given label. */
	List<String> answerQuestions(String button) {
		stopAnswering();
		List<String> asked = new ArrayList<>();
		answerer = new Runnable() {
			@Override
			public void run() {
				for (Shell shell : display.getShells()) {
					List<Button> buttons = UiFixture.find(shell, Button.class,
							b -> b.getText().replace("&", "").equals(button));
					if (!shell.isDisposed() && shell.isVisible() && !buttons.isEmpty()) {
						StringBuilder text = new StringBuilder(shell.getText());
						UiFixture.find(shell, Label.class, l -> true).forEach(l -> text.append(" | ").append(l.getText()));
						asked.add(text.toString());
						buttons.get(0).notifyListeners(SWT.Selection, new Event());
					}
				}
				display.timerExec(100, this);
			}
		};
		display.timerExec(100, answerer);
		return asked;
	}

	/** Stops answering questions. */
	void stopAnswering() {
		if (answerer != null) {
			display.timerExec(-1, answerer);
			answerer = null;
		}
	}

	@Override
	public void close() {
		stopAnswering();
		workbench.close();
		context.dispose();
	}
}
