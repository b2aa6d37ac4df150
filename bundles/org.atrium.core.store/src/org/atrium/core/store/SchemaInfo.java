package org.atrium.core.store;

/** A model package as recorded in the database: its namespace URI and schema version. */
public record SchemaInfo(String nsUri, String prefix, int version) {
}
