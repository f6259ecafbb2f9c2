package io.dfschema.engine;

/** What executing a plan produces. Ids match {@code PlanKind} in native/src/exec.rs. */
public enum PlanKind {
    /** A query: rows. */
    QUERY,
    /** INSERT/UPDATE/DELETE/COPY: one row with one "count" column. */
    UPDATE_COUNT,
    /** DDL, SET and other statements that run for their effect. */
    EFFECT;

    static PlanKind of(int id) {
        return values()[id];
    }
}
