package io.dfschema.jdbc.accessor;

import io.dfschema.engine.ArrowField;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/**
 * The rows of {@link java.sql.Array#getResultSet()}: one per element, column 1 INDEX (BIGINT,
 * the 1-based array position) and column 2 VALUE. VALUE reads through the element accessor,
 * so its getters convert exactly like a top-level column of the element type.
 */
final class ArrayResultSet extends AccessorResultSet {
    static final String INDEX = "INDEX";
    static final String VALUE = "VALUE";

    private final BaseAccessor element;
    private final IndexAccessor index;
    private final int firstElementRow;
    private final int count;
    private final ArrayResultSetMetaData metaData;
    /** -1 before the first row, count after the last. */
    private int cursor = -1;

    ArrayResultSet(ArrowField item, BaseAccessor element, int firstElementRow, long firstIndex, int count) {
        this.element = element;
        this.index = new IndexAccessor(firstIndex);
        this.firstElementRow = firstElementRow;
        this.count = count;
        this.metaData = new ArrayResultSetMetaData(item);
    }

    @Override
    public boolean next() throws SQLException {
        checkOpen();
        if (cursor < count) {
            cursor++;
        }
        return cursor < count;
    }

    @Override
    protected Accessor accessor(int column) throws SQLException {
        return switch (column) {
            case 1 -> index;
            case 2 -> element;
            default -> throw Errors.state(Errors.INVALID_COLUMN_INDEX,
                    "column index " + column + " is not 1 (INDEX) or 2 (VALUE)");
        };
    }

    @Override
    protected int accessorRow(int column) throws SQLException {
        if (cursor < 0 || cursor >= count) {
            throw Errors.state(Errors.INVALID_CURSOR_STATE, "the ResultSet is not on a row");
        }
        return column == 1 ? cursor : firstElementRow + cursor;
    }

    @Override
    public int findColumn(String label) throws SQLException {
        checkOpen();
        if (INDEX.equalsIgnoreCase(label)) {
            return 1;
        }
        if (VALUE.equalsIgnoreCase(label)) {
            return 2;
        }
        throw Errors.state("42703", "no column '" + label + "' (the columns are INDEX and VALUE)");
    }

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        checkOpen();
        return metaData;
    }

    @Override
    public boolean isBeforeFirst() throws SQLException {
        checkOpen();
        return cursor < 0 && count > 0;
    }

    @Override
    public boolean isAfterLast() throws SQLException {
        checkOpen();
        return cursor >= count && count > 0;
    }

    @Override
    public boolean isFirst() throws SQLException {
        checkOpen();
        return cursor == 0 && count > 0;
    }

    @Override
    public boolean isLast() throws SQLException {
        checkOpen();
        return cursor == count - 1 && count > 0;
    }

    @Override
    public int getRow() throws SQLException {
        checkOpen();
        return cursor >= 0 && cursor < count ? cursor + 1 : 0;
    }
}
