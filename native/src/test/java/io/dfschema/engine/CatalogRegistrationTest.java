package io.dfschema.engine;

import static io.dfschema.engine.EngineSql.exec;
import static io.dfschema.engine.EngineSql.row;
import static io.dfschema.engine.EngineSql.rows;
import static io.dfschema.engine.EngineSql.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lazily registered file datasets against the real engine and real files, which the engine itself writes
 * with {@code COPY}.
 */
class CatalogRegistrationTest {
    private static final FieldDecl ID = new FieldDecl("id", "Int64", true);
    private static final FieldDecl PATH = new FieldDecl("path", "Utf8", true);

    @TempDir
    Path tmp;
    Session session;

    @BeforeEach
    void open() {
        session = Session.open(Map.of());
    }

    @AfterEach
    void close() {
        session.close();
    }

    /** Writes {@code rows} (a SELECT) as one Parquet file. */
    private Path parquet(Path file, String select) throws Exception {
        Files.createDirectories(file.getParent());
        exec(session, "COPY (" + select + ") TO '" + file + "' STORED AS PARQUET");
        return file;
    }

    private Path twoFiles() throws Exception {
        Path dir = tmp.resolve("files");
        parquet(dir.resolve("a.parquet"), "SELECT 1 AS id, 'x.py' AS path UNION ALL SELECT 2, 'y.py'");
        parquet(dir.resolve("b.parquet"), "SELECT 3 AS id, 'z.py' AS path");
        return dir;
    }

    static Reg reg(String name, Path folder) {
        Reg r = new Reg();
        r.name = name;
        r.location = folder + "/";
        return r;
    }

