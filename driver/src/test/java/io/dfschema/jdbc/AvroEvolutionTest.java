package io.dfschema.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Avro files of two writer versions side by side (written with Apache Avro: the engine reads Avro but
 * cannot write it), read under each evolution mode.
 */
class AvroEvolutionTest {
    @TempDir
    static Path dir;

    static Path catalog;

    @BeforeAll
    static void writeFiles() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        write(data.resolve("a_v1.avro"), """
                {"type": "record", "name": "v1", "fields": [
                  {"name": "id", "type": "int"}, {"name": "file_path", "type": "string"},
                  {"name": "junk", "type": "string"}]}""",
                List.of(Map.of("id", 1, "file_path", "a", "junk", "j"), Map.of("id", 2, "file_path", "b", "junk", "k")));
        write(data.resolve("b_v2.avro"), """
                {"type": "record", "name": "v2", "fields": [
                  {"name": "id", "type": "long"}, {"name": "path", "type": "string"},
                  {"name": "note", "type": ["null", "string"]}]}""",
                List.of(Map.of("id", 3L, "path", "c", "note", "x")));
        catalog = dir.resolve("c.dfschema.yaml");
        Files.writeString(catalog, """
                dfschema: 1
                datasets:
                  - name: t
                    format: avro
                    location: data/
                    evolution: {mode: compatible, renamed_from: {path: [file_path]}}
                    columns: [{name: id, type: BIGINT}, {name: path, type: VARCHAR}, {name: note, type: VARCHAR}]
                """, StandardCharsets.UTF_8);
    }

    static void write(Path file, String schemaJson, List<Map<String, Object>> rows) throws Exception {
        Schema schema = new Schema.Parser().parse(schemaJson);
        try (DataFileWriter<GenericRecord> w = new DataFileWriter<>(new GenericDatumWriter<>(schema))) {
            w.create(schema, new File(file.toString()));
            for (Map<String, Object> row : rows) {
                GenericRecord r = new GenericData.Record(schema);
                row.forEach(r::put);
                w.append(r);
            }
        }
    }

    @Test
    void compatibleReadsBothVersionsAndRecordsEachConversion() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:dfschema:" + catalog)) {
            assertEquals(List.of("1|a|null", "2|b|null", "3|c|x"),
                    EvolutionCorpusTest.rows(c, "SELECT id, path, note FROM t ORDER BY id"));
            assertEquals(List.of("a_v1.avro filled_null note", "a_v1.avro ignored_extra junk",
                            "a_v1.avro promoted id", "a_v1.avro renamed path"),
                    Db.column(c, "SELECT regexp_replace(file, '.*/', '') || ' ' || event || ' ' || column_name"
                            + " FROM dfschema.adapter_events ORDER BY 1"));
        }
    }

    @Test
    void strictNamesTheOlderFile() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:dfschema:" + catalog + "?evolution=strict")) {
            SQLException e = assertThrows(SQLException.class, () -> EvolutionCorpusTest.rows(c, "SELECT * FROM t"));
            assertEquals("42804", e.getSQLState(), e.getMessage());
            assertTrue(e.getMessage().contains("a_v1.avro") && e.getMessage().contains("'path'"), e.getMessage());
        }
    }
}
