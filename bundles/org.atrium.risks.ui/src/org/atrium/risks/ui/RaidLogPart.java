package org.atrium.risks.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.Ids;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.risks.model.risks.Assumption;
import org.atrium.risks.model.risks.Dependency;
import org.atrium.risks.model.risks.Issue;
import org.atrium.risks.model.risks.RaidItem;
import org.atrium.risks.model.risks.Risk;
import org.atrium.risks.model.risks.RisksPackage;
import org.atrium.ui.BackgroundRead;
import org.atrium.ui.WorkbenchStore;
import org.atrium.ui.editor.Tables;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The RAID log: risks, assumptions, issues and dependencies of every project in one list. */
public class RaidLogPart {

	/** One line of the log. */
	public record Entry(String type, String project, String title, String owner, String status, LocalDate due) {
	}

	static final List<String> TYPES = List.of("Risk", "Assumption", "Issue", "Dependency");

	@Inject
	private WorkbenchStore store;

	private List<Entry> all = List.of();
	private TableViewer table;
	private Combo type;
	private Text filter;
	private Label summary;

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 6).applyTo(parent);
		filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("Filter by title, project or owner");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		type = new Combo(parent, SWT.READ_ONLY);
		type.add("Risks, assumptions, issues, dependencies");
		TYPES.forEach(t -> type.add(t + "s"));
		type.select(0);
		summary = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(summary);
		Composite tableArea = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(tableArea);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).applyTo(tableArea);
		table = Tables.table(tableArea);
		Tables.column(table, "Type", 100, Entry::type);
		Tables.column(table, "Project", 80, Entry::project);
		Tables.column(table, "Title", 320, Entry::title);
		Tables.column(table, "Owner", 150, Entry::owner);
		Tables.column(table, "Status", 100, Entry::status);
		Tables.column(table, "Due", 100, (Entry e) -> e.due() == null ? "" : e.due().toString());
		filter.addModifyListener(e -> apply());
		type.addListener(SWT.Selection, e -> apply());
		reload();
	}

	public Job reload() {
		return BackgroundRead.start("Loading the RAID log", store, table.getTable(), RaidLogPart::read, entries -> {
			all = entries;
			apply();
		});
	}

	@Inject
	@Optional
	void dataChanged(@UIEventTopic(org.atrium.ui.Topics.DATA_CHANGED) Object changed) {
		if (table != null && !table.getTable().isDisposed()) {
			reload();
		}
	}

	static List<Entry> read(StoreSession session) {
		Map<String, String> projects = new HashMap<>();
		session.query(Query.<Project>of(PmoPackage.Literals.PROJECT)).forEach(p -> projects.put(p.getId(), p.getCode()));
		Map<String, String> people = new HashMap<>();
		session.query(Query.<Person>of(PmoPackage.Literals.PERSON)).forEach(p -> people.put(p.getId(), p.getName()));
		List<Entry> entries = new ArrayList<>();
		for (Risk risk : session.query(Query.<Risk>of(RisksPackage.Literals.RISK))) {
			entries.add(new Entry("Risk", projects.getOrDefault(id(risk, RisksPackage.Literals.RISK__PROJECT), ""),
					risk.getTitle(), people.getOrDefault(id(risk, RisksPackage.Literals.RISK__OWNER), ""),
					risk.getStatus() == null ? "" : risk.getStatus().getLiteral(), risk.getProximityDate()));
		}
		for (RaidItem item : session.query(Query.<RaidItem>of(RisksPackage.Literals.RAID_ITEM))) {
			String status = switch (item) {
			case Assumption a -> a.isValidated() ? "Validated" : "Not validated";
			case Issue i -> i.getStatus() == null ? "" : i.getStatus().getLiteral();
			case Dependency d -> d.getStatus() == null ? "" : d.getStatus().getLiteral();
			default -> "";
			};
			entries.add(new Entry(item.eClass().getName(), projects.getOrDefault(id(item, RisksPackage.Literals.RAID_ITEM__PROJECT), ""),
					item.getTitle(), people.getOrDefault(id(item, RisksPackage.Literals.RAID_ITEM__OWNER), ""), status,
					item.getDueDate()));
		}
		entries.sort(Comparator.comparing(Entry::project).thenComparing(e -> TYPES.indexOf(e.type())));
		return entries;
	}

	private static String id(EObject object, EReference reference) {
		EObject target = (EObject) object.eGet(reference, false);
		return target == null ? null : Ids.of(target);
	}

	private void apply() {
		String text = filter.getText().trim().toLowerCase(Locale.ROOT);
		String wanted = type.getSelectionIndex() <= 0 ? null : TYPES.get(type.getSelectionIndex() - 1);
		List<Entry> shown = all.stream().filter(e -> wanted == null || wanted.equals(e.type()))
				.filter(e -> text.isEmpty() || (e.title() + " " + e.project() + " " + e.owner()).toLowerCase(Locale.ROOT)
						.contains(text))
				.toList();
		table.setInput(shown);
		summary.setText(shown.size() + " of " + all.size() + " entries");
	}
}
