package org.atrium.interop;

import java.util.Map;

import org.atrium.core.store.Transaction;
import org.atrium.demo.DemoContribution;
import org.atrium.demo.Office;
import org.atrium.interop.model.interop.ColumnChoice;
import org.atrium.interop.model.interop.InteropFactory;
import org.atrium.interop.model.interop.SheetMapping;
import org.atrium.interop.model.interop.SheetTarget;
import org.osgi.service.component.annotations.Component;

/**
 * The demo office's saved sheet mappings: a project list as Smartsheet exports it, and a milestone plan as an Excel
 * workbook keeps it, ready for {@code atrium import sheet FILE --mapping NAME}.
 */
@Component(service = DemoContribution.class)
public class InteropDemo implements DemoContribution {

	/** The demo mapping of a Smartsheet project list. */
	public static final String SMARTSHEET_PROJECTS = "Smartsheet project list";

	/** The demo mapping of an Excel milestone plan. */
	public static final String EXCEL_MILESTONES = "Excel milestone plan";

	@Override
	public void contribute(Office office, long seed, Transaction transaction) {
		transaction.save(mapping(SMARTSHEET_PROJECTS, SheetTarget.PROJECT_LIST,
				Map.of("code", "Project ID", "name", "Project Name", "phase", "Phase", "rag", "Health",
						SheetField.SPONSOR, "Sponsor", "plannedStart", "Start Date", "plannedEnd", "End Date",
						"budgetPlanned", "Budget", "percentComplete", "% Complete")));
		transaction.save(mapping(EXCEL_MILESTONES, SheetTarget.MILESTONE_PLAN,
				Map.of("name", "Milestone", "plannedDate", "Due date", "baselineDate", "Baseline", "actualDate", "Done")));
	}

	private static SheetMapping mapping(String name, SheetTarget target, Map<String, String> choices) {
		SheetMapping mapping = InteropFactory.eINSTANCE.createSheetMapping();
		mapping.setName(name);
		mapping.setTarget(target);
		for (SheetField field : SheetField.of(target)) {
			String header = choices.get(field.id());
			if (header != null) {
				ColumnChoice choice = InteropFactory.eINSTANCE.createColumnChoice();
				choice.setField(field.id());
				choice.setHeader(header);
				mapping.getColumns().add(choice);
			}
		}
		return mapping;
	}
}
