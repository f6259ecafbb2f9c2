package io.dfschema.slt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PathRewriterTest {
    private final PathRewriter rewriter = new PathRewriter(Path.of("/c/slt/data/datafusion/sqllogictest"), Path.of("/tmp/s"));

    @Test
    void relativeDataPaths() {
        assertEquals("LOCATION '/c/slt/data/testing/data/csv/aggregate_test_100.csv'",
                rewriter.rewrite("LOCATION '../../testing/data/csv/aggregate_test_100.csv'"));
        assertEquals("LOCATION '/c/slt/data/datafusion/core/tests/data/example.csv'",
                rewriter.rewrite("LOCATION '../core/tests/data/example.csv'"));
        assertEquals("FROM '/c/slt/data/datafusion/core/tests/data/' x",
                rewriter.rewrite("FROM '../core/tests/data/' x"));
        assertEquals("'/c/slt/data/datafusion/sqllogictest/data/a.csv'", rewriter.rewrite("'./data/a.csv'"));
    }

    @Test
    void scratchPaths() {
        assertEquals("COPY t TO '/tmp/s/copy/out.parquet'", rewriter.rewrite("COPY t TO 'test_files/scratch/copy/out.parquet'"));
    }

    @Test
    void echoedPathsInExpectedRows() {
        assertEquals("CREATE EXTERNAL TABLE t STORED AS CSV LOCATION /c/slt/data/datafusion/core/tests/data/example.csv",
                rewriter.rewrite("CREATE EXTERNAL TABLE t STORED AS CSV LOCATION ../core/tests/data/example.csv"));
    }

    @Test
    void otherTextIsUntouched() {
        for (String s : new String[] {"select 'a/../b'", "select 1", "select '..'", "select 'x./y'", "select '1./2'"}) {
            assertEquals(s, rewriter.rewrite(s));
        }
    }
}
