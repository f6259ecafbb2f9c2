package io.dfschema.engine;

import java.util.List;

/** A constraint the engine keeps for a table ({@code CREATE TABLE ... PRIMARY KEY}). */
public record TableConstraintInfo(Kind kind, List<String> columns) {
    public enum Kind { PRIMARY_KEY, UNIQUE }

    public TableConstraintInfo {
        columns = List.copyOf(columns);
    }
}
