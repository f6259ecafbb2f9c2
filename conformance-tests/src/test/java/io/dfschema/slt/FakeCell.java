package io.dfschema.slt;

import java.math.BigDecimal;

/**
 * A cell holding one Java value, answering getters the way the driver is specified to:
 * getString is the value's display text (given explicitly for non-trivial types),
 * numeric getters convert, everything is null for SQL NULL.
 */
record FakeCell(String arrowType, Object value, String display) implements Cell {

    static FakeCell of(String arrowType, Object value) {
        return new FakeCell(arrowType, value, value == null ? null : value.toString());
    }

    static FakeCell shown(String arrowType, String display) {
        return new FakeCell(arrowType, display, display);
    }

    @Override
    public String string() {
        return display;
    }

    @Override
    public Double float64() {
        return value == null ? null : ((Number) value).doubleValue();
    }

    @Override
    public Float float32() {
        return value == null ? null : ((Number) value).floatValue();
    }

    @Override
    public BigDecimal decimal() {
        return value == null ? null : (BigDecimal) value;
    }

    @Override
    public Boolean bool() {
        return (Boolean) value;
    }
}
