package org.atrium.demo;

import org.atrium.core.model.pmo.Project;

/** A generated project together with the profile its figures are derived from. */
record ProjectPlan(Project project, ProjectProfile profile) {
}
