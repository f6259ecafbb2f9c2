package io.dfschema.slt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordCheckerTest {
    private final RecordChecker checker = new RecordChecker(new RowNormalizer("/ws"),
            new PathRewriter(Path.of("/ws/datafusion/sqllogictest"), Path.of("/tmp/s")));

    private static SltRecord.Executable record(String text) throws Exception {
        return (SltRecord.Executable) new SltParser().parse(text, Path.of("/x/t.slt"), null).get(0);
    }

    private RecordOutcome check(String text, DbOutput out) throws Exception {
        SltRecord.Executable r = record(text);
        return r instanceof SltRecord.Query q ? checker.check(q, out, null) : checker.check((SltRecord.Statement) r, out);
    }

    private static final DbOutput ONE_ROW = new DbOutput.Rows(List.of("Int64"), List.of(List.of("1")));

    @Test
    void statements() throws Exception {
        assertEquals(RecordOutcome.Status.PASSED, check("statement ok\nselect 1", ONE_ROW).status());
        assertEquals(RecordOutcome.Status.PASSED, check("statement ok\ncreate table t(a int)", new DbOutput.Complete(0)).status());
        assertEquals(RecordOutcome.Status.FAILED, check("statement ok\nx", new DbOutput.Error("DataFusion error: x")).status());
        assertEquals(RecordOutcome.Status.PASSED, check("statement count 0\ndrop table t", new DbOutput.Complete(0)).status());
        assertEquals(RecordOutcome.Status.PASSED, check("statement count 1\nselect 1", ONE_ROW).status());
        assertEquals(RecordOutcome.Status.FAILED, check("statement count 2\nselect 1", ONE_ROW).status());
        assertEquals(RecordOutcome.Status.FAILED, check("statement error\nselect 1", ONE_ROW).status());
        assertEquals(RecordOutcome.Status.PASSED, check("statement error\nx", new DbOutput.Error("DataFusion error: x")).status());
        assertEquals(RecordOutcome.Status.PASSED,
                check("statement error Error during planning\nx", new DbOutput.Error("DataFusion error: Error during planning: y")).status());
        assertEquals(RecordOutcome.Status.FAILED,
                check("statement error Error during planning\nx", new DbOutput.Error("DataFusion error: Schema error: y")).status());
        // A driver failure never counts as the expected error.
        assertEquals(RecordOutcome.Status.FAILED, check("statement error\nx", new DbOutput.Broken("driver threw")).status());
    }

    @Test
    void queries() throws Exception {
        assertEquals(RecordOutcome.Status.PASSED, check("query I\nselect 1\n----\n1", ONE_ROW).status());
        RecordOutcome typeMismatch = check("query T\nselect 1\n----\n1", ONE_ROW);
        assertEquals(RecordOutcome.Status.FAILED, typeMismatch.status());
        assertTrue(typeMismatch.detail().startsWith("column types: expected T, actual I"), typeMismatch.detail());
        assertEquals(RecordOutcome.Status.FAILED, check("query I\nselect 1\n----\n2", ONE_ROW).status());
        assertEquals(RecordOutcome.Status.FAILED, check("query error\nselect 1", ONE_ROW).status());
        assertEquals(RecordOutcome.Status.PASSED,
                check("query error\nselect x\n----\nDataFusion error: a\nb\n\n", new DbOutput.Error("DataFusion error: a\nb")).status());
        assertEquals(RecordOutcome.Status.FAILED,
                check("query error\nselect x\n----\nDataFusion error: a\n\n", new DbOutput.Error("DataFusion error: a b")).status());
    }

    @Test
    void updateCountActsAsDataFusionsCountRowOrStatementComplete() throws Exception {
        assertEquals(RecordOutcome.Status.PASSED, check("query I\nDELETE FROM t\n----\n2", new DbOutput.Complete(2)).status());
        assertEquals(RecordOutcome.Status.PASSED, check("query I\nDELETE FROM t WHERE false\n----\n0", new DbOutput.Complete(0)).status());
        assertEquals(RecordOutcome.Status.FAILED, check("query T\nDELETE FROM t\n----\n2", new DbOutput.Complete(2)).status());
    }

    @Test
    void workspaceRootAndPathsInExpectedRows() throws Exception {
        DbOutput echoed = new DbOutput.Rows(List.of("Utf8"), List.of(List.of("LOCATION /ws/datafusion/core/tests/data/a.csv")));
        assertEquals(RecordOutcome.Status.PASSED,
                check("query T\nshow\n----\nLOCATION ../core/tests/data/a.csv", echoed).status());
        DbOutput plan = new DbOutput.Rows(List.of("Utf8", "Utf8"),
                List.of(List.of("physical_plan", "DataSourceExec: file_groups={1 group: [[ws/testing/a.csv]]}")));
        assertEquals(RecordOutcome.Status.PASSED, check("query TT\nexplain\n----\n"
                + "physical_plan DataSourceExec: file_groups={1 group: [[WORKSPACE_ROOT/testing/a.csv]]}", plan).status());
    }
}
