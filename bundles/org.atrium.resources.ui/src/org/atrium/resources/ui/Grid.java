package org.atrium.resources.ui;

import java.util.List;
import java.util.function.Function;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.cell.IConfigLabelAccumulator;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.widgets.Composite;

/**
 * A NatTable grid (body, column and row headers, corner) over cells that a part supplies: only the visible cells
 * are painted, so a grid of 600 people by 52 weeks stays quick.
 */
final class Grid {

	/** What the grid shows; the part changes it and calls {@link Grid#refresh()}. */
	interface Cells {
		int columns();

		int rows();

		Object value(int column, int row);

		default void set(int column, int row, Object value) {
		}

		String columnHeader(int column);

		String rowHeader(int row);
	}

	final NatTable table;
	final DataLayer body;
	final SelectionLayer selection;

	Grid(Composite parent, Cells cells, int rowHeaderWidth, int columnWidth, IConfigLabelAccumulator labels,
			Function<NatTable, List<org.eclipse.nebula.widgets.nattable.config.IConfiguration>> configurations) {
		CollectionFactories.ensureLoaded();
		IDataProvider bodyData = new IDataProvider() {
			@Override
			public Object getDataValue(int column, int row) {
				return cells.value(column, row);
			}

			@Override
			public void setDataValue(int column, int row, Object value) {
				cells.set(column, row, value);
			}

			@Override
			public int getColumnCount() {
				return cells.columns();
			}

			@Override
			public int getRowCount() {
				return cells.rows();
			}
		};
		IDataProvider columnHeaders = new Headers(cells::columns, () -> 1, (column, row) -> cells.columnHeader(column));
		IDataProvider rowHeaders = new Headers(() -> 1, cells::rows, (column, row) -> cells.rowHeader(row));
		body = new DataLayer(bodyData, columnWidth, 24);
		body.setConfigLabelAccumulator(labels);
		selection = new SelectionLayer(body);
		ViewportLayer viewport = new ViewportLayer(selection);
		ColumnHeaderLayer columnHeader = new ColumnHeaderLayer(new DataLayer(columnHeaders, columnWidth, 24), viewport, selection);
		DataLayer rowHeaderData = new DataLayer(rowHeaders, rowHeaderWidth, 24);
		RowHeaderLayer rowHeader = new RowHeaderLayer(rowHeaderData, viewport, selection);
		CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(columnHeaders, rowHeaders)),
				rowHeader, columnHeader);
		GridLayer grid = new GridLayer(viewport, columnHeader, rowHeader, corner);
		table = new NatTable(parent, grid, false);
		table.addConfiguration(new DefaultNatTableStyleConfiguration());
		configurations.apply(table).forEach(table::addConfiguration);
		table.configure();
	}

	void refresh() {
		if (!table.isDisposed()) {
			table.refresh();
		}
	}

	private record Headers(java.util.function.IntSupplier columns, java.util.function.IntSupplier rows,
			java.util.function.BiFunction<Integer, Integer, Object> value) implements IDataProvider {

		@Override
		public Object getDataValue(int column, int row) {
			return value.apply(column, row);
		}

		@Override
		public void setDataValue(int column, int row, Object newValue) {
		}

		@Override
		public int getColumnCount() {
			return columns.getAsInt();
		}

		@Override
		public int getRowCount() {
			return rows.getAsInt();
		}
	}
}
