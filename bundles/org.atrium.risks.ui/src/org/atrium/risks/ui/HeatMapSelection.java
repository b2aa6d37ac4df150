package org.atrium.risks.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.atrium.risks.ui.RiskRows.Cell;
import org.eclipse.e4.core.di.annotations.Creatable;

import jakarta.inject.Singleton;

/** The heat map cell the user picked, shared by the heat map and the register of one workbench. */
@Creatable
@Singleton
public class HeatMapSelection {

	private final List<Consumer<Cell>> listeners = new CopyOnWriteArrayList<>();
	private Cell cell;

	public Cell cell() {
		return cell;
	}

	/** Picks a cell, or clears the pick with null, and tells the listeners. */
	public void pick(Cell picked) {
		cell = picked;
		listeners.forEach(listener -> listener.accept(picked));
	}

	public void addListener(Consumer<Cell> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<Cell> listener) {
		listeners.remove(listener);
	}
}
