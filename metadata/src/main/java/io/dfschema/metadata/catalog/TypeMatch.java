package io.dfschema.metadata.catalog;

import io.dfschema.engine.ArrowField;
import io.dfschema.engine.ArrowType;
import io.dfschema.engine.TypeId;
import io.dfschema.metadata.contract.TypeSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether an engine type is the type a contract declares. Names of list items and map entries, and the
 * nullability of nested fields, are spelling the engine chooses (Parquet writers name list items
 * {@code element}, DataFusion {@code item}), so they are not compared; struct field names are.
 */
final class TypeMatch {
    private TypeMatch() {
    }

    static boolean same(ArrowType expected, ArrowType actual) {
        return TypeSpec.display(normalize(expected)).equals(TypeSpec.display(normalize(actual)));
    }

    static ArrowType normalize(ArrowType t) {
        if (t.children().isEmpty()) {
            return t;
        }
        List<ArrowField> kids = new ArrayList<>();
        for (int i = 0; i < t.children().size(); i++) {
            ArrowField f = t.children().get(i);
            String name = f.name();
            boolean nullable = true;
            if (t.id().isList()) {
                name = "item";
            } else if (t.id() == TypeId.MAP) {
                name = "entries";
                nullable = false;
            }
            kids.add(new ArrowField(name, nullable, normalizeEntriesAware(f.type(), t.id() == TypeId.MAP)));
        }
        return new ArrowType(t.id(), t.name(), t.precision(), t.scale(), t.unit(), t.intervalUnit(), t.timeZone(),
                t.size(), kids);
    }

    // A map's entries struct gets key/value names whatever the writer called them.
    private static ArrowType normalizeEntriesAware(ArrowType t, boolean isMapEntries) {
        if (!isMapEntries) {
            return normalize(t);
        }
        List<ArrowField> kids = new ArrayList<>();
        for (int i = 0; i < t.children().size(); i++) {
            ArrowField f = t.children().get(i);
            kids.add(new ArrowField(i == 0 ? "key" : "value", i != 0, normalize(f.type())));
        }
        return new ArrowType(t.id(), t.name(), t.precision(), t.scale(), t.unit(), t.intervalUnit(), t.timeZone(),
                t.size(), kids);
    }
}
