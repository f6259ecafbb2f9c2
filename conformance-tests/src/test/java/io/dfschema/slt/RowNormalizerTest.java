package io.dfschema.slt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RowNormalizerTest {

    @Test
    void multiLineLastCellBecomesNumberedRows() {
        var n = new RowNormalizer(null);
        var out = n.normalize(List.of(List.of("logical_plan", "Sort: t.a\n  TableScan: t\n    x")));
        assertEquals(List.of(List.of("logical_plan"), List.of("01)Sort: t.a"), List.of("02)--TableScan: t"),
                List.of("03)----x")), out);
    }

    @Test
    void newlineInOtherColumnsIsLeftAlone() {
        var n = new RowNormalizer(null);
        assertEquals(List.of(List.of("a\nb", "c")), n.normalize(List.of(List.of("a\nb", "c"))));
    }

    @Test
    void singleColumnMultiLineCell() {
        var n = new RowNormalizer(null);
        assertEquals(List.of(List.of(), List.of("01)a"), List.of("02)b")), n.normalize(List.of(List.of("a\nb"))));
    }

    @Test
    void workspaceRootReplacedAsObjectStorePath() {
        var n = new RowNormalizer("/data/corpus/");
        // plans show object-store paths, without the leading '/'
        assertEquals(List.of(List.of("x", "file_groups={1 group: [[WORKSPACE_ROOT/testing/a.csv]]}")),
                n.normalize(List.of(List.of("x", "file_groups={1 group: [[data/corpus/testing/a.csv]]}"))));
        // an absolute path keeps its slash, as in DataFusion's runner
        assertEquals(List.of(List.of("/WORKSPACE_ROOT/testing/a.csv")),
                n.normalize(List.of(List.of("/data/corpus/testing/a.csv"))));
    }
}
