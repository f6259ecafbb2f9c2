package io.dfschema.metadata.jdbc;

import io.dfschema.engine.EngineException;
import io.dfschema.engine.Session;
import io.dfschema.engine.TableConstraintInfo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The keys and column defaults DataFusion itself keeps for a table, as {@link ContractMetadata}:
 * {@code CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR UNIQUE, n INT DEFAULT 5)} gives t a primary
 * key, a unique key and a default that information_schema does not show (its column_default is
 * always null in DataFusion 55). Read through {@link Session#tableConstraints} and
 * {@link Session#columnDefaults}.
 *
 * <p>Keys are named as PostgreSQL names them ({@link KeyNames}): {@code <table>_pkey},
 * {@code <table>_<columns>_key}. DataFusion keeps no foreign keys, descriptions or versions.
 *
 * <p>What a table has is asked once and cached per table until {@link #invalidate()}, which
 * {@link DfSchemaDatabaseMetaData#invalidate()} calls after DDL. Thread-safe.
 */
public final class EngineConstraintMetadata implements ContractMetadata {

    /** SQLState the engine gives a table that does not exist (native/src/errors.rs). */
    private static final String UNDEFINED_TABLE = "42P01";

    /** One table's keys and defaults. */
    private record Facts(PrimaryKey primaryKey, List<UniqueKey> uniqueKeys, Map<String, String> defaults) {
        static final Facts NONE = new Facts(null, List.of(), Map.of());
    }

    private final Session session;
    private final Predicate<TableRef> skipped;
    /** Replaced, not cleared, by invalidate(): a load that was running keeps writing to the old map. */
    private volatile ConcurrentHashMap<TableRef, Facts> cache = new ConcurrentHashMap<>();

    public EngineConstraintMetadata(Session session) {
        this(session, t -> false);
    }

    /**
     * @param skipped tables not to ask the engine about, because another source has all it could say
     *                (contract datasets: the engine keeps no keys or defaults for a file dataset, and an
     *                in-memory one has exactly its contract's). Two engine calls per table add up over a
     *                catalog of thousands of datasets.
     */
    public EngineConstraintMetadata(Session session, Predicate<TableRef> skipped) {
        this.session = Objects.requireNonNull(session, "session");
        this.skipped = Objects.requireNonNull(skipped, "skipped");
    }

    /** Forgets every table's keys and defaults; the next question asks the engine again. */
    @Override
    public void invalidate() {
        cache = new ConcurrentHashMap<>();
        recent = new Recent(null, null);
    }

    /** The table asked about last and its facts: getColumns asks twice per column with one TableRef per table. */
    private record Recent(TableRef table, Facts facts) {
    }

    private volatile Recent recent = new Recent(null, null);

    private Facts facts(TableRef table) {
        Recent r = recent;
        if (r.table() == table) {
            return r.facts();
        }
        Facts f = lookup(table);
        recent = new Recent(table, f);
        return f;
    }

    private Facts lookup(TableRef table) {
        ConcurrentHashMap<TableRef, Facts> c = cache;
        Facts f = c.get(table);
        if (f != null) {
            return f;
        }
        if (skipped.test(table)) {
            return Facts.NONE;
        }
        try {
            f = load(table);
        } catch (EngineException e) {
            if (UNDEFINED_TABLE.equals(e.sqlState())) {
                // dropped since the caller listed it (its metadata snapshot is older than the DROP): it has
                // nothing; not cached, the name may be reused by the next CREATE
                return Facts.NONE;
            }
            throw e;
        }
        Facts raced = c.putIfAbsent(table, f);
        return raced != null ? raced : f;
    }

    private Facts load(TableRef t) {
        List<TableConstraintInfo> constraints = session.tableConstraints(t.catalog(), t.schema(), t.table());
        Map<String, String> defaults = session.columnDefaults(t.catalog(), t.schema(), t.table());
        if (constraints.isEmpty() && defaults.isEmpty()) {
            return Facts.NONE;
        }
        Set<String> taken = new HashSet<>();
        PrimaryKey pk = null;
        List<UniqueKey> uniques = new ArrayList<>();
        // the primary key first, so that it gets <table>_pkey whatever order the engine lists it in
        for (TableConstraintInfo c : constraints) {
            if (c.kind() == TableConstraintInfo.Kind.PRIMARY_KEY && pk == null) {
                pk = new PrimaryKey(KeyNames.claim(KeyNames.primaryKey(t.table()), taken), c.columns());
            }
        }
        for (TableConstraintInfo c : constraints) {
            if (c.kind() == TableConstraintInfo.Kind.UNIQUE) {
                uniques.add(new UniqueKey(KeyNames.claim(KeyNames.uniqueKey(t.table(), c.columns()), taken),
                        c.columns()));
            }
        }
        return new Facts(pk, List.copyOf(uniques), Map.copyOf(defaults));
    }

    @Override
    public Optional<String> columnDefault(TableRef table, String column) {
        return Optional.ofNullable(facts(table).defaults().get(column));
    }

    @Override
    public boolean describesColumns(TableRef table) {
        return !facts(table).defaults().isEmpty();
    }

    @Override
    public Optional<PrimaryKey> primaryKey(TableRef table) {
        return Optional.ofNullable(facts(table).primaryKey());
    }

    @Override
    public List<UniqueKey> uniqueKeys(TableRef table) {
        return facts(table).uniqueKeys();
    }
}
