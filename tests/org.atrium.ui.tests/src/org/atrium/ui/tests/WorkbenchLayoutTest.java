package org.atrium.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.atrium.ui.EditorOpener;
import org.atrium.ui.WorkbenchLayout;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.impl.ApplicationPackageImpl;
import org.eclipse.e4.ui.model.application.commands.impl.CommandsPackageImpl;
import org.eclipse.e4.ui.model.application.descriptor.basic.impl.BasicPackageImpl;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.impl.AdvancedPackageImpl;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainer;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.impl.UiPackageImpl;
import org.eclipse.e4.ui.model.application.ui.menu.impl.MenuPackageImpl;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/** The window's layout on the application model Atrium ships: editors go to the editor area; Reset Layout restores. */
class WorkbenchLayoutTest {

	private static final String EDITORS = EditorOpener.EDITOR_STACK;
	private static final String BOTTOM = "org.atrium.ui.partstack.bottom";
	private static final String NAVIGATOR = "org.atrium.ui.partstack.navigator";
	private static final String PROPERTIES = "org.atrium.ui.part.properties";
	private static final String PROBLEMS = "org.atrium.ui.part.problems";

	private MApplication application;
	private MPerspective perspective;

	@BeforeEach
	void load() throws Exception {
		List.of(ApplicationPackageImpl.eINSTANCE, CommandsPackageImpl.eINSTANCE, UiPackageImpl.eINSTANCE,
				MenuPackageImpl.eINSTANCE, org.eclipse.e4.ui.model.application.ui.basic.impl.BasicPackageImpl.eINSTANCE,
				AdvancedPackageImpl.eINSTANCE, BasicPackageImpl.eINSTANCE);
		Resource resource = new XMIResourceImpl(URI.createURI("atrium:/Application.e4xmi"));
		try (InputStream in = FrameworkUtil.getBundle(EditorOpener.class).getEntry("Application.e4xmi").openStream()) {
			resource.load(in, Map.of());
		}
		application = (MApplication) resource.getContents().get(0);
		perspective = WorkbenchLayout.perspective(application);
	}

	private MUIElement find(String id) {
		return WorkbenchLayout.find(perspective, id);
	}

	private MPartStack stack(String id) {
		return (MPartStack) find(id);
	}

