package io.dfschema.metadata.jdbc;

import io.dfschema.engine.BatchStream;
import io.dfschema.engine.CancelToken;
import io.dfschema.engine.LogicalPlanHandle;
import io.dfschema.engine.Session;
import io.dfschema.metadata.jdbc.ContractMetadata.PrimaryKey;
import io.dfschema.metadata.jdbc.ContractMetadata.TableRef;
import io.dfschema.metadata.jdbc.ContractMetadata.UniqueKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The keys and defaults a real DataFusion session keeps for DDL tables. */
class EngineConstraintMetadataTest {

    private final Session session = Session.open(Map.of());
    private final EngineConstraintMetadata md = new EngineConstraintMetadata(session);

    private static TableRef table(String name) {
        return new TableRef("datafusion", "public", name);
    }

    private void exec(String sql) {
        try (CancelToken cancel = new CancelToken(); LogicalPlanHandle plan = session.sql(sql, cancel);
             BatchStream out = plan.execute(null, cancel, 0)) {
            while (out.next() != null) {
                // DDL takes effect when run; nothing to read
            }
        }
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void keysAndDefaultsOfCreateTable() {
        exec("CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR UNIQUE, n INT DEFAULT 5, s VARCHAR DEFAULT 'n/a')");
        TableRef t = table("t");
        assertEquals(Optional.of(new PrimaryKey("t_pkey", List.of("id"))), md.primaryKey(t));
        assertEquals(List.of(new UniqueKey("t_name_key", List.of("name"))), md.uniqueKeys(t));
        assertEquals(Optional.of("5"), md.columnDefault(t, "n"));
        assertEquals(Optional.of("'n/a'"), md.columnDefault(t, "s"));
        assertEquals(Optional.empty(), md.columnDefault(t, "id"));
        assertEquals(List.of(), md.importedKeys(t), "DataFusion keeps no foreign keys");
        assertFalse(md.isEmpty());
    }

    @Test
    void tableLevelKeysKeepTheirColumnOrder() {
        exec("CREATE TABLE pair (a INT, b INT, c INT, PRIMARY KEY (b, a), UNIQUE (c, a))");
        assertEquals(Optional.of(new PrimaryKey("pair_pkey", List.of("b", "a"))), md.primaryKey(table("pair")));
        assertEquals(List.of(new UniqueKey("pair_c_a_key", List.of("c", "a"))), md.uniqueKeys(table("pair")));
    }

    @Test
    void tablesWithoutConstraintsAndMissingTablesHaveNothing() {
        exec("CREATE TABLE plain (x INT)");
        assertEquals(Optional.empty(), md.primaryKey(table("plain")));
        assertEquals(List.of(), md.uniqueKeys(table("plain")));
        assertEquals(Optional.empty(), md.columnDefault(table("plain"), "x"));
        assertEquals(Optional.empty(), md.primaryKey(table("missing")));
        assertEquals(Optional.empty(), md.primaryKey(new TableRef("datafusion", "no_schema", "t")));
        assertEquals(Optional.empty(), md.primaryKey(new TableRef("no_catalog", "public", "t")));
        assertEquals(Optional.empty(), md.primaryKey(new TableRef("datafusion", "information_schema", "tables")));
    }

    @Test
    void answersAreCachedUntilInvalidated() {
        exec("CREATE TABLE t (id INT PRIMARY KEY, n INT DEFAULT 1)");
        assertEquals(Optional.of("1"), md.columnDefault(table("t"), "n"));
        exec("DROP TABLE t");
        exec("CREATE TABLE t (other INT PRIMARY KEY, n INT DEFAULT 2)");
        // what the driver's invalidate() after DDL is for: until then the first answer stands
        assertEquals(Optional.of("1"), md.columnDefault(table("t"), "n"));
        md.invalidate();
        assertEquals(Optional.of("2"), md.columnDefault(table("t"), "n"));
        assertEquals(Optional.of(new PrimaryKey("t_pkey", List.of("other"))), md.primaryKey(table("t")));
    }

    @Test
    void combinedAfterTheContractsTheEngineFillsTheGaps() {
        exec("CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR UNIQUE, n INT DEFAULT 5)");
        ContractMetadata contract = new ContractMetadata() {
            @Override
            public Optional<String> columnDefault(TableRef table, String column) {
                return column.equals("n") ? Optional.of("42") : Optional.empty();
            }

            @Override
            public List<UniqueKey> uniqueKeys(TableRef table) {
                return List.of(new UniqueKey("t_name_key", List.of("name")), new UniqueKey("t_n_key", List.of("n")));
            }
        };
        ContractMetadata both = ContractMetadata.combine(contract, md);
        assertEquals(Optional.of("42"), both.columnDefault(table("t"), "n"));
        assertEquals(Optional.of(new PrimaryKey("t_pkey", List.of("id"))), both.primaryKey(table("t")));
        assertEquals(List.of(new UniqueKey("t_name_key", List.of("name")), new UniqueKey("t_n_key", List.of("n"))),
                both.uniqueKeys(table("t")), "the engine's unique key on name is the contract's");
    }
}
