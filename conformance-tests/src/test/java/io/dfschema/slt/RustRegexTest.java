package io.dfschema.slt;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RustRegexTest {

    private static boolean finds(String rust, String text) {
        return RustRegex.compile(rust).matcher(text).find();
    }

    @Test
    void unanchoredSearch() {
        assertTrue(finds("Error during planning", "DataFusion error: Error during planning: x"));
        assertTrue(finds("DataFusion error: Arrow error: Cast error: Cannot cast string 'a' to value of Int64 type",
                "DataFusion error: Arrow error: Cast error: Cannot cast string 'a' to value of Int64 type"));
    }

    @Test
    void dialectDifferences() {
        assertTrue(finds("(?P<word>foo)", "a foo"));
        assertTrue(finds("[[:digit:]]+x", "12x"));
        assertTrue(finds("[^[:alpha:]]", "a1"));
        assertTrue(finds("\\<foo\\>", "a foo b"));
        assertFalse(finds("\\<foo\\>", "afoob"));
        assertTrue(finds("\\w+é", "caféé"));
        assertTrue(finds("end$", "the end"));
        assertFalse(finds("end$", "the end\n"));
        assertTrue(finds("(?m)end$", "the end\nx"));
        assertTrue(finds("[]a]", "]"));
        assertTrue(finds("\\(\\)\\[\\]\\{\\}", "()[]{}"));
    }
}
