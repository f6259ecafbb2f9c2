package io.dfschema.metadata.jdbc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NamePatternTest {

    @ParameterizedTest(name = "''{0}'' ~ ''{1}'' = {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "%|anything|true",
            "%|\"\"|true",
            "a%|abc|true",
            "a%|a|true",
            "a%|ba|false",
            "%c|abc|true",
            "%b%|abc|true",
            "%b%|ac|false",
            "a_c|abc|true",
            "a_c|ac|false",
            "a_c|abbc|false",
            "___|abc|true",
            "___|ab|false",
            "a%b%c|axxbyyc|true",
            "a%b%c|axxcyyb|false",
            "%%|x|true",
            "a%%b|ab|true",
            "\"\"|\"\"|true",
            "\"\"|a|false",
            "ABC|abc|false",
            "abc|ABC|false",
            "abc|abc|true",
            "abc|abcd|false",
            "%a%a%a%|aaa|true",
            "%a%a%a%|aa|false",
    })
    void likeSemantics(String pattern, String name, boolean expected) {
        assertEquals(expected, NamePattern.like(pattern).matches(name));
    }

    @Test
    void escapedWildcardsAreLiterals() {
        NamePattern p = NamePattern.like("my\\_table");
        assertTrue(p.matches("my_table"));
        assertFalse(p.matches("myXtable"));
        assertEquals("my_table", p.literal());

        NamePattern pct = NamePattern.like("100\\%");
        assertTrue(pct.matches("100%"));
        assertFalse(pct.matches("1000"));

        NamePattern bs = NamePattern.like("a\\\\b");
        assertTrue(bs.matches("a\\b"));
        assertFalse(bs.matches("a\\\\b"));
    }

    @Test
    void unescapedWildcardsStillMatchTheLiteralName() {
        // tools often pass a stored name unescaped: it must still find itself
        assertTrue(NamePattern.like("my_table").matches("my_table"));
        assertTrue(NamePattern.like("100%").matches("100%"));
    }

    @Test
    void backslashBeforeOrdinaryCharacterIsLiteral() {
        NamePattern p = NamePattern.like("C:\\dir");
        assertTrue(p.matches("C:\\dir"));
        assertFalse(p.matches("C:dir"));
        assertTrue(NamePattern.like("trailing\\").matches("trailing\\"));
    }

    @Test
    void escapedPatternWithWildcardsMixed() {
        NamePattern p = NamePattern.like("a\\_%\\%");
        assertTrue(p.matches("a_xyz%"));
        assertTrue(p.matches("a_%"));
        assertFalse(p.matches("ab%"));
        assertFalse(p.matches("a_xyz"));
    }

    @Test
    void hostileNames() {
        List<String> hostile = List.of(
                "it's", "\"quoted\"", "back\\slash", "50%_off", "x'; DROP TABLE t; --", "' OR '1'='1",
                "ünïcödé", "名前", "🦀crab", "tab\there", "new\nline", "", " ", "%", "_", "\\", "\\%");
        for (String name : hostile) {
            String escaped = name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            NamePattern p = NamePattern.like(escaped);
            for (String other : hostile) {
                assertEquals(name.equals(other), p.matches(other), () -> "pattern for " + name + " vs " + other);
            }
            assertEquals(name, p.literal(), "an escaped name is a literal");
        }
    }

    @Test
    void underscoreMatchesOneCodePointOutsideTheBmp() {
        assertTrue(NamePattern.like("_crab").matches("🦀crab"));
        assertTrue(NamePattern.like("%crab").matches("🦀crab"));
        assertFalse(NamePattern.like("__crab").matches("🦀crab"));
    }

    @Test
    void nullMeansDoNotNarrow() {
        assertSame(NamePattern.ANY, NamePattern.like(null));
        assertSame(NamePattern.ANY, NamePattern.like("%"));
        assertTrue(NamePattern.ANY.matches(null));
        assertTrue(NamePattern.ANY.matchesAll());
        assertNull(NamePattern.ANY.literal());
        assertFalse(NamePattern.like("a%").matches(null));
    }

    @Test
    void exactOrAll() {
        assertSame(NamePattern.ANY, NamePattern.exactOrAll(null));
        assertSame(NamePattern.ANY, NamePattern.exactOrAll("%"));
        NamePattern p = NamePattern.exactOrAll("a_b%");
        assertTrue(p.matches("a_b%"));
        assertFalse(p.matches("axb%"));
        assertFalse(p.matches("a_bc"));
        NamePattern empty = NamePattern.exactOrAll("");
        assertFalse(empty.matches("x"));
        assertTrue(empty.matches(""));
        assertTrue(NamePattern.exactOrAll("a\\b").matches("a\\b"));
    }

    @Test
    void noneMatchesNothing() {
        assertFalse(NamePattern.NONE.matches("x"));
        assertFalse(NamePattern.NONE.matches(null));
        assertFalse(NamePattern.NONE.matchesAll());
    }

    @Test
    void pathologicalPatternIsFast() {
        String name = "a".repeat(5000);
        NamePattern p = NamePattern.like("%a%a%a%a%a%a%a%a%b");
        long t0 = System.nanoTime();
        assertFalse(p.matches(name));
        assertTrue((System.nanoTime() - t0) < 2_000_000_000L);
    }
}
