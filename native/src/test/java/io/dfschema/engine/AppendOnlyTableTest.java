package io.dfschema.engine;

import static io.dfschema.engine.EngineSql.exec;
import static io.dfschema.engine.EngineSql.row;
import static io.dfschema.engine.EngineSql.rows;
import static io.dfschema.engine.EngineSql.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tables filled from Java with JSON rows, which SQL reads but cannot change. */
class AppendOnlyTableTest {
    private static final List<FieldDecl> COLUMNS = List.of(
            new FieldDecl("at", "Timestamp(µs, \"UTC\")", false),
            new FieldDecl("level", "Utf8", false),
            new FieldDecl("rows", "Int64", true),
            new FieldDecl("ok", "Boolean", true));

    Session session;

    @BeforeEach
    void open() {
        session = Session.open(Map.of());
        // The catalog and schema do not exist yet: creating the table makes them.
        session.createAppendOnlyTable("diag", "log", "queries", COLUMNS);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void appendedRowsAreReadBySql() {
        assertEquals(0L, scalar(session, "SELECT count(*) FROM diag.log.queries"));
        session.appendJsonRows("diag", "log", "queries", """
                {"at": "2025-03-01T10:15:30Z", "level": "info", "rows": 12, "ok": true}
                {"at": "2025-03-01T10:15:31.250+01:00", "level": "warn", "rows": null, "ok": false}
                """);
        session.appendJsonRows("diag", "log", "queries", "{\"at\": \"2025-03-01T11:00:00Z\", \"level\": \"error\"}");
        assertEquals(List.of(
                        row("2025-03-01T09:15:31.250Z", "warn", null, false),
                        row("2025-03-01T10:15:30Z", "info", 12L, true),
                        row("2025-03-01T11:00:00Z", "error", null, null)),
                rows(session, "SELECT to_char(at, '%Y-%m-%dT%H:%M:%S%.3fZ') AS t, level, rows, ok "
                        + "FROM diag.log.queries ORDER BY at")
                        .stream().map(r -> row(((String) r.get(0)).replace(".000Z", "Z"), r.get(1), r.get(2), r.get(3)))
                        .toList());
        assertEquals(List.of(row("Timestamp(µs, \"UTC\")")),
                rows(session, "SELECT DISTINCT arrow_typeof(at) FROM diag.log.queries"));
    }

    @Test
    void sqlCannotChangeOrDropTheTable() {
        session.appendJsonRows("diag", "log", "queries", "{\"at\": \"2025-03-01T10:15:30Z\", \"level\": \"info\"}");
        EngineException insert = assertThrows(EngineException.class, () -> exec(session,
                "INSERT INTO diag.log.queries VALUES (now(), 'x', 1, true)"));
        assertEquals("42000", insert.sqlState());
        assertEquals("table diag.log.queries is append-only: INSERT is not allowed", insert.getMessage());
        EngineException delete = assertThrows(EngineException.class,
                () -> exec(session, "DELETE FROM diag.log.queries"));
        assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        EngineException drop = assertThrows(EngineException.class,
                () -> exec(session, "DROP TABLE diag.log.queries"));
        assertEquals("table diag.log.queries is append-only and cannot be dropped", drop.getMessage());
        assertThrows(EngineException.class, () -> exec(session, "DROP TABLE IF EXISTS diag.log.queries"));
        assertEquals(1L, scalar(session, "SELECT count(*) FROM diag.log.queries"));
    }

    @Test
    void aBadBatchAppendsNothing() {
        EngineException unknownKey = assertThrows(EngineException.class, () -> session.appendJsonRows("diag", "log",
                "queries", "{\"at\": \"2025-03-01T10:15:30Z\", \"level\": \"info\"}\n{\"lvl\": \"typo\"}"));
        assertTrue(unknownKey.getMessage().contains("lvl"), unknownKey.getMessage());
        assertThrows(EngineException.class, () -> session.appendJsonRows("diag", "log", "queries",
                "{\"at\": \"not a time\", \"level\": \"info\"}"));
        assertEquals(0L, scalar(session, "SELECT count(*) FROM diag.log.queries"));
    }

    @Test
    void namesAreCheckedAgainstTheCatalog() {
        EngineException missing = assertThrows(EngineException.class,
                () -> session.appendJsonRows("diag", "log", "nope", "{}"));
        assertEquals("42P01", missing.sqlState());
        EngineException taken = assertThrows(EngineException.class,
                () -> session.createAppendOnlyTable("diag", "log", "queries", COLUMNS));
        assertEquals("42P07", taken.sqlState());
        exec(session, "CREATE TABLE diag.log.plain (x INT)");
        EngineException notOurs = assertThrows(EngineException.class,
                () -> session.appendJsonRows("diag", "log", "plain", "{\"x\": 1}"));
        assertTrue(notOurs.getMessage().contains("not an append-only table"), notOurs.getMessage());
        // Other tables of the schema are ordinary.
        exec(session, "INSERT INTO diag.log.plain VALUES (1)");
        exec(session, "DROP TABLE diag.log.plain");
    }
}
