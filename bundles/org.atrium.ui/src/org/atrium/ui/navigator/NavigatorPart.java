package org.atrium.ui.navigator;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.atrium.core.Contributions;
import org.atrium.core.RagRollup;
import org.atrium.core.model.Labels;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.Scope;
import org.atrium.ui.BackgroundRead;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.Images;
import org.atrium.ui.StartupProbe;
import org.atrium.ui.Topics;
import org.atrium.core.store.Ids;
import org.atrium.ui.WorkbenchCommands;
import org.atrium.ui.WorkbenchStore;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The tree of portfolios, programs and projects with their RAG status, a filter box, a context menu
 * (new, open, rename, delete) and drag and drop of projects between programs. Plugins add children
 * under projects through {@link NavigatorContribution} services; plugins that start or stop while it
 * is open show up or go at once, and a failing one is logged and left out.
 */
public class NavigatorPart {

	@Inject
	private WorkbenchStore store;
	@Inject
	@Optional
	private ESelectionService selection;
	@Inject
	private EditorOpener editors;
	@Inject
	@Optional
	private MApplication application;
	@Inject
	@Optional
	private EModelService models;
	@Inject
	@Optional
	private IEventBroker events;
	@Inject
	private UISynchronize ui;
	@Inject
	private NavigatorContributions contributions;
	@Inject
	private WorkbenchCommands commands;

