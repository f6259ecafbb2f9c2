package io.dfschema.metadata.catalog;

import io.dfschema.engine.FieldDecl;
import java.util.List;
import java.util.Locale;

/**
 * The tables of the {@code dfschema} system schema. Their names and columns are a stable interface:
 * tools query them, so columns are only ever added at the end.
 */
public enum DiagnosticTable {
    /** One row per registration event of a dataset (registered, resolved, drift, failed) or external table. */
    REGISTRATIONS(List.of(
            text("dataset"), integer("version"), text("fingerprint"), text("ddl"), text("location"),
            text("profile"), text("status"), text("message"), timestamp("registered_at"), text("scan_policy"),
            text("files_schema"))),
    /** One row per declared column of each validated view (and one per unexpected column). */
    VIEW_CHECKS(List.of(
            text("view"), text("dataset"), text("status"), text("column_name"), text("expected"), text("actual"),
            text("reason"), timestamp("checked_at"))),
    /** One row per declared partition column of each partitioned dataset (and one per unexpected folder key). */
    PARTITION_CHECKS(List.of(
            text("dataset"), text("status"), text("column_name"), text("expected"), text("actual"), text("reason"),
            timestamp("checked_at"))),
    /** One row per function the contracts rely on. */
    FUNCTION_CHECKS(List.of(
            text("function_name"), text("status"), text("expected"), text("actual"), text("engine_version"),
            text("required_by"), timestamp("checked_at"))),
    /**
     * One row per (dataset, file, column, kind) of what reading a file as its contract takes (scan-time
     * evolution): {@code event} is the kind (filled_default, filled_null, renamed, promoted, lossy_cast,
     * ignored_extra).
     */
    ADAPTER_EVENTS(List.of(
            text("dataset"), text("column_name"), text("event"), text("detail"), timestamp("occurred_at"),
            text("file"), text("from_type"), text("to_type"), bool("lossy"))),
    /** The session's effective hardening settings and where each value came from. */
    SETTINGS(List.of(
            text("name"), text("value"), text("source"), text("profile"), timestamp("recorded_at")));

    /** The schema these tables live in, in the session's default catalog. */
    public static final String SCHEMA = "dfschema";

    private final List<FieldDecl> columns;

    DiagnosticTable(List<FieldDecl> columns) {
        this.columns = columns;
    }

    public String tableName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public List<FieldDecl> columns() {
        return columns;
    }

    private static FieldDecl text(String name) {
        return new FieldDecl(name, "Utf8", true);
    }

    private static FieldDecl bool(String name) {
        return new FieldDecl(name, "Boolean", true);
    }

    private static FieldDecl integer(String name) {
        return new FieldDecl(name, "Int64", true);
    }

    private static FieldDecl timestamp(String name) {
        return new FieldDecl(name, "Timestamp(ms, \"UTC\")", false);
    }
}
