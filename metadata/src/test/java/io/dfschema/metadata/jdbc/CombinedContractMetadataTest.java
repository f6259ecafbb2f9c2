package io.dfschema.metadata.jdbc;

import io.dfschema.metadata.jdbc.ContractMetadata.ForeignKey;
import io.dfschema.metadata.jdbc.ContractMetadata.PrimaryKey;
import io.dfschema.metadata.jdbc.ContractMetadata.TableRef;
import io.dfschema.metadata.jdbc.ContractMetadata.UniqueKey;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CombinedContractMetadataTest {

    static final TableRef T = new TableRef("datafusion", "public", "t");
    static final TableRef U = new TableRef("datafusion", "public", "u");

    /** A source with fixed answers for table t, counting invalidations. */
    static final class Fixed implements ContractMetadata {
        final Map<String, String> defaults;
        final PrimaryKey pk;
        final List<UniqueKey> uniques;
        final List<ForeignKey> fks;
        final AtomicInteger invalidations = new AtomicInteger();

        Fixed(Map<String, String> defaults, PrimaryKey pk, List<UniqueKey> uniques, List<ForeignKey> fks) {
            this.defaults = defaults;
            this.pk = pk;
            this.uniques = uniques;
            this.fks = fks;
        }

        @Override
        public Optional<String> columnDefault(TableRef table, String column) {
            return table.equals(T) ? Optional.ofNullable(defaults.get(column)) : Optional.empty();
        }

        @Override
        public Optional<PrimaryKey> primaryKey(TableRef table) {
            return table.equals(T) ? Optional.ofNullable(pk) : Optional.empty();
        }

        @Override
        public List<UniqueKey> uniqueKeys(TableRef table) {
            return table.equals(T) ? uniques : List.of();
        }

        @Override
        public List<ForeignKey> importedKeys(TableRef table) {
            return table.equals(T) ? fks : List.of();
        }

        @Override
        public List<ForeignKey> exportedKeys(TableRef table) {
            return table.equals(U) ? fks : List.of();
        }

        @Override
        public void invalidate() {
            invalidations.incrementAndGet();
        }
    }

    private final ForeignKey fk = ForeignKey.of("t_a_fkey", T, List.of("a"), U, List.of("x"), "u_pkey");
    private final Fixed contract = new Fixed(Map.of("a", "1"), new PrimaryKey("t_pkey", List.of("a")),
            List.of(new UniqueKey("t_b_c_key", List.of("b", "c"))), List.of(fk));
    private final Fixed engine = new Fixed(Map.of("a", "2", "b", "3"), new PrimaryKey("t_pkey", List.of("b")),
            List.of(new UniqueKey("t_c_b_key", List.of("c", "b")), new UniqueKey("t_d_key", List.of("d"))),
            List.of(ForeignKey.of("other_name", T, List.of("a"), U, List.of("x"), null),
                    ForeignKey.of("t_e_fkey", T, List.of("e"), U, List.of("x"), null)));
    private final ContractMetadata both = ContractMetadata.combine(contract, engine);

    @Test
    void theFirstSourceWithAnAnswerWins() {
        assertEquals(Optional.of("1"), both.columnDefault(T, "a"));
        assertEquals(Optional.of("3"), both.columnDefault(T, "b"), "only the second source knows b");
        assertEquals(Optional.empty(), both.columnDefault(T, "z"));
        assertEquals(Optional.of(new PrimaryKey("t_pkey", List.of("a"))), both.primaryKey(T));
        assertEquals(Optional.of("2"), ContractMetadata.combine(engine, contract).columnDefault(T, "a"));
    }

    @Test
    void keysAreCollectedOnceEach() {
        // (c, b) is the key (b, c) already reported by the contract
        assertEquals(List.of(new UniqueKey("t_b_c_key", List.of("b", "c")), new UniqueKey("t_d_key", List.of("d"))),
                both.uniqueKeys(T));
        // a foreign key over the same columns of the same tables is the same key, whatever its name
        assertEquals(List.of(fk, engine.fks.get(1)), both.importedKeys(T));
        assertEquals(List.of(fk, engine.fks.get(1)), both.exportedKeys(U));
        assertEquals(List.of(), both.importedKeys(U));
    }

    @Test
    void invalidateReachesEverySource() {
        ContractMetadata nested = ContractMetadata.combine(ContractMetadata.none(), both);
        nested.invalidate();
        assertEquals(1, contract.invalidations.get());
        assertEquals(1, engine.invalidations.get());
    }

    @Test
    void emptyOnlyWhenEverySourceIsEmpty() {
        assertTrue(ContractMetadata.combine().isEmpty());
        assertTrue(ContractMetadata.combine(ContractMetadata.none(), ContractMetadata.none()).isEmpty());
        assertFalse(ContractMetadata.combine(ContractMetadata.none(), engine).isEmpty());
        assertSame(engine, ContractMetadata.combine(engine), "one source needs no wrapper");
        assertThrows(NullPointerException.class, () -> ContractMetadata.combine(engine, null));
    }

    @Test
    void theDatabaseMetaDataInvalidatesItsContractMetadata() {
        DfSchemaDatabaseMetaData md = new DfSchemaDatabaseMetaData(null, "u", null,
                SnapshotSource.of(CatalogSnapshot.empty(), RoutineSnapshot.empty(), Map.of()), both, () -> "55.2.0");
        md.invalidate();
        md.invalidate();
        assertEquals(2, engine.invalidations.get());
    }
}
