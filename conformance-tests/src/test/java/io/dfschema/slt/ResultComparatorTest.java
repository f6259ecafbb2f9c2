package io.dfschema.slt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultComparatorTest {

    private static List<List<String>> rows(String... rows) {
        return Arrays.stream(rows).map(r -> Arrays.asList(r.split("\\|", -1))).toList();
    }

    @Test
    void nosortKeepsEngineOrder() {
        assertNull(ResultComparator.compare(rows("2|b", "1|a"), List.of("2 b", "1 a"), SortMode.NOSORT));
        var d = ResultComparator.compare(rows("2|b", "1|a"), List.of("1 a", "2 b"), SortMode.NOSORT);
        assertNotNull(d);
        assertEquals(0, d.index());
        assertEquals("1 a", d.expected());
        assertEquals("2 b", d.actual());
    }

    @Test
    void rowsortSortsActualOnlyByCellsThenCodePoints() {
        assertNull(ResultComparator.compare(rows("b|1", "a|2", "a|10"), List.of("a 10", "a 2", "b 1"), SortMode.ROWSORT));
        // Expected lines are not sorted by the runner.
        assertNotNull(ResultComparator.compare(rows("a", "b"), List.of("b", "a"), SortMode.ROWSORT));
        // Cell-wise, not line-wise: ["a", "b"] < ["a b", ...] because "a" is a prefix of "a b".
        assertNull(ResultComparator.compare(rows("a b|z", "a|b"), List.of("a b", "a b z"), SortMode.ROWSORT));
        // Byte order: uppercase before lowercase, supplementary chars after BMP.
        assertNull(ResultComparator.compare(rows("b", "B", "\uD83D\uDE00", "\uFFFD"), List.of("B", "b", "\uFFFD", "\uD83D\uDE00"),
                SortMode.ROWSORT));
    }

    @Test
    void valuesortFlattensCells() {
        assertNull(ResultComparator.compare(rows("3|1", "2|4"), List.of("1", "2", "3", "4"), SortMode.VALUESORT));
    }

    @Test
    void trailingWhitespaceIgnoredLeadingAndInteriorSignificant() {
        assertNull(ResultComparator.compare(rows("a |"), List.of("a"), SortMode.NOSORT));
        assertNull(ResultComparator.compare(rows("a"), List.of("a   "), SortMode.NOSORT));
        assertNotNull(ResultComparator.compare(rows(" a"), List.of("a"), SortMode.NOSORT));
        assertNotNull(ResultComparator.compare(rows("a|b"), List.of("a  b"), SortMode.NOSORT));
        // Column boundaries are invisible.
        assertNull(ResultComparator.compare(rows("a b|c"), List.of("a b c"), SortMode.NOSORT));
    }

    @Test
    void lengthMismatch() {
        var d = ResultComparator.compare(rows("1", "2"), List.of("1"), SortMode.NOSORT);
        assertEquals(1, d.index());
        assertNull(d.expected());
        assertEquals("2", d.actual());
    }

    /** The cases of slt_features.slt. */
    @Test
    void ignoreMarker() {
        assertNull(ResultComparator.compare(rows("DataFusion"), List.of("<slt:ignore>"), SortMode.NOSORT));
        assertNull(ResultComparator.compare(rows("DataFusion"), List.of("Data<slt:ignore>"), SortMode.NOSORT));
        assertNull(ResultComparator.compare(rows("DataFusion"), List.of("<slt:ignore>Fusion"), SortMode.NOSORT));
        assertNull(ResultComparator.compare(rows("Apache DataFusion"), List.of("<slt:ignore>Data<slt:ignore>"), SortMode.NOSORT));
        assertNull(ResultComparator.compare(rows("DataFusion"), List.of("DataFusion<slt:ignore>"), SortMode.NOSORT));
        assertNull(ResultComparator.compare(rows("DataFusion"), List.of("<slt:ignore>DataFusion<slt:ignore>"), SortMode.NOSORT));
        assertNull(ResultComparator.compare(rows("0", "1", "2", "3"), List.of("0", "1", "<slt:ignore>", "3"), SortMode.NOSORT));
        assertNull(ResultComparator.compare(rows("0", "1", "2", "3"),
                List.of("<slt:ignore>", "1", "<slt:ignore>", "<slt:ignore>"), SortMode.NOSORT));
        assertNotNull(ResultComparator.compare(rows("DataFusion"), List.of("Fusion<slt:ignore>"), SortMode.NOSORT));
        assertNotNull(ResultComparator.compare(rows("DataFusion"), List.of("<slt:ignore>Apache"), SortMode.NOSORT));
        assertNotNull(ResultComparator.compare(rows("ab"), List.of("<slt:ignore>b<slt:ignore>a"), SortMode.NOSORT));
    }
}
