package io.dfschema.metadata.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

/** The notations of scan policy values: durations, sizes and sort keys. */
class ScanNotationTest {

    @ParameterizedTest
    @CsvSource({"0, 0, 0s", "60s, 60000, 1m", "500ms, 500, 500ms", "5m, 300000, 5m", "1h30m, 5400000, 1h30m",
            "2d, 172800000, 2d", "1d2h3m4s5ms, 93784005, 1d2h3m4s5ms", "90s, 90000, 1m30s"})
    void durations(String text, long millis, String shortest) {
        assertEquals(Duration.ofMillis(millis), Quantities.parseDuration(text));
        assertEquals(shortest, Quantities.formatDuration(Duration.ofMillis(millis)));
        assertEquals(Duration.ofMillis(millis), Quantities.parseDuration(shortest));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "60", "s", "1s1m", "1 s", "-5s", "1.5s", "1w", "99999999999999999999d"})
    void badDurations(String text) {
        assertThrows(IllegalArgumentException.class, () -> Quantities.parseDuration(text));
    }

    @ParameterizedTest
    @CsvSource({"0, 0, 0", "1000, 1000, 1000", "1M, 1048576, 1M", "512K, 524288, 512K", "1024K, 1048576, 1M",
            "2g, 2147483648, 2G", "1T, 1099511627776, 1T", "1536K, 1572864, 1536K"})
    void sizes(String text, long bytes, String shortest) {
        assertEquals(bytes, Quantities.parseSize(text));
        assertEquals(shortest, Quantities.formatSize(bytes));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1Q", "1MB", "-1", "1.5M", "99999999999T"})
    void badSizes(String text) {
        assertThrows(IllegalArgumentException.class, () -> Quantities.parseSize(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "path | path | false | | path | path ASC",
            "path asc | path | false | | path | path ASC",
            "ts DESC | ts | true | | ts DESC | ts DESC",
            "ts desc nulls first | ts | true | true | ts DESC NULLS FIRST | ts DESC NULLS FIRST",
            "ts NULLS LAST | ts | false | false | ts NULLS LAST | ts ASC NULLS LAST",
            "\"my col\" DESC | my col | true | | \"my col\" DESC | \"my col\" DESC",
            "\"say \"\"hi\"\"\" | say \"hi\" | false | | \"say \"\"hi\"\"\" | \"say \"\"hi\"\"\" ASC",
            "CamelCase | CamelCase | false | | CamelCase | CamelCase ASC"})
    void sortKeys(String text, String column, boolean descending, Boolean nullsFirst, String shortest, String canonical) {
        SortKey k = SortKey.parse(text);
        assertEquals(new SortKey(column, descending, nullsFirst), k);
        assertEquals(shortest, k.text());
        assertEquals(canonical, k.canonicalText());
        assertEquals(k, SortKey.parse(k.text()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a b", "a DESC DESC", "a NULLS", "\"unterminated", "\"a\"b"})
    void badSortKeys(String text) {
        assertThrows(IllegalArgumentException.class, () -> SortKey.parse(text));
    }
}