    @Test
    void registeredDatasetIsReadWhenFirstReferenced() throws Exception {
        Path dir = twoFiles();
        session.registerDataset(reg("libcst_files", dir).columns(ID, PATH).build());
        // Listing tables answers from the registration: no files are read, nothing is built.
        assertEquals(List.of(row("libcst_files")), rows(session,
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"));
        assertEquals(List.of(), session.drainCatalogEvents());

        assertEquals(List.of(row(3L, 6L)), rows(session, "SELECT count(*), sum(id) FROM cst.public.libcst_files"));
        assertEquals(List.of(row("x.py"), row("y.py"), row("z.py")),
                rows(session, "SELECT path FROM cst.public.libcst_files ORDER BY id"));

        List<CatalogEvent> events = session.drainCatalogEvents();
        assertEquals(1, events.size(), events.toString()); // built once, then kept
        CatalogEvent e = events.get(0);
        assertEquals(List.of("cst", "public", "libcst_files", "resolved", ""),
                List.of(e.catalog(), e.schema(), e.name(), e.status(), e.message()));
        assertTrue(e.millis() >= 0);
        assertEquals(List.of(), session.drainCatalogEvents());
    }

    @Test
    void informationSchemaAndViewsAnswerFromTheDeclaredColumnsWithoutBuilding() {
        session.registerDataset(reg("ghost", tmp.resolve("not-there")).columns(ID, PATH).build());
        long builds = NativeStats.read().datasetBuilds();
        assertEquals(List.of(row("id", "Int64"), row("path", "Utf8")), rows(session,
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'ghost'"
                        + " ORDER BY ordinal_position"));
        assertEquals(List.of(row("ghost")), rows(session,
                "SELECT table_name FROM information_schema.views WHERE table_schema = 'public'"));
        exec(session, "CREATE VIEW cst.public.ghost_paths AS SELECT path FROM cst.public.ghost");
        assertEquals(List.of(row("path", "Utf8")), rows(session,
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'ghost_paths'"));
        assertEquals(builds, NativeStats.read().datasetBuilds(), "nothing was built");
        assertEquals(List.of(), session.drainCatalogEvents());

        // reading it builds it, and fails: through the view too, each attempt counted and recorded
        EngineException direct = assertThrows(EngineException.class, () -> rows(session, "SELECT * FROM cst.public.ghost"));
        assertEquals("58030", direct.sqlState(), direct.getMessage());
        EngineException viaView = assertThrows(EngineException.class,
                () -> rows(session, "SELECT count(*) FROM cst.public.ghost_paths"));
        assertEquals(direct.getMessage(), viaView.getMessage());
        assertEquals(builds + 2, NativeStats.read().datasetBuilds());
        assertEquals(List.of("failed", "failed"), session.drainCatalogEvents().stream().map(CatalogEvent::status).toList());
    }

    @Test
    void missingFolderFailsOnlyWhenReferencedAndIsRetried() {
        Path missing = tmp.resolve("not-there");
        session.registerDataset(reg("ghost", missing).columns(ID, PATH).build());
        // Metadata lookups do not build the dataset.
        assertEquals(List.of(), session.tableConstraints("cst", "public", "ghost"));
        assertEquals(Map.of(), session.columnDefaults("cst", "public", "ghost"));
        assertEquals(List.of(), session.drainCatalogEvents());

        EngineException e = assertThrows(EngineException.class,
                () -> rows(session, "SELECT * FROM cst.public.ghost"));
        assertEquals("58030", e.sqlState(), e.getMessage());
        assertTrue(e.getMessage().contains("dataset cst.public.ghost") && e.getMessage().contains("not-there"),
                e.getMessage());
        assertThrows(EngineException.class, () -> session.resolveDataset("cst", "public", "ghost", new CancelToken()));

        List<CatalogEvent> events = session.drainCatalogEvents();
        assertEquals(2, events.size(), "a failed build is not kept, the next reference retries: " + events);
        assertEquals("failed", events.get(0).status());
        assertEquals(e.getMessage(), events.get(0).message());
    }

    @Test
    void driftIsRefusedNamingEveryColumnAndBothTypes() throws Exception {
        Path dir = tmp.resolve("drift");
        parquet(dir.resolve("a.parquet"), "SELECT 7 AS path, 'k' AS kind, 1 AS id");
        session.registerDataset(reg("libcst_files", dir).columns(ID, PATH, new FieldDecl("size", "Int64", true))
                .checkDrift().build());

        EngineException e = assertThrows(EngineException.class,
                () -> session.resolveDataset("cst", "public", "libcst_files", new CancelToken()));
        assertEquals("42804", e.sqlState());
        String file = dir.resolve("a.parquet").toString().substring(1);
        assertEquals("schema drift in dataset cst.public.libcst_files (strict mode), file " + file + ": "
                + "column 'path' is declared Utf8 but the file has Int64 (strict mode allows no type change); "
                + "column 'size' is declared Int64 but the file does not have it; "
                + "column 'kind' is in the file (Utf8View) but not in the contract", e.getMessage());

        EngineException q = assertThrows(EngineException.class,
                () -> rows(session, "SELECT * FROM cst.public.libcst_files"));
        assertEquals("42804", q.sqlState());

        List<CatalogEvent> events = session.drainCatalogEvents();
        assertEquals(2, events.size());
        assertEquals("drift", events.get(0).status());
        assertEquals(e.getMessage(), events.get(0).message());
        assertEquals("path Int64, kind Utf8View, id Int64", events.get(0).filesSchema());
    }

    @Test
    void compatibleRulesReadOldFilesAndReportEachConversion() throws Exception {
        Path dir = tmp.resolve("evolving");
        parquet(dir.resolve("a.parquet"), "SELECT CAST(1 AS INT) AS id, 'a' AS file_path, 'x' AS junk");
        parquet(dir.resolve("b.parquet"), "SELECT CAST(2 AS BIGINT) AS id, 'b' AS path, CAST(5 AS BIGINT) AS size");
        EvolutionRules rules = new EvolutionRules("compatible", Map.of("path", List.of("file_path")),
                Map.of("size", "2 + 1"));
        session.registerDataset(reg("evolving", dir).columns(ID, PATH, new FieldDecl("size", "Int64", false))
                .checkDrift().build().withEvolution(rules));
        assertEquals(List.of(row(1L, "a", 3L), row(2L, "b", 5L)),
                rows(session, "SELECT id, path, size FROM cst.public.evolving ORDER BY id"));
        CatalogEvent e = session.drainCatalogEvents().get(0);
        assertEquals("resolved", e.status(), e.message());
        List<String> kinds = e.adaptations().stream()
                .map(a -> a.file().replaceAll(".*/", "") + " " + a.column() + " " + a.kind()).toList();
        assertEquals(List.of("a.parquet id promoted", "a.parquet path renamed", "a.parquet size filled_default",
                "a.parquet junk ignored_extra"), kinds);
        assertEquals("Int32", e.adaptations().get(0).fromType());
        assertEquals("Int64", e.adaptations().get(0).toType());
    }

    @Test
    void driftCheckIgnoresReadingChoicesAndNestedNames() throws Exception {
        Path dir = tmp.resolve("nested");
        String select = "SELECT 1 AS id, 'a' AS path, make_array(1, 2) AS nums, "
                + "named_struct('k', 'v', 'n', 3) AS info, map(['a'], [1]) AS tags";
        parquet(dir.resolve("a.parquet"), select);
        // Declare the types as arrow_typeof prints them for the same values (plain Utf8, default names).
        List<Object> types = rows(session, "SELECT arrow_typeof(nums), arrow_typeof(info), arrow_typeof(tags) "
                + "FROM (" + select.replace("'a' AS path", "arrow_cast('a', 'Utf8') AS path") + ")").get(0);
        session.registerDataset(reg("nested", dir).columns(ID, PATH,
                new FieldDecl("nums", (String) types.get(0), true),
                new FieldDecl("info", (String) types.get(1), true),
                new FieldDecl("tags", (String) types.get(2), true)).checkDrift().build());

        assertEquals(List.of(row(1L, "a", 3L)),
                rows(session, "SELECT id, path, info['n'] FROM cst.public.nested"));
        CatalogEvent e = session.drainCatalogEvents().get(0);
        assertEquals("resolved", e.status(), e.message());
        assertTrue(e.filesSchema().startsWith("id Int64, path Utf8View, nums List("), e.filesSchema());
    }

    @Test
    void columnsAreInferredWhenNoneAreDeclared() throws Exception {
        Path dir = twoFiles();
        session.registerDataset(reg("inferred", dir).build());
        assertEquals(3L, scalar(session, "SELECT count(*) FROM cst.public.inferred"));
        assertEquals("id Int64, path Utf8View", session.drainCatalogEvents().get(0).filesSchema());
    }

    @Test
    void inferSchemaListsFileColumnsWithoutPartitionsAndRegistersNothing() throws Exception {
        Path dir = tmp.resolve("parts");
        parquet(dir.resolve("year=2024/a.parquet"), "SELECT 1 AS id, 'a' AS path");
        parquet(dir.resolve("year=2025/b.parquet"), "SELECT 2 AS id, 'b' AS path");
        DatasetRegistration r = reg("parts", dir).partitions("year").build();
        List<FieldDecl> columns = session.inferSchema(r, new CancelToken());
        assertEquals(List.of("id", "path"), columns.stream().map(FieldDecl::name).toList());
        assertEquals("Int64", columns.get(0).arrowType());
        assertEquals(List.of(), rows(session, "SELECT table_name FROM information_schema.tables "
                + "WHERE table_catalog = 'cst' AND table_schema = 'public'"));
        assertEquals(List.of(), session.drainCatalogEvents());
    }

    @Test
    void partitionColumnsTakeTheirDeclaredType() throws Exception {
        Path dir = tmp.resolve("parts");
        parquet(dir.resolve("year=2024/a.parquet"), "SELECT 1 AS id, 'a' AS path");
        parquet(dir.resolve("year=2025/b.parquet"), "SELECT 2 AS id, 'b' AS path");
        session.registerDataset(reg("parts", dir).columns(ID, PATH, new FieldDecl("year", "Int32", false))
                .partitions("year").checkDrift().build());
        assertEquals(List.of(row(2L, "Int32")),
                rows(session, "SELECT id, arrow_typeof(year) FROM cst.public.parts WHERE year > 2024"));
    }

    @Test
    void partitionColumnsMustBeDeclaredLast() {
        DatasetRegistration r = reg("parts", tmp).columns(new FieldDecl("year", "Int32", false), ID)
                .partitions("year").build();
        EngineException e = assertThrows(EngineException.class, () -> session.registerDataset(r));
        assertTrue(e.getMessage().contains("must be declared last"), e.getMessage());
    }

    @Test
    void onlyFilesWithTheDatasetsExtensionAreRead() throws Exception {
        Path dir = twoFiles();
        parquet(dir.resolve("c.parq"), "SELECT 10 AS id, 'odd.py' AS path");
        Files.writeString(dir.resolve("README.txt"), "not parquet");
        session.registerDataset(reg("by_default", dir).columns(ID, PATH).build());
        session.registerDataset(reg("by_ext", dir).columns(ID, PATH).extension("parq").build());
        assertEquals(3L, scalar(session, "SELECT count(*) FROM cst.public.by_default"));
        assertEquals(List.of(row(10L)), rows(session, "SELECT id FROM cst.public.by_ext"));
    }

    @Test
    void settingsHoldForTheDatasetOnly() throws Exception {
        Path dir = twoFiles();
        parquet(dir.resolve("nested/deeper.parquet"), "SELECT 4 AS id, 'w.py' AS path");
        session.registerDataset(reg("flat", dir).columns(ID, PATH).build());
        session.registerDataset(reg("deep", dir).columns(ID, PATH)
                .setting("datafusion.execution.listing_table_ignore_subdirectory", "false").build());
        // The setting is read when files are listed, at scan time: it must hold then too.
        assertEquals(3L, scalar(session, "SELECT count(*) FROM cst.public.flat"));
        assertEquals(4L, scalar(session, "SELECT count(*) FROM cst.public.deep"));
        assertEquals("true", session.option("datafusion.execution.listing_table_ignore_subdirectory"));
    }

    @Test
    void unknownSettingIsRefusedAtRegistration() {
        DatasetRegistration r = reg("x", tmp).columns(ID).setting("datafusion.execution.no_such_thing", "1").build();
        EngineException e = assertThrows(EngineException.class, () -> session.registerDataset(r));
        assertTrue(e.getMessage().contains("no_such_thing"), e.getMessage());
    }

    @Test
    void csvOptionsAndSortOrderReachTheTable() throws Exception {
        Path dir = tmp.resolve("csv");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("a.csv"), "id;path\n1;a\n2;b\n");
        session.registerDataset(reg("csv_files", dir).format("CSV").columns(ID, PATH)
                .option("delimiter", ";").option("has_header", "true")
                .sort(new SortKeyDecl("id", true, false)).build());
        assertEquals(List.of(row(1L, "a"), row(2L, "b")), rows(session, "SELECT * FROM cst.public.csv_files ORDER BY id"));
        String plan = rows(session, "EXPLAIN SELECT * FROM cst.public.csv_files ORDER BY id").toString();
        assertTrue(plan.contains("output_ordering=[id@0 ASC NULLS LAST]"), plan);
    }

    @Test
    void jsonFilesAndUnboundedStreams() throws Exception {
        Path dir = tmp.resolve("json");
        Files.createDirectories(dir);
        exec(session, "COPY (SELECT 1 AS id, 'a' AS path UNION ALL SELECT 2, 'b') TO '" + dir.resolve("a.json")
                + "' STORED AS JSON");
        session.registerDataset(reg("json_files", dir).format("JSON").columns(ID, PATH).checkDrift().build());
        assertEquals(3L, scalar(session, "SELECT sum(id) FROM cst.public.json_files"));

        Reg stream = reg("json_stream", dir).format("JSON").columns(ID, PATH).unbounded();
        stream.location = dir.resolve("a.json").toString();
        session.registerDataset(stream.build());
        List<List<Object>> first = rows(session, "SELECT id FROM cst.public.json_stream LIMIT 1");
        assertTrue(first.equals(List.of(row(1L))) || first.equals(List.of(row(2L))), first.toString());
        String plan = rows(session, "EXPLAIN SELECT id FROM cst.public.json_stream LIMIT 1").toString();
        assertTrue(plan.contains("StreamingTableExec") && plan.contains("infinite_source=true"), plan);

        EngineException cached = assertThrows(EngineException.class,
                () -> session.registerDataset(reg("bad", dir).format("JSON").columns(ID).unbounded().cache().build()));
        assertTrue(cached.getMessage().contains("cannot be cached"), cached.getMessage());
    }

    @Test
    void cachedDatasetServesTheCopyLoadedAtFirstReference() throws Exception {
        Path dir = twoFiles();
        session.registerDataset(reg("cached", dir).columns(ID, PATH).cache().build());
        assertEquals(3L, scalar(session, "SELECT count(*) FROM cst.public.cached"));
        Files.delete(dir.resolve("b.parquet"));
        parquet(dir.resolve("c.parquet"), "SELECT 5 AS id, 'late.py' AS path");
        assertEquals(List.of(row(1L), row(2L), row(3L)), rows(session, "SELECT id FROM cst.public.cached ORDER BY id"));
        // A dataset that is not cached reads the files as they are now.
        session.registerDataset(reg("live", dir).columns(ID, PATH).build());
        assertEquals(List.of(row(1L), row(2L), row(5L)), rows(session, "SELECT id FROM cst.public.live ORDER BY id"));
    }

    @Test
    void readOnlyDatasetRefusesInsert() throws Exception {
        Path dir = twoFiles();
        session.registerDataset(reg("frozen", dir).columns(ID, PATH).build());
        EngineException e = assertThrows(EngineException.class,
                () -> exec(session, "INSERT INTO cst.public.frozen VALUES (9, 'n.py')"));
        assertEquals("42000", e.sqlState());
        assertEquals("dataset cst.public.frozen is read-only (scan.mutable is false)", e.getMessage());
        assertEquals(3L, scalar(session, "SELECT count(*) FROM cst.public.frozen"));
    }

    @Test
    void mutableDatasetWritesNewFiles() throws Exception {
        Path dir = twoFiles();
        session.registerDataset(reg("growing", dir).columns(ID, PATH).mutable().build());
        session.registerDataset(reg("growing_cached", dir).columns(ID, PATH).mutable().cache().build());
        assertEquals(3L, scalar(session, "SELECT count(*) FROM cst.public.growing_cached"));
        assertEquals(List.of(row(1L)), rows(session, "INSERT INTO cst.public.growing VALUES (9, 'n.py')"));
        assertEquals(4L, scalar(session, "SELECT count(*) FROM cst.public.growing"));
        exec(session, "INSERT INTO cst.public.growing_cached VALUES (10, 'm.py')");
        // The cached copy is reloaded after its own INSERT, so it sees both new rows.
        assertEquals(5L, scalar(session, "SELECT count(*) FROM cst.public.growing_cached"));
    }

    @Test
    void takenNamesAreRefused() throws Exception {
        Path dir = twoFiles();
        session.registerDataset(reg("once", dir).columns(ID, PATH).build());
        EngineException e = assertThrows(EngineException.class,
                () -> session.registerDataset(reg("once", dir).columns(ID, PATH).build()));
        assertEquals("42P07", e.sqlState());
        assertTrue(e.getMessage().contains("cst.public.once"), e.getMessage());

        exec(session, "CREATE TABLE cst.public.plain (x INT)");
        EngineException taken = assertThrows(EngineException.class,
                () -> session.registerDataset(reg("plain", dir).columns(ID).build()));
        assertEquals("42P07", taken.sqlState());
        assertThrows(EngineException.class, () -> exec(session, "CREATE TABLE cst.public.once (x INT)"));
    }

    @Test
    void existingSchemaKeepsItsTablesAndDdlStillWorks() throws Exception {
        Path dir = twoFiles();
        exec(session, "CREATE TABLE before_t AS SELECT 1 AS x");
        Reg r = reg("files_here", dir).columns(ID, PATH);
        r.catalog = "datafusion";
        session.registerDataset(r.build());
        assertEquals(1L, scalar(session, "SELECT x FROM before_t"));
        assertEquals(3L, scalar(session, "SELECT count(*) FROM files_here"));
        exec(session, "CREATE TABLE after_t AS SELECT 2 AS x");
        exec(session, "CREATE VIEW v AS SELECT count(*) AS n FROM files_here");
        assertEquals(3L, scalar(session, "SELECT n FROM v"));
        exec(session, "DROP TABLE before_t");
        exec(session, "DROP TABLE files_here");
        assertEquals(List.of(row("after_t"), row("v")), rows(session, "SELECT table_name FROM "
                + "information_schema.tables WHERE table_schema = 'public' ORDER BY table_name"));
    }

    @Test
    void resolvingAnUnknownTableIs42P01() {
        EngineException e = assertThrows(EngineException.class,
                () -> session.resolveDataset("cst", "public", "nope", new CancelToken()));
        assertEquals("42P01", e.sqlState());
        exec(session, "CREATE TABLE t AS SELECT 1 AS x");
        session.resolveDataset("datafusion", "public", "t", new CancelToken()); // ordinary table: nothing to do
    }

    @Test
    void concurrentFirstReferencesBuildOnce() throws Exception {
        Path dir = twoFiles();
        session.registerDataset(reg("shared", dir).columns(ID, PATH).cache().build());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Object>> tasks = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                tasks.add(() -> scalar(session, "SELECT count(*) FROM cst.public.shared"));
            }
            for (Future<Object> f : pool.invokeAll(tasks)) {
                assertEquals(3L, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, session.drainCatalogEvents().size());
    }

    @Test
    void constraintsAndDefaultsOfADdlTable() {
        exec(session, "CREATE TABLE keyed (id INT PRIMARY KEY, name VARCHAR UNIQUE, n INT DEFAULT 5)");
        List<TableConstraintInfo> constraints = session.tableConstraints("datafusion", "public", "keyed");
        assertTrue(constraints.contains(new TableConstraintInfo(TableConstraintInfo.Kind.PRIMARY_KEY, List.of("id"))),
                constraints.toString());
        assertTrue(constraints.contains(new TableConstraintInfo(TableConstraintInfo.Kind.UNIQUE, List.of("name"))),
                constraints.toString());
        assertEquals(2, constraints.size());
        Map<String, String> defaults = session.columnDefaults("datafusion", "public", "keyed");
        assertEquals(List.of("n"), new ArrayList<>(defaults.keySet()));
        assertEquals("5", defaults.get("n"));

        EngineException e = assertThrows(EngineException.class,
                () -> session.tableConstraints("datafusion", "public", "missing"));
        assertEquals("42P01", e.sqlState());
    }

    @Test
    void closingSessionsFreesEveryCatalogObject() throws Exception {
        Path dir = twoFiles();
        long before = NativeStats.read().catalogObjects();
        for (int round = 0; round < 3; round++) {
            try (Session s = Session.open(Map.of())) {
                DatasetRegistration r = reg("files", dir).columns(ID, PATH).cache().build();
                s.registerDataset(r);
                s.createAppendOnlyTable("diag", "log", "events", List.of(new FieldDecl("n", "Int64", true)));
                assertEquals(3L, scalar(s, "SELECT count(*) FROM cst.public.files"));
                assertTrue(NativeStats.read().catalogObjects() >= before + 4);
            }
        }
        assertEquals(before, NativeStats.read().catalogObjects());
    }

    /** A registration under construction. */
    static final class Reg {
        String catalog = "cst";
        String schema = "public";
        String name;
        String format = "PARQUET";
        String location;
        String extension;
        List<FieldDecl> columns = List.of();
        List<String> partitions = List.of();
        Map<String, String> options = new LinkedHashMap<>();
        Map<String, String> settings = new LinkedHashMap<>();
        List<SortKeyDecl> sort = List.of();
        boolean unbounded;
        boolean cache;
        boolean mutable;
        boolean checkDrift;
        boolean strictPartitions;

        Reg columns(FieldDecl... c) {
            columns = List.of(c);
            return this;
        }

        Reg partitions(String... p) {
            partitions = List.of(p);
            return this;
        }

        Reg format(String f) {
            format = f;
            return this;
        }

        Reg extension(String e) {
            extension = e;
            return this;
        }

        Reg option(String k, String v) {
            options.put(k, v);
            return this;
        }

        Reg setting(String k, String v) {
            settings.put(k, v);
            return this;
        }

        Reg sort(SortKeyDecl... keys) {
            sort = List.of(keys);
            return this;
        }

        Reg unbounded() {
            unbounded = true;
            return this;
        }

        Reg cache() {
            cache = true;
            return this;
        }

        Reg mutable() {
            mutable = true;
            return this;
        }

        Reg checkDrift() {
            checkDrift = true;
            return this;
        }

        Reg strictPartitions() {
            strictPartitions = true;
            return this;
        }

        DatasetRegistration build() {
            return new DatasetRegistration(catalog, schema, name, format, location, extension, columns, partitions,
                    options, settings, sort, unbounded, cache, mutable, checkDrift, strictPartitions);
        }
    }
}
