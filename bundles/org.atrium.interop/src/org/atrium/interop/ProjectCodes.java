package org.atrium.interop;

import java.util.Optional;

import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;

/** Finds a project by its code. */
final class ProjectCodes {

	private ProjectCodes() {
	}

	static Optional<Project> find(StoreSession session, String code) {
		return session.<Project>query(Query.<Project>of(PmoPackage.Literals.PROJECT)
				.where(Condition.eq(PmoPackage.Literals.PROJECT__CODE, code)).limit(1)).stream().findFirst();
	}
}
