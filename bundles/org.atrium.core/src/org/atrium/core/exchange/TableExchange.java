package org.atrium.core.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.store.Condition;
import org.atrium.core.store.StoreSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * Exports objects of one class to CSV or XLSX and imports them back, described once by its {@link Column}s.
 * <p>
 * Every file starts with the column {@value #ID_HEADER}, the object's stable id, and ends with
 * {@value #VERSION_HEADER}, the version it was exported at. On import, a row with an id updates that object (unless
 * it changed in the database since that version) and a row without one creates an object, so an export, an edit in
 * a spreadsheet and an import change only what was edited. Columns are found by header, in any order and case;
 * unknown columns are ignored and blank rows skipped.
 * <p>
 * An import is all or nothing: every row is read, checked against the columns, the {@link ExchangeLimits}, the
 * model's rules ({@link org.atrium.core.validation.ModelValidation}) and an optional {@link RowRule}; if any
 * problem is found, an {@link ExchangeException} lists them all with row, column and reason and nothing is written.
 * Otherwise the new and changed objects are saved in one transaction.
 */
public final class TableExchange<T extends EObject> {

	/** The header of the column with each object's stable id. */
	public static final String ID_HEADER = "id";

	/** The header of the column with the version each object was exported at. */
	public static final String VERSION_HEADER = "version";

	private final EClass type;
	private final String sheetName;
	private final List<Column> columns;
	private final ExchangeLimits limits;
	private final Column key;
	private final Condition within;

	/**
	 * @param type the class of the objects, a kind of pmo:Entity
	 * @param sheetName the name of the XLSX sheet, e.g. "Risks"
	 * @param columns the columns in their order in the file, between the id and the version
	 */
	public TableExchange(EClass type, String sheetName, List<Column> columns) {
		this(type, sheetName, columns, ExchangeLimits.DEFAULT, null, null);
	}

	private TableExchange(EClass type, String sheetName, List<Column> columns, ExchangeLimits limits, Column key,
			Condition within) {
		if (!PmoPackage.Literals.ENTITY.isSuperTypeOf(type)) {
			throw new IllegalArgumentException(type.getName() + " is not a stored entity with an id");
		}
		for (Column column : columns) {
			if (!column.feature().getEContainingClass().isSuperTypeOf(type)) {
				throw new IllegalArgumentException("column " + column + " is not a feature of " + type.getName());
			}
			if (column.hasHeader(ID_HEADER) || column.hasHeader(VERSION_HEADER)
					|| columns.stream().filter(other -> other.hasHeader(column.header())).count() > 1) {
				throw new IllegalArgumentException("the header " + column + " is used twice");
			}
		}
		this.type = type;
		this.sheetName = sheetName;
		this.columns = List.copyOf(columns);
		this.limits = limits;
		this.key = key;
		this.within = within;
	}

	/** The same exchange with other limits. */
	public TableExchange<T> withLimits(ExchangeLimits other) {
		return new TableExchange<>(type, sheetName, columns, other, key, within);
	}

	/**
	 * The same exchange, matching rows without an id by a business key: a row whose cell in the key column holds the
	 * value of a stored object that meets {@code within} updates that object instead of creating one. For files made
	 * elsewhere (a project list from Smartsheet has codes, not Atrium ids), so that importing them again updates.
	 *
	 * @param keyColumn one of the columns, a text column
	 * @param within which stored objects may match, e.g. {@code Condition.childOf(project)}; null for all
	 */
	public TableExchange<T> matchingBy(Column keyColumn, Condition within) {
		if (!columns.contains(keyColumn) || keyColumn.type() != Column.Type.TEXT) {
			throw new IllegalArgumentException("the key " + keyColumn + " is not a text column of this table");
		}
		return new TableExchange<>(type, sheetName, columns, limits, keyColumn, within);
	}

	/** The column that matches rows without an id to stored objects, or null. */
	Column key() {
		return key;
	}

	/** Which stored objects the key may match, or null for all. */
	Condition keyScope() {
		return within;
	}

	public EClass type() {
		return type;
	}

	public List<Column> columns() {
		return columns;
	}

	public ExchangeLimits limits() {
		return limits;
	}

	/** The header row of an export: the id, the columns, the version. */
	public List<String> headers() {
		List<String> headers = new ArrayList<>();
		headers.add(ID_HEADER);
		columns.forEach(column -> headers.add(column.header()));
		headers.add(VERSION_HEADER);
		return headers;
	}

	/** Writes the objects as CSV with a header row; the writer stays open. */
	public void exportCsv(Collection<? extends T> objects, Writer out) throws IOException {
		CsvTable.write(headers(), rows(objects), out);
	}

	/** Writes the objects as an XLSX workbook of one sheet; the stream stays open. */
	public void exportXlsx(Collection<? extends T> objects, OutputStream out) throws IOException {
		XlsxTable.write(sheetName, headers(), rows(objects), out);
	}

	/** Writes the objects in the format, CSV in UTF-8; the stream stays open. */
	public void export(Collection<? extends T> objects, TableFormat format, OutputStream out) throws IOException {
		if (format == TableFormat.CSV) {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			exportCsv(objects, writer);
			writer.flush();
		} else {
			exportXlsx(objects, out);
		}
	}

	/**
	 * Imports a file and saves its new and changed objects in one transaction; the stream stays open.
	 *
	 * @throws ExchangeException with every problem found; nothing was saved
	 */
	public ImportResult<T> importFrom(InputStream in, TableFormat format, StoreSession session)
			throws IOException, ExchangeException {
		return importFrom(in, format, session, RowRule.none());
	}

	/**
	 * Imports a file as {@link #importFrom(InputStream, TableFormat, StoreSession)} does, with a rule each
	 * imported object must also meet.
	 */
	public ImportResult<T> importFrom(InputStream in, TableFormat format, StoreSession session, RowRule<? super T> rule)
			throws IOException, ExchangeException {
		return importFrom(in, format, session, rule, null);
	}

	/**
	 * Imports a file as {@link #importFrom(InputStream, TableFormat, StoreSession, RowRule)} does, reporting
	 * each step (reading, checking row by row, saving) to the monitor. Cancelled before the save, it saves
	 * nothing and throws {@code OperationCanceledException}.
	 */
	public ImportResult<T> importFrom(InputStream in, TableFormat format, StoreSession session, RowRule<? super T> rule,
			IProgressMonitor monitor) throws IOException, ExchangeException {
		SubMonitor progress = SubMonitor.convert(monitor, "Importing " + sheetName.toLowerCase(Locale.ROOT), 10);
		progress.subTask("Reading the file");
		List<SheetRow> rows = read(in, format);
		progress.worked(1);
		return new TableImport<T>(this, format, session, rule).save(rows, progress.split(9));
	}

	private List<SheetRow> read(InputStream in, TableFormat format) throws IOException, ExchangeException {
		byte[] bytes = Sheets.readBounded(in, limits);
		return format == TableFormat.CSV ? CsvTable.read(bytes, limits)
				: XlsxTable.read(bytes, limits, header -> columns.stream()
						.anyMatch(column -> column.type() == Column.Type.DATE && column.hasHeader(header)));
	}

	private List<List<Object>> rows(Collection<? extends T> objects) {
		List<List<Object>> rows = new ArrayList<>(objects.size());
		for (T object : objects) {
			List<Object> row = new ArrayList<>(columns.size() + 2);
			row.add(object.eGet(PmoPackage.Literals.ENTITY__ID));
			columns.forEach(column -> row.add(column.valueOf(object)));
			row.add(object.eGet(PmoPackage.Literals.ENTITY__ID) == null ? null
					: object.eGet(PmoPackage.Literals.ENTITY__VERSION));
			rows.add(row);
		}
		return rows;
	}
}
