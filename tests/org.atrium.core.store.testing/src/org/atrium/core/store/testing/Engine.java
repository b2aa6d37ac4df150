package org.atrium.core.store.testing;

/** The database engines every store test runs on. */
public enum Engine {
	/** Embedded Apache Derby in a folder: the zero-setup default. */
	DERBY,
	/** A PostgreSQL server: the team repository. */
	POSTGRESQL
}
