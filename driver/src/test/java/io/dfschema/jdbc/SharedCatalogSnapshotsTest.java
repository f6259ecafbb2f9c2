package io.dfschema.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.dfschema.metadata.catalog.ContractSession;
import io.dfschema.metadata.contract.ColumnSpec;
import io.dfschema.metadata.contract.DataFormat;
import io.dfschema.metadata.contract.DatasetSpec;
import io.dfschema.metadata.jdbc.CatalogSnapshot;
import io.dfschema.metadata.jdbc.DfSchemaDatabaseMetaData;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Connections whose catalogs are equal by construction share one metadata snapshot; a connection whose
 * catalog changed (DDL, or a dataset registered through the API) sees its own tables and no other
 * connection sees them.
 */
class SharedCatalogSnapshotsTest {
    static final String URL = "jdbc:dfschema:mem:?ApplicationName=shared-snapshots-test";

    @BeforeEach
    void forget() {
        SharedCatalogSnapshots.clear();
    }

    static CatalogSnapshot snapshot(Connection c) throws SQLException {
        return c.getMetaData().unwrap(DfSchemaDatabaseMetaData.class).catalogSnapshot();
    }

    static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, "public", "%", null)) {
            while (rs.next()) {
                out.add(rs.getString("TABLE_NAME"));
            }
        }
        return out;
    }

    @Test
    void pristineConnectionsOfOneConfigurationShareAndDdlLeavesTheShare() throws Exception {
        try (Connection a = DriverManager.getConnection(URL); Connection b = DriverManager.getConnection(URL)) {
            assertSame(snapshot(a), snapshot(b), "same configuration, nothing changed: one snapshot");
            Db.exec(a, "CREATE TABLE mine (x INT)");
            assertEquals(List.of("mine"), tables(a), "DDL drops the shared snapshot for the connection that ran it");
            assertEquals(List.of(), tables(b));
            try (Connection c = DriverManager.getConnection(URL)) {
                assertSame(snapshot(b), snapshot(c));
                assertEquals(List.of(), tables(c), "a changed connection's tables reach no other connection");
            }
        }
        try (Connection other = DriverManager.getConnection(URL + "&fetch_size=7");
             Connection same = DriverManager.getConnection(URL)) {
            assertNotSame(snapshot(other), snapshot(same), "another configuration is another catalog");
        }
    }

    /** A file dataset registered through the API runs no statement, so the registration itself must count. */
    @Test
    void aDatasetRegisteredThroughTheApiIsNotHiddenByTheShare(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("notes.parquet");
        try (Connection c = DriverManager.getConnection("jdbc:dfschema:mem:")) {
            Db.exec(c, "COPY (SELECT CAST(1 AS BIGINT) AS id) TO '" + file + "' STORED AS PARQUET");
        }
        try (Connection a = DriverManager.getConnection(URL); Connection b = DriverManager.getConnection(URL)) {
            snapshot(b); // the configuration's snapshot is kept before a registers anything
            ContractSession cs = a.unwrap(ContractSession.class);
            cs.register(cs.handle(DatasetSpec.builder("notes").format(DataFormat.PARQUET).location(file.toString())
                    .column(ColumnSpec.builder("id", "BIGINT").build()).build()));
            assertEquals(List.of("notes", "notes_v1"), tables(a));
            assertEquals(List.of(), tables(b));
        }
    }
}
