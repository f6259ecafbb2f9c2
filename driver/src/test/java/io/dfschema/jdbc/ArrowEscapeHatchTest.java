package io.dfschema.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfschema.engine.NativeStats;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.junit.jupiter.api.Test;

class ArrowEscapeHatchTest {

    @Test
    void remainingBatchesGoToArrowJava() throws Exception {
        try (BufferAllocator allocator = new RootAllocator();
             Connection c = Db.connect();
             Statement st = c.createStatement()) {
            st.setFetchSize(1000);
            ResultSet rs = st.executeQuery("SELECT value, 'v' || value AS label FROM generate_series(1, 10000)");
            long rows = 0;
            long sum = 0;
            try (ArrowReader reader = rs.unwrap(DfSchemaResultSet.class).arrowReader(allocator)) {
                assertTrue(rs.isClosed(), "the result set hands its stream over");
                while (reader.loadNextBatch()) {
                    VectorSchemaRoot root = reader.getVectorSchemaRoot();
                    BigIntVector v = (BigIntVector) root.getVector("value");
                    for (int i = 0; i < root.getRowCount(); i++) {
                        sum += v.get(i);
                    }
                    rows += root.getRowCount();
                }
            }
            assertEquals(10000, rows);
            assertEquals(10000L * 10001 / 2, sum);
            assertEquals(0, allocator.getAllocatedMemory());
        }
        assertEquals(0, NativeStats.read().streams());
    }
}
