package io.dfschema.metadata.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfschema.engine.ArrowField;
import io.dfschema.engine.ArrowType;
import io.dfschema.engine.TypeId;
import io.dfschema.engine.FieldDecl;
import io.dfschema.metadata.contract.DataFormat;
import io.dfschema.metadata.contract.DatasetSpec;
import io.dfschema.metadata.contract.SqlTypeSettings;
import io.dfschema.metadata.contract.TypeSpec;
import io.dfschema.metadata.contract.ViewColumn;
import io.dfschema.metadata.contract.ViewSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** View, type, partition checks and the registry file, without an engine. */
class ChecksTest {
    static final SqlTypeSettings STRICT = new SqlTypeSettings(false, "+00:00");

    static ArrowField field(String name, String type, boolean nullable) {
        return new ArrowField(name, nullable, TypeSpec.parse(type).toArrow(STRICT));
    }

    static ViewSpec view(ViewColumn... columns) {
        ViewSpec.Builder b = ViewSpec.builder("v", "SELECT 1");
        for (ViewColumn c : columns) {
            b.column(c);
        }
        return b.build();
    }

    @Test
    void matchingViewOutputPasses() {
        ViewCheck c = ViewCheck.of(view(ViewColumn.of("a", "BIGINT"), ViewColumn.of("b", "VARCHAR[]")),
                List.of(field("a", "BIGINT", false), field("b", "List(Utf8)", true)), STRICT);
        assertTrue(c.ok(), c.table());
    }

    @Test
    void listItemAndMapEntryNamesDoNotMatterButStructFieldNamesDo() {
        ArrowType utf8 = TypeSpec.parse("VARCHAR").toArrow(STRICT);
        ArrowType parquetList = new ArrowType(TypeId.LIST, "List(element)", 0, 0, null, -1, null, -1,
                List.of(new ArrowField("element", false, utf8)));
        assertTrue(TypeMatch.same(TypeSpec.parse("VARCHAR[]").toArrow(STRICT), parquetList));
        ArrowType intList = new ArrowType(TypeId.LIST, "List(element)", 0, 0, null, -1, null, -1,
                List.of(new ArrowField("element", false, TypeSpec.parse("INT").toArrow(STRICT))));
        assertFalse(TypeMatch.same(TypeSpec.parse("VARCHAR[]").toArrow(STRICT), intList));
        assertFalse(TypeMatch.same(TypeSpec.parse("STRUCT(a BIGINT)").toArrow(STRICT),
                TypeSpec.parse("STRUCT(b BIGINT)").toArrow(STRICT)));
        assertFalse(TypeMatch.same(TypeSpec.parse("VARCHAR").toArrow(STRICT), TypeSpec.parse("Utf8View").toArrow(STRICT)));
    }

    @Test
    void mismatchesAreListedWithReasons() {
        ViewCheck c = ViewCheck.of(view(ViewColumn.of("a", "INT"), ViewColumn.of("b", "BIGINT"),
                        new ViewColumn("c", TypeSpec.parse("BIGINT"), false, null), ViewColumn.of("gone", "BIGINT")),
                List.of(field("a", "BIGINT", true), field("c", "BIGINT", true), field("b", "BIGINT", true),
                        field("extra", "BIGINT", true)), STRICT);
        assertFalse(c.ok());
        String t = c.table();
        assertTrue(t.startsWith("column | expected"), t);
        assertEquals(List.of(
                new ColumnCheck("a", "Int32", "Int64", "type differs"),
                new ColumnCheck("b", "Int64", "Int64", "at position 3, declared at 2"),
                new ColumnCheck("c", "Int64 NOT NULL", "Int64", "at position 2, declared at 3"),
                new ColumnCheck("gone", "Int64", "", "missing from the view's output"),
                new ColumnCheck("extra", "", "Int64", "not declared")), c.columns(), t);
        ViewCheck nullability = ViewCheck.of(view(new ViewColumn("c", TypeSpec.parse("BIGINT"), false, null)),
                List.of(field("c", "BIGINT", true)), STRICT);
        assertEquals(List.of(new ColumnCheck("c", "Int64 NOT NULL", "Int64",
                "declared NOT NULL, the view's output is nullable")), nullability.columns());
        assertTrue(t.lines().anyMatch(l -> l.matches("a +\\| Int32 +\\| Int64 +\\| type differs")), t);
    }

    @Test
    void registryRoundTripsAndKeepsHistory(@TempDir Path dir) throws Exception {
        Path file = Registry.fileFor(dir.resolve("cat.dfschema.yaml"));
        assertEquals(dir.resolve("cat.registry.json"), file);
        Registry r = Registry.open(file);
        r.record("public.t", new Registry.Entry(1, "f1", List.of(new FieldDecl("a", "Int64", true)), "inferred", "t1"));
        r.record("public.t", new Registry.Entry(2, "f2", List.of(new FieldDecl("a", "Utf8", false)), "declared", "t2"));
        Registry again = Registry.open(file);
        assertEquals(2, again.history("public.t").size());
        assertEquals("Utf8", again.entry("public.t", 2).orElseThrow().columns().get(0).arrowType());
        assertFalse(again.entry("public.t", 2).orElseThrow().columns().get(0).nullable());
        assertTrue(again.entry("public.t", 3).isEmpty());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }
}
