package org.atrium.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationElement;
import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The window's layout across starts: the workbench keeps the user's layout, {@link #reset(MApplication)} brings
 * back the one Atrium ships (Window > Reset Layout), and elements of plugins that are no longer installed are
 * dropped before the window shows. The shipped layout is a copy of the perspective taken at the first start, with
 * the plugins' parts of that time, kept among the application's snippets.
 */
public final class WorkbenchLayout {

	public static final String PERSPECTIVE = "org.atrium.ui.perspective.portfolio";

	private static final List<String> ZOOM_TAGS = List.of("Maximized", "Minimized", "MinimizedByZoom");

	private WorkbenchLayout() {
	}

	/** Keeps a copy of the shipped perspective, unless one is kept already. */
	public static void snapshot(MApplication application) {
		if (snippet(application) == null && perspective(application) instanceof MPerspective perspective) {
			application.getSnippets().add((MPerspective) EcoreUtil.copy((EObject) perspective));
		}
	}

	/**
	 * Lays the perspective out as shipped: every shipped stack and sash back in its place with its size, every shipped
	 * part back in its stack and shown, nothing maximised or minimised. The model is changed in place, so that the
	 * workbench moves the widgets it has. Editors and parts added later (by a plugin installed since) stay open: in
	 * their stack if it is a shipped one, otherwise in the editor area. Stacks and sashes the user made go.
	 */
	public static void reset(MApplication application) {
		MPerspective shipped = snippet(application);
		MPerspective current = perspective(application);
		if (shipped == null || current == null) {
			return;
		}
		restore(shipped, current, current);
		MPartStack editorArea = (MPartStack) find(current, EditorOpener.EDITOR_STACK);
		for (MPart part : all(current, MPart.class)) {
			if (find(shipped, part.getElementId()) == null && find(shipped, part.getParent().getElementId()) == null) {
				editorArea.getChildren().add(part);
			}
		}
		List<MUIElement> made = new ArrayList<>();
		for (MUIElement element : all(current, MUIElement.class)) {
			if (element != current && !(element instanceof MPart) && find(shipped, element.getElementId()) == null) {
				made.add(element);
			}
		}
		for (int i = made.size() - 1; i >= 0; i--) {
			made.get(i).setToBeRendered(false);
			EcoreUtil.remove((EObject) made.get(i));
		}
		for (MUIElement element : all(current, MUIElement.class)) {
			element.getTags().removeAll(ZOOM_TAGS);
			if (element instanceof MPartStack stack && !stack.getChildren().isEmpty()
					&& (stack.getSelectedElement() == null || !stack.getChildren().contains(stack.getSelectedElement()))) {
				stack.setSelectedElement(stack.getChildren().get(0));
			}
		}
	}

	/** Puts the current counterpart of each shipped child of {@code shipped} into {@code target}, in the shipped order. */
	@SuppressWarnings("unchecked")
	private static void restore(MElementContainer<?> shipped, MElementContainer<?> target, MPerspective current) {
		List<MUIElement> children = (List<MUIElement>) target.getChildren();
		for (int i = 0; i < shipped.getChildren().size(); i++) {
			MUIElement want = shipped.getChildren().get(i);
			MUIElement have = find(current, want.getElementId());
			if (have == null) {
				have = (MUIElement) EcoreUtil.copy((EObject) want);
			}
			int index = Math.min(i, children.size());
			if (have.getParent() == target) {
				((org.eclipse.emf.common.util.EList<MUIElement>) children).move(Math.min(i, children.size() - 1), have);
			} else {
				children.add(index, have);
			}
			have.setContainerData(want.getContainerData());
			have.setToBeRendered(true);
			have.setVisible(true);
			if (want instanceof MElementContainer<?> wantContainer && !(want instanceof MPart)) {
				restore(wantContainer, (MElementContainer<?>) have, current);
			}
		}
	}

	/**
	 * Drops the elements of the application model, shipped layout included, that bundles no longer installed
	 * contributed (their {@code contributorURI} or {@code contributionURI} names the bundle), so that a plugin's
	 * part does not linger broken after the plugin is uninstalled. Returns how many were dropped.
	 */
	public static int removeOrphans(MApplication application, Predicate<String> installed) {
		List<EObject> orphans = new ArrayList<>();
		for (var contents = ((EObject) application).eAllContents(); contents.hasNext();) {
			EObject next = contents.next();
			if (next instanceof MApplicationElement element && isOrphan(element, installed)) {
				orphans.add(next);
				contents.prune();
			}
		}
		orphans.forEach(EcoreUtil::remove);
		return orphans.size();
	}

	private static boolean isOrphan(MApplicationElement element, Predicate<String> installed) {
		String contributor = bundle(element.getContributorURI(), "platform:/plugin/");
		String contribution = element instanceof org.eclipse.e4.ui.model.application.MContribution contributed
				? bundle(contributed.getContributionURI(), "bundleclass://") : null;
		return contributor != null && !installed.test(contributor) || contribution != null && !installed.test(contribution);
	}

	private static String bundle(String uri, String scheme) {
		if (uri == null || !uri.startsWith(scheme)) {
			return null;
		}
		String rest = uri.substring(scheme.length());
		int slash = rest.indexOf('/');
		return slash < 0 ? rest : rest.substring(0, slash);
	}

	private static MPerspective snippet(MApplication application) {
		for (var snippet : application.getSnippets()) {
			if (snippet instanceof MPerspective perspective && PERSPECTIVE.equals(perspective.getElementId())) {
				return perspective;
			}
		}
		return null;
	}

	/** The window's perspective. */
	public static MPerspective perspective(MApplication application) {
		for (MWindow window : application.getChildren()) {
			for (MPerspective perspective : all(window, MPerspective.class)) {
				if (PERSPECTIVE.equals(perspective.getElementId())) {
					return perspective;
				}
			}
		}
		return null;
	}

	/** The element with this id in the container's tree, or null. */
	public static MUIElement find(MUIElement root, String id) {
		for (MUIElement element : all(root, MUIElement.class)) {
			if (id != null && id.equals(element.getElementId())) {
				return element;
			}
		}
		return null;
	}

	private static <T> List<T> all(MUIElement root, Class<T> type) {
		List<T> found = new ArrayList<>();
		if (type.isInstance(root)) {
			found.add(type.cast(root));
		}
		for (var contents = ((EObject) root).eAllContents(); contents.hasNext();) {
			EObject next = contents.next();
			if (type.isInstance(next)) {
				found.add(type.cast(next));
			}
		}
		return found;
	}
}