	private final RagRollup rollup = new RagRollup();
	private final Runnable contributionsChanged = () -> ui.asyncExec(this::contributionsChanged);
	private final Map<Object, java.util.Optional<Image>> contributedImages = new IdentityHashMap<>();
	private TreeViewer viewer;
	private Text filter;
	private NavigatorContent content;
	private NavigatorActions actions;

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("Filter by name or code");
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ContentProvider());
		viewer.setLabelProvider(new LabelProvider());
		viewer.setComparator(new ViewerComparator());
		viewer.addFilter(new TextFilter());
		filter.addModifyListener(e -> {
			viewer.refresh();
			if (!filter.getText().isBlank()) {
				viewer.expandAll();
			}
		});
		viewer.addSelectionChangedListener(e -> {
			if (selection != null) {
				selection.setSelection(((IStructuredSelection) e.getSelection()).getFirstElement());
			}
		});
		viewer.addDoubleClickListener(e -> open(((IStructuredSelection) e.getSelection()).getFirstElement()));
		actions = new NavigatorActions(store, viewer, editors, events, this::reload, commands);
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(actions::fill);
		viewer.getTree().setMenu(menu.createContextMenu(viewer.getTree()));
		addDragAndDrop();
		contributions.addListener(contributionsChanged);
		reload();
	}

	/** The filter box, for tests and keyboard focus. */
	public Text filter() {
		return filter;
	}

	public TreeViewer viewer() {
		return viewer;
	}

	NavigatorActions actions() {
		return actions;
	}

	@Inject
	@Optional
	void dataChanged(@UIEventTopic(Topics.DATA_CHANGED) Object changed) {
		if (viewer != null && !viewer.getTree().isDisposed()) {
			reload();
		}
	}

	private void contributionsChanged() {
		if (viewer != null && !viewer.getTree().isDisposed()) {
			reload();
		}
	}

	/** Reads the tree in a background job and shows it when done. */
	public Job reload() {
		return BackgroundRead.start("Loading the portfolio tree", store, viewer.getControl(),
				session -> NavigatorContent.read(session, contributions.all()), this::show);
	}

	private void show(NavigatorContent loaded) {
		if (viewer.getTree().isDisposed()) {
			return;
		}
		Object[] expanded = viewer.getExpandedElements();
		content = loaded;
		contributedImages.clear();
		viewer.setInput(loaded);
		List<Object> again = new ArrayList<>();
		for (Object element : expanded) {
			find(element).ifPresent(again::add);
		}
		if (again.isEmpty()) {
			viewer.setExpandedElements(loaded.portfolios().toArray());
		} else {
			viewer.setExpandedElements(again.toArray());
		}
		StartupProbe.navigatorShown(viewer.getTree().getDisplay(),
				loaded.portfolios().stream().map(Portfolio::getName).toList(), loaded.contributedCount(), partIds());
	}

	/** The ids of the parts and part descriptors in the application model, plugins' included. */
	private List<String> partIds() {
		List<String> ids = new ArrayList<>();
		if (application != null && models != null) {
			models.findElements(application, null, MPart.class).forEach(p -> ids.add(p.getElementId()));
			application.getDescriptors().forEach(d -> ids.add(d.getElementId()));
		}
		return ids;
	}

	/** The element of the new content with the id of an element of the old one. */
	private java.util.Optional<Object> find(Object old) {
		if (!(old instanceof Scope scope)) {
			return java.util.Optional.empty();
		}
		for (Portfolio portfolio : content.portfolios()) {
			if (portfolio.getId().equals(scope.getId())) {
				return java.util.Optional.of(portfolio);
			}
			for (Program program : portfolio.getPrograms()) {
				if (program.getId().equals(scope.getId())) {
					return java.util.Optional.of(program);
				}
			}
		}
		return java.util.Optional.empty();
	}

	private void open(Object element) {
		NavigatorContribution owner = content == null || element == null ? null : content.owner(element);
		String descriptor = owner == null ? null
				: Contributions.call(owner, "the navigator's editor of " + NavigatorContent.kind(element),
						() -> owner.editor(element), null);
		if (element instanceof Project project) {
			editors.openProject(project.getId(), project.getCode());
		} else if (descriptor != null && element instanceof EObject object) {
			editors.open(descriptor, EditorOpener.OBJECT_ID, Ids.of(object), content.label(element));
		} else if (element != null) {
			viewer.setExpandedState(element, !viewer.getExpandedState(element));
		}
	}

	private void addDragAndDrop() {
		Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
		viewer.addDragSupport(DND.DROP_MOVE, transfers, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				IStructuredSelection dragged = viewer.getStructuredSelection();
				event.doit = dragged.getFirstElement() instanceof Project;
				LocalSelectionTransfer.getTransfer().setSelection(dragged);
			}
		});
		viewer.addDropSupport(DND.DROP_MOVE, transfers, new ViewerDropAdapter(viewer) {
			@Override
			public boolean validateDrop(Object target, int operation, TransferData type) {
				Object dragged = ((IStructuredSelection) LocalSelectionTransfer.getTransfer().getSelection()).getFirstElement();
				return target instanceof Program program && dragged instanceof Project project
						&& project.getProgram() != program;
			}

			@Override
			public boolean performDrop(Object data) {
				Object dragged = ((IStructuredSelection) LocalSelectionTransfer.getTransfer().getSelection()).getFirstElement();
				actions.move((Project) dragged, (Program) getCurrentTarget());
				return true;
			}
		});
	}

	@PreDestroy
	void dispose() {
		contributions.removeListener(contributionsChanged);
	}

	private final class ContentProvider implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((NavigatorContent) input).portfolios().toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof Portfolio portfolio) {
				return portfolio.getPrograms().toArray();
			}
			if (parent instanceof Program program) {
				return program.getProjects().toArray();
			}
			return content == null ? new Object[0] : content.contributedChildren(parent).toArray();
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof Scope scope ? scope.eContainer() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return getChildren(element).length > 0;
		}
	}

	private final class LabelProvider extends ColumnLabelProvider {
		@Override
		public String getText(Object element) {
			if (element instanceof Project project) {
				return project.getCode() + "  " + project.getName();
			}
			if (element instanceof Scope scope) {
				return scope.getName();
			}
			String label = content == null ? null : content.label(element);
			return label == null ? NavigatorContent.kind(element) : label;
		}

		@Override
		public Image getImage(Object element) {
			if (element instanceof Project project) {
				return Images.rag(project.getRag());
			}
			if (element instanceof Scope scope) {
				return Images.rag(rollup.of(scope).rag());
			}
			NavigatorContribution owner = content == null ? null : content.owner(element);
			if (owner == null) {
				return null;
			}
			return contributedImages.computeIfAbsent(element, e -> java.util.Optional.ofNullable(Contributions.call(owner,
					"the navigator icon of " + NavigatorContent.kind(e), () -> owner.image(e), null))).orElse(null);
		}

		@Override
		public String getToolTipText(Object element) {
			return element instanceof Scope scope ? Labels.of(scope.eClass()) + ": " + scope.getName() : null;
		}
	}

	/** Shows an element if it, an ancestor or a descendant matches the filter text. */
	private final class TextFilter extends ViewerFilter {
		@Override
		public boolean select(Viewer v, Object parent, Object element) {
			String text = filter.getText().trim().toLowerCase(Locale.ROOT);
			if (text.isEmpty()) {
				return true;
			}
			for (Object e = element; e != null; e = ((ContentProvider) viewer.getContentProvider()).getParent(e)) {
				if (matches(e, text)) {
					return true;
				}
			}
			return anyDescendantMatches(element, text);
		}

		private boolean anyDescendantMatches(Object element, String text) {
			for (Object child : ((ContentProvider) viewer.getContentProvider()).getChildren(element)) {
				if (matches(child, text) || anyDescendantMatches(child, text)) {
					return true;
				}
			}
			return false;
		}

		private boolean matches(Object element, String text) {
			String label = ((LabelProvider) viewer.getLabelProvider()).getText(element);
			return label != null && label.toLowerCase(Locale.ROOT).contains(text);
		}
	}
}
