package io.dfschema.jdbc;

import io.dfschema.engine.EngineException;
import io.dfschema.engine.FieldDecl;
import io.dfschema.engine.Session;
import io.dfschema.metadata.catalog.ContractSession;
import io.dfschema.metadata.jdbc.CatalogSnapshot.ColumnInfo;
import io.dfschema.metadata.jdbc.ContractMetadata.TableRef;
import io.dfschema.metadata.jdbc.KnownColumns;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns a connection's metadata snapshot takes without information_schema: the contract
 * datasets' from the contracts layer (shared by every connection to the catalog), every other table's
 * (views, CREATE TABLE, diagnostics) straight from the engine, which does not walk the datasets. The
 * engine's answer wins for a name both have (a dataset dropped and its name reused).
 */
final class ConnectionKnownColumns implements KnownColumns {
    private final Session session;
    private final ContractSession contracts;

    ConnectionKnownColumns(Session session, ContractSession contracts) {
        this.session = session;
        this.contracts = contracts;
    }

    @Override
    public Known load() throws SQLException {
        List<Session.OrdinaryTable> ordinary;
        try {
            ordinary = session.ordinaryTables();
        } catch (EngineException e) {
            throw SqlErrors.of(e);
        }
        Map<TableRef, List<ColumnInfo>> datasets = contracts == null ? Map.of() : contracts.datasetColumns();
        Map<TableRef, List<ColumnInfo>> columns = new HashMap<>((datasets.size() + ordinary.size()) * 2);
        columns.putAll(datasets);
        Map<TableRef, String> definitions = new HashMap<>();
        for (Session.OrdinaryTable t : ordinary) {
            TableRef ref = new TableRef(t.catalog(), t.schema(), t.name());
            List<ColumnInfo> cols = new ArrayList<>(t.columns().size());
            for (FieldDecl f : t.columns()) {
                cols.add(new ColumnInfo(t.catalog(), t.schema(), t.name(), f.name(), cols.size() + 1, f.arrowType(),
                        f.nullable(), null, KnownColumns.octetLength(f.arrowType())));
            }
            columns.put(ref, List.copyOf(cols));
            if (t.definition() != null) {
                definitions.put(ref, t.definition());
            }
        }
        return new Known(columns, definitions);
    }
}
