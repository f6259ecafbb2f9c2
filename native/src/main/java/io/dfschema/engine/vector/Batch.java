package io.dfschema.engine.vector;

import java.util.List;

/**
 * One record batch: the row count and one vector per schema column, in schema order.
 *
 * @param rowCount number of rows; every top-level column has this length
 * @param columns  the column vectors
 */
public record Batch(int rowCount, List<ColumnVector> columns) {
    public Batch {
        columns = List.copyOf(columns);
    }

    public ColumnVector column(int index) {
        return columns.get(index);
    }
}
