package io.dfschema.metadata.introspect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableNameTest {

    static final List<String> HOSTILE = List.of("it's", "we\"ird", "\"", "\"\"", "back\\slash", "x'; DROP TABLE t; --",
            "a.b", " padded ", "ünïcödé", "名前", "🦀", "MixedCase", "new\nline", "%_", "");

    @Test
    void oneTwoOrThreeParts() {
        assertEquals(TableName.of("orders"), TableName.parse("orders", true));
        assertEquals(TableName.of("sales", "orders"), TableName.parse("sales.orders", true));
        assertEquals(TableName.of("shop", "sales", "orders"), TableName.parse("shop.sales.orders", true));
        assertEquals(TableName.of("shop", "sales", "orders"), TableName.parse("  shop.sales.orders\n", true));
    }

    @Test
    void unquotedPartsFoldAsciiLettersOnlyWhenTheSessionFolds() {
        assertEquals(TableName.of("sales", "orders"), TableName.parse("Sales.ORDERS", true));
        assertEquals(TableName.of("Sales", "ORDERS"), TableName.parse("Sales.ORDERS", false));
        // DataFusion folds with to_ascii_lowercase: Ü stays
        assertEquals(TableName.of("Ümlaut_ß"), TableName.parse("Ümlaut_ß", true));
        assertEquals(TableName.of("t$1#@"), TableName.parse("T$1#@", true));
        assertEquals(TableName.of("_x"), TableName.parse("_X", true));
    }

    @Test
    void quotedPartsAreExact() {
        assertEquals(TableName.of("My Schema", "a.b"), TableName.parse("\"My Schema\".\"a.b\"", true));
        assertEquals(TableName.of("we\"ird"), TableName.parse("\"we\"\"ird\"", true));
        assertEquals(TableName.of("sales", "Orders"), TableName.parse("SALES.\"Orders\"", true));
        assertEquals(TableName.of(""), TableName.parse("\"\"", true));
    }

    @Test
    void toSqlReadsBackAsTheSameNames() {
        for (String h : HOSTILE) {
            TableName n = TableName.of("cat" + h, h, h + "t");
            assertEquals(n, TableName.parse(n.toSql(), true), h);
            assertEquals(TableName.of(h), TableName.parse(TableName.of(h).toSql(), false), h);
        }
        assertEquals("\"a\"\"b\".\"c\"", TableName.of("a\"b", "c").toSql());
    }

    @Test
    void whatIsNotANameIsRejected() {
        for (String bad : List.of("", " ", "a.", ".a", "a..b", "a.b.c.d", "it's", "x; DROP TABLE t", "a b", "1abc",
                "\"open", "\"a\"b", "a-b", "t--", "a.\"b\"c", "$x")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TableName.parse(bad, true),
                    bad);
            assertTrue(e.getMessage().startsWith("not a table name: "), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> new TableName("c", null, "t"));
    }
}
