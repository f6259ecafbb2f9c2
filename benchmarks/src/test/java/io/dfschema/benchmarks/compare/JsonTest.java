package io.dfschema.benchmarks.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void aMeasurementSurvivesTheResultsFile() {
        Measurement m = new Measurement("tpch", "q01", "duckdb", "ms", new double[] {12.5, 11.25, 1e-7, 123456.789},
                4, "rows=4 \"quoted\"\n\\");
        Map<String, Object> json = Json.parse(Json.write(m.toJson(0.1)));
        Measurement back = Measurement.fromJson(json);
        assertEquals(m.workload(), back.workload());
        assertEquals(m.figure(), back.figure());
        assertEquals(m.engine(), back.engine());
        assertEquals(m.rows(), back.rows());
        assertEquals(m.check(), back.check());
        assertArrayEquals(m.samples(), back.samples(), 1e-3);
        assertEquals(0.1, (Double) json.get("sf"), 1e-12);
    }

    @Test
    void nullChecksStayNull() {
        Measurement m = new Measurement("bulk_fetch", "peak_rss", "dfschema", "MiB", new double[] {512}, 0, null);
        assertNull(Measurement.fromJson(Json.parse(Json.write(m.toJson(1)))).check());
    }
}
