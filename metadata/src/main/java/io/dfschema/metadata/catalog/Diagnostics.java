package io.dfschema.metadata.catalog;

import io.dfschema.engine.Session;
import io.dfschema.metadata.contract.CanonicalJson;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes diagnostic rows: into the session's read-only {@code dfschema} tables, and, when the connection
 * names a file, as JSON lines appended to it (one object per row, with a {@code "table"} key). Rows of one
 * call go to the engine in one append, so a query never sees half of them, and to the file in one locked,
 * fsynced write ({@link DurableFiles#append}), so a killed process leaves complete lines.
 */
public final class Diagnostics {
    private final Session session;
    private final String catalog;
    private final Path jsonFile;
    private final Clock clock;
    private final Map<DiagnosticTable, List<Map<String, Object>>> held = new EnumMap<>(DiagnosticTable.class);
    private int holds;

    private Diagnostics(Session session, String catalog, Path jsonFile, Clock clock) {
        this.session = session;
        this.catalog = catalog;
        this.jsonFile = jsonFile;
        this.clock = clock;
    }

    /** Creates the {@code dfschema} tables in {@code catalog}; {@code jsonFile} may be null. */
    public static Diagnostics create(Session session, String catalog, Path jsonFile) {
        for (DiagnosticTable t : DiagnosticTable.values()) {
            session.createAppendOnlyTable(catalog, DiagnosticTable.SCHEMA, t.tableName(), t.columns());
        }
        return new Diagnostics(session, catalog, jsonFile, Clock.systemUTC());
    }

    /** The time stamp rows get now: milliseconds, UTC. */
    public String now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
    }

    /** {@link #now()} as epoch milliseconds. */
    public long nowMillis() {
        return clock.millis();
    }

    /**
     * Writes rows the engine already has (a mounted catalog's registrations) to the diagnostics file, if
     * the connection names one, with {@code timeColumn} set to {@code millis}.
     */
    void writeToFileOnly(DiagnosticTable table, List<Map<String, Object>> rows, String timeColumn, long millis)
            throws SQLException {
        if (jsonFile == null || rows.isEmpty()) {
            return;
        }
        appendToFile(fileLines(table, rows, Map.of(timeColumn, Instant.ofEpochMilli(millis).toString())));
    }

    /** Rows as the engine takes them: one JSON object per line. */
    static String jsonLines(List<Map<String, Object>> rows) {
        StringBuilder lines = new StringBuilder();
        for (Map<String, Object> row : rows) {
            lines.append(CanonicalJson.write(row)).append('\n');
        }
        return lines.toString();
    }

    /** Rows as the diagnostics file has them: tagged with their table, {@code replaced} values put in. */
    private static String fileLines(DiagnosticTable table, List<Map<String, Object>> rows, Map<String, Object> replaced) {
        StringBuilder lines = new StringBuilder();
        for (Map<String, Object> row : rows) {
            Map<String, Object> tagged = new LinkedHashMap<>(row);
            tagged.putAll(replaced);
            tagged.put("table", table.tableName());
            lines.append(CanonicalJson.write(tagged)).append('\n');
        }
        return lines.toString();
    }

    /**
     * Holds appended rows until {@link #flush()}, so that registering many datasets costs one engine
     * append per table instead of one per dataset. Holds nest.
     */
    public synchronized void hold() {
        holds++;
    }

    /** Ends one {@link #hold()}; the last one appends everything held. */
    public synchronized void flush() throws SQLException {
        if (holds > 0 && --holds > 0) {
            return;
        }
        Map<DiagnosticTable, List<Map<String, Object>>> pending = new EnumMap<>(held);
        held.clear();
        for (Map.Entry<DiagnosticTable, List<Map<String, Object>>> e : pending.entrySet()) {
            write(e.getKey(), e.getValue());
        }
    }

    /** Appends rows (column name → value; absent columns are null). */
    public synchronized void append(DiagnosticTable table, List<Map<String, Object>> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        if (holds > 0) {
            held.computeIfAbsent(table, t -> new ArrayList<>()).addAll(rows);
            return;
        }
        write(table, rows);
    }

    private void write(DiagnosticTable table, List<Map<String, Object>> rows) throws SQLException {
        session.appendJsonRows(catalog, DiagnosticTable.SCHEMA, table.tableName(), jsonLines(rows));
        if (jsonFile != null) {
            appendToFile(fileLines(table, rows, Map.of()));
        }
    }

    private void appendToFile(CharSequence lines) throws SQLException {
        try {
            DurableFiles.append(jsonFile, lines.toString());
        } catch (IOException e) {
            throw new SQLException("cannot append diagnostics to '" + jsonFile + "': " + e.getMessage(), "58030", e);
        }
    }

    /** Appends one row. */
    public void append(DiagnosticTable table, Map<String, Object> row) throws SQLException {
        append(table, List.of(row));
    }
}
