package org.atrium.demo;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.atrium.core.model.pmo.Entity;
import org.atrium.core.model.pmo.PmoFactory;

/** What every step of one generation run shares: the random source, the scale and the reference date. */
record GenerationContext(Dice dice, OfficeScale scale, LocalDate today, WorkCalendar calendar) {

	static final PmoFactory PMO = PmoFactory.eINSTANCE;

	GenerationContext(long seed, OfficeScale scale, LocalDate today) {
		this(new Dice(seed), scale, today, new WorkCalendar(scale.historyWeeks()));
	}

	/** A new model object with an id drawn from the seed. */
	<T extends Entity> T create(Supplier<T> factoryMethod) {
		T entity = factoryMethod.get();
		entity.setId(dice.uuid());
		return entity;
	}
}
