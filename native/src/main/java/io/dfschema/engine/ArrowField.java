package io.dfschema.engine;

/** A named, typed column (or nested field) of an engine schema. */
public record ArrowField(String name, boolean nullable, ArrowType type) {}
