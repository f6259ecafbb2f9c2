package io.dfschema.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ExternalTableDdlTest {

    @Test
    void readsNameSchemaAndLocation() {
        assertEquals(new ExternalTableDdl(null, "trips", "/data/it's/"),
                ExternalTableDdl.parse("create external table Trips STORED AS PARQUET LOCATION '/data/it''s/'"));
        assertEquals(new ExternalTableDdl("My Schema", "t\"x", null),
                ExternalTableDdl.parse("CREATE OR REPLACE UNBOUNDED EXTERNAL TABLE IF NOT EXISTS \"My Schema\".\"t\"\"x\" (a INT)"));
    }

    @Test
    void skipsLeadingComments() {
        assertEquals(new ExternalTableDdl(null, "events", "/d/e.parquet"), ExternalTableDdl.parse(
                "-- the events\n/* block */ CREATE EXTERNAL TABLE events STORED AS PARQUET LOCATION '/d/e.parquet'"));
    }

    @Test
    void otherStatementsAreNotExternalTables() {
        assertNull(ExternalTableDdl.parse("CREATE TABLE t (a INT)"));
        assertNull(ExternalTableDdl.parse("SELECT 'CREATE EXTERNAL TABLE x'"));
        assertNull(ExternalTableDdl.parse("CREATE EXTERNAL TABLE \"unclosed"));
    }
}