	/** The parts of the workbench that EditorOpener uses; parts are created from their descriptor as e4 does. */
	private EPartService parts(List<MPart> created) {
		return (EPartService) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { EPartService.class },
				(proxy, method, args) -> switch (method.getName()) {
				case "createPart" -> {
					MPart part = MBasicFactory.INSTANCE.createPart();
					part.setElementId((String) args[0]);
					created.add(part);
					yield part;
				}
				case "getParts" -> List.copyOf(created);
				case "showPart" -> args[0] instanceof MPart part ? part : null;
				default -> null;
				});
	}

	@Test
	void anEditorOpenedWhileTheOverviewIsMaximisedOpensInTheEditorArea() {
		// The overview maximised, Properties last active: the stacks around it minimised, as e4 tags them.
		stack(EDITORS).getTags().add("Maximized");
		stack(BOTTOM).getTags().add("Minimized");
		stack(NAVIGATOR).getTags().add("Minimized");
		stack(BOTTOM).setSelectedElement((MPart) find(PROPERTIES));
		List<MPart> created = new ArrayList<>();
		IEclipseContext context = EclipseContextFactory.create("layout test");
		context.set(EPartService.class, parts(created));
		context.set(MApplication.class, application);
		EditorOpener opener = ContextInjectionFactory.make(EditorOpener.class, context);

		MPart editor = opener.openProject("p-1", "DIG-011");

		assertSame(stack(EDITORS), editor.getParent(), "the editor area, not " + editor.getParent().getElementId());
		assertEquals(List.of(PROPERTIES, PROBLEMS, "org.atrium.ui.part.history"), ids(stack(BOTTOM).getChildren()));
		assertSame(editor, opener.openProject("p-1", "DIG-011"), "an open editor comes to the front");
		assertEquals(1, created.size());
		context.dispose();
	}

	@Test
	void resetLayoutRestoresTheShippedLayoutAndKeepsEditorsAndPluginParts() {
		WorkbenchLayout.snapshot(application);
		String shipped = layout(perspective);
		MPart properties = (MPart) find(PROPERTIES);
		MPart editor = MBasicFactory.INSTANCE.createPart();
		editor.setElementId(EditorOpener.DESCRIPTOR);
		stack(EDITORS).getChildren().add(editor);
		MPart heatMap = MBasicFactory.INSTANCE.createPart();
		heatMap.setElementId("org.example.heatmap");
		stack(BOTTOM).getChildren().add(heatMap);
		// The user's changes: Properties dragged beside the overview, Problems into a stack of its own, sizes changed,
		// the editor area maximised.
		stack(EDITORS).getChildren().add(properties);
		MPartStack own = MBasicFactory.INSTANCE.createPartStack();
		own.setElementId("user.stack");
		own.getChildren().add((MPart) find(PROBLEMS));
		((MPartSashContainer) find("org.atrium.ui.sash.work")).getChildren().add(own);
		stack(BOTTOM).setContainerData("5");
		stack(EDITORS).getTags().add("Maximized");
		assertFalse(shipped.equals(layout(perspective)));

		WorkbenchLayout.reset(application);

		assertSame(properties, find(PROPERTIES), "the same part, moved back, not a copy");
		assertEquals(List.of("org.atrium.ui.part.overview", EditorOpener.DESCRIPTOR), ids(stack(EDITORS).getChildren()),
				"the open editor stays in the editor area");
		assertEquals(List.of(PROPERTIES, PROBLEMS, "org.atrium.ui.part.history", "org.example.heatmap"), ids(stack(BOTTOM).getChildren()),
				"a plugin's part stays in its stack");
		assertEquals("28", stack(BOTTOM).getContainerData());
		assertNull(find("user.stack"));
		assertFalse(stack(EDITORS).getTags().contains("Maximized"));
		stack(EDITORS).getChildren().remove(editor);
		stack(BOTTOM).getChildren().remove(find("org.example.heatmap"));
		assertEquals(shipped, layout(perspective), "otherwise as shipped");

		WorkbenchLayout.snapshot(application);
		assertEquals(1, application.getSnippets().size(), "the shipped layout is kept once");
	}

	@Test
	void whatAnUninstalledPluginContributedIsDropped() {
		WorkbenchLayout.snapshot(application);
		MPart register = MBasicFactory.INSTANCE.createPart();
		register.setElementId("org.example.register");
		register.setContributionURI("bundleclass://org.example.gone/org.example.RegisterPart");
		stack(EDITORS).getChildren().add(register);
		MPart kept = MBasicFactory.INSTANCE.createPart();
		kept.setElementId("org.example.kept");
		kept.setContributorURI("platform:/plugin/org.example.there");
		stack(BOTTOM).getChildren().add(kept);

		int dropped = WorkbenchLayout.removeOrphans(application,
				bundle -> !bundle.equals("org.example.gone"));

		assertEquals(1, dropped);
		assertNull(find("org.example.register"));
		assertSame(kept, find("org.example.kept"));
		assertTrue(find("org.atrium.ui.part.overview") instanceof MPart, "the workbench's own parts stay");
	}

	private static List<String> ids(List<? extends MUIElement> elements) {
		return elements.stream().map(MUIElement::getElementId).toList();
	}

	/** The containers, their sizes and their children's ids, as one line per element. */
	private static String layout(MUIElement root) {
		StringBuilder out = new StringBuilder();
		for (var contents = ((EObject) root).eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof MUIElement element) {
				out.append(element.getElementId()).append(' ').append(element.getContainerData()).append(" in ")
						.append(element.getParent() == null ? "" : element.getParent().getElementId())
						.append(element.getTags()).append('\n');
			}
		}
		return out.toString();
	}
}
