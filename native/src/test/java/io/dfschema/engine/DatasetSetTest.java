package io.dfschema.engine;

import static io.dfschema.engine.CatalogRegistrationTest.reg;
import static io.dfschema.engine.EngineSql.exec;
import static io.dfschema.engine.EngineSql.row;
import static io.dfschema.engine.EngineSql.rows;
import static io.dfschema.engine.EngineSql.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dataset sets filled once and mounted into several sessions, and the partition check of a build. */
class DatasetSetTest {
    private static final FieldDecl ID = new FieldDecl("id", "Int64", true);
    private static final FieldDecl PATH = new FieldDecl("path", "Utf8", true);

    @TempDir
    Path tmp;

    private Path files(Session s) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("files"));
        exec(s, "COPY (SELECT 1 AS id, 'x.py' AS path UNION ALL SELECT 2, 'y.py') TO '" + dir.resolve("a.parquet")
                + "' STORED AS PARQUET");
        return dir;
    }

    @Test
    void oneSetServesManySessionsEachWithItsOwnTables() throws Exception {
        long setsBefore = NativeStats.read().datasetSets();
        long objectsBefore = NativeStats.read().catalogObjects();
        try (Session a = Session.open(Map.of()); Session b = Session.open(Map.of())) {
            Path dir = files(a);
            try (DatasetSet set = new DatasetSet()) {
                set.add(a, reg("files", dir).columns(ID, PATH).checkDrift().build(), List.of("files_v1"));
                set.add(a, reg("other", dir).columns(ID, PATH).build(), List.of());
                assertEquals(setsBefore + 1, NativeStats.read().datasetSets());
                a.mountDatasetSet(set, 0);
                b.mountDatasetSet(set, 0);
                EngineException late = assertThrows(EngineException.class,
                        () -> set.add(a, reg("late", dir).columns(ID).build(), List.of()));
                assertTrue(late.getMessage().contains("cannot change after it has been mounted"), late.getMessage());
            }
            assertEquals(setsBefore, NativeStats.read().datasetSets(), "closing the owner frees the set");
            // Mounted names list without building anything.
            assertEquals(List.of(row("files"), row("files_v1"), row("other")), rows(a,
                    "SELECT table_name FROM information_schema.tables WHERE table_catalog = 'cst' AND table_schema = 'public' ORDER BY 1"));
            assertEquals(List.of(), a.drainCatalogEvents());
            assertEquals(3L, scalar(a, "SELECT sum(id) FROM cst.public.files"));
            assertEquals(3L, scalar(a, "SELECT sum(id) FROM cst.public.files_v1"));
            // The name and its alias share one build.
            assertEquals(List.of("resolved"), a.drainCatalogEvents().stream().map(CatalogEvent::status).toList());

            exec(a, "DROP TABLE cst.public.files");
            assertEquals(3L, scalar(a, "SELECT sum(id) FROM cst.public.files_v1"), "the alias stays");
            EngineException gone = assertThrows(EngineException.class,
                    () -> scalar(a, "SELECT count(*) FROM cst.public.files"));
            assertEquals("42P01", gone.sqlState(), gone.getMessage());
            assertEquals(3L, scalar(b, "SELECT sum(id) FROM cst.public.files"), "another session is not affected");
            exec(a, "CREATE TABLE cst.public.files AS SELECT 7 AS id");
            assertEquals(7L, scalar(a, "SELECT id FROM cst.public.files"));
        }
        assertEquals(objectsBefore, NativeStats.read().catalogObjects());
    }

    @Test
    void namesAlreadyTakenAreRefused() throws Exception {
        try (Session s = Session.open(Map.of()); DatasetSet set = new DatasetSet(); DatasetSet clash = new DatasetSet()) {
            Path dir = files(s);
            set.add(s, reg("files", dir).columns(ID, PATH).build(), List.of("files_v1"));
            EngineException twice = assertThrows(EngineException.class,
                    () -> set.add(s, reg("files_v1", dir).columns(ID).build(), List.of()));
            assertEquals("42P07", twice.sqlState(), twice.getMessage());
            EngineException format = assertThrows(EngineException.class,
                    () -> set.add(s, reg("bad", dir).format("NOPE").build(), List.of()));
            assertEquals("0A000", format.sqlState(), format.getMessage());

            clash.add(s, reg("files", dir).columns(ID).build(), List.of());
            s.mountDatasetSet(set, 0);
            EngineException mounted = assertThrows(EngineException.class, () -> s.mountDatasetSet(clash, 0));
            assertEquals("42P07", mounted.sqlState(), mounted.getMessage());
            assertTrue(mounted.getMessage().contains("cst.public.files"), mounted.getMessage());
        }
    }

    @Test
    void rowsAreAppendedAtEachMountWithItsTime() throws Exception {
        try (Session a = Session.open(Map.of()); Session b = Session.open(Map.of()); DatasetSet set = new DatasetSet()) {
            List<FieldDecl> columns = List.of(new FieldDecl("dataset", "Utf8", true),
                    new FieldDecl("at", "Timestamp(ms, \"UTC\")", false));
            a.createAppendOnlyTable("cst", "dfschema", "log", columns);
            b.createAppendOnlyTable("cst", "dfschema", "log", columns);
            set.add(a, reg("files", files(a)).columns(ID, PATH).build(), List.of());
            set.rows("cst", "dfschema", "log", "{\"dataset\":\"files\",\"at\":\"2000-01-01T00:00:00Z\"}\n", "at");
            a.mountDatasetSet(set, 1_000);
            b.mountDatasetSet(set, 2_000);
            String q = "SELECT dataset, CAST(CAST(at AS BIGINT) AS VARCHAR) FROM cst.dfschema.log";
            assertEquals(List.of(row("files", "1000")), rows(a, q));
            assertEquals(List.of(row("files", "2000")), rows(b, q));
        }
    }

    @Test
    void aDatasetWhoseFilesAreBrokenCanStillBeDropped() throws Exception {
        try (Session s = Session.open(Map.of()); DatasetSet set = new DatasetSet()) {
            Path missing = tmp.resolve("missing");
            s.registerDataset(reg("broken", missing).columns(ID).build());
            set.add(s, reg("mounted_broken", missing).columns(ID).build(), List.of("mounted_broken_v1"));
            s.mountDatasetSet(set, 0);
            for (String name : List.of("broken", "mounted_broken")) {
                EngineException e = assertThrows(EngineException.class,
                        () -> scalar(s, "SELECT count(*) FROM cst.public." + name));
                assertEquals("58030", e.sqlState(), e.getMessage());
                exec(s, "DROP TABLE cst.public." + name);
            }
            exec(s, "drop table if exists cst.public.broken");
            assertEquals(List.of(row("mounted_broken_v1")), rows(s, "SELECT table_name FROM information_schema.tables"
                    + " WHERE table_catalog = 'cst' AND table_schema = 'public'"));
            s.createAppendOnlyTable("cst", "dfschema", "log", List.of(ID));
            EngineException refused = assertThrows(EngineException.class, () -> exec(s, "DROP TABLE cst.dfschema.log"));
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        }
    }

    @Test
    void whatAScanLoadsWhileAnInsertWritesIsReloadedAfterIt() throws Exception {
        for (boolean cached : List.of(true, false)) {
            insertRacingAScan(cached);
        }
    }

    private void insertRacingAScan(boolean cached) throws Exception {
        try (Session s = Session.open(Map.of())) {
            Path dir = Files.createDirectories(tmp.resolve("race" + cached));
            exec(s, "COPY (SELECT 1 AS id, 'x.py' AS path UNION ALL SELECT 2, 'y.py') TO '" + dir.resolve("a.parquet")
                    + "' STORED AS PARQUET");
            CatalogRegistrationTest.Reg r = reg("growing", dir).columns(ID, PATH).mutable();
            s.registerDataset((cached ? r.cache() : r).build());
            assertEquals(2L, scalar(s, "SELECT count(*) FROM cst.public.growing"));
            try (CancelToken token = new CancelToken();
                 LogicalPlanHandle insert = s.sql("INSERT INTO cst.public.growing VALUES (9, 'n.py')", token);
                 BatchStream writing = insert.execute(null, token, 0)) {
                // The insert may or may not have written yet (DataFusion starts it at once); a scan
                // now may load a copy and a file list without the new row.
                Object during = scalar(s, "SELECT count(*) FROM cst.public.growing");
                assertTrue(during.equals(2L) || during.equals(3L), String.valueOf(during));
                long inserted = 0;
                for (io.dfschema.engine.vector.Batch b = writing.next(); b != null; b = writing.next()) {
                    for (int row = 0; row < b.rowCount(); row++) {
                        inserted += ((io.dfschema.engine.vector.FixedWidthVector) b.columns().get(0)).getLongValue(row);
                    }
                }
                assertEquals(1L, inserted, "one row inserted, reported once");
            }
            assertEquals(3L, scalar(s, "SELECT count(*) FROM cst.public.growing"),
                    (cached ? "the copy" : "the file list") + " is reloaded after the insert");
        }
    }

    @Test
    void aBuildCancelledMidwayIsRecorded() throws Exception {
        try (Session s = Session.open(Map.of())) {
            Path folder = Files.createDirectories(tmp.resolve("big"));
            Path big = folder.resolve("rows.csv");
            exec(s, "COPY (SELECT v AS id, concat('row number ', v) AS path FROM generate_series(1, 2000000) AS t(v)) TO '"
                    + big + "' STORED AS CSV");
            // Loading two million rows into memory takes long enough to be cancelled while it runs.
            s.registerDataset(reg("big", folder).format("CSV").option("has_header", "true").columns(ID, PATH).cache().build());
            try (CancelToken cancel = new CancelToken()) {
                Thread canceller = new Thread(() -> {
                    try {
                        Thread.sleep(30);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    cancel.cancel();
                });
                canceller.start();
                EngineException e = null;
                try {
                    s.resolveDataset("cst", "public", "big", cancel);
                } catch (EngineException thrown) {
                    e = thrown;
                }
                canceller.join();
                org.junit.jupiter.api.Assumptions.assumeTrue(e != null, "the build finished before the cancel");
                assertEquals("57014", e.sqlState(), e.getMessage());
            }
            // The engine stops the build at its next await point, just after the call returned.
            List<CatalogEvent> events = s.drainCatalogEvents();
            for (long until = System.nanoTime() + 10_000_000_000L; events.isEmpty() && System.nanoTime() < until; ) {
                Thread.sleep(10);
                events = s.drainCatalogEvents();
            }
            assertEquals(1, events.size(), events.toString());
            CatalogEvent event = events.get(0);
            assertEquals("cancelled", event.status(), event.toString());
            assertTrue(event.message().contains("cst.public.big"), event.message());
            // The next reference builds it again.
            assertEquals(2_000_000L, scalar(s, "SELECT count(*) FROM cst.public.big"));
        }
    }

    @Test
    void partitionFoldersAreCheckedWhenTheDatasetIsBuilt() throws Exception {
        try (Session s = Session.open(Map.of())) {
            Path dir = tmp.resolve("parts");
            exec(s, "COPY (SELECT 1 AS id) TO '" + dir.resolve("year=2024/a.parquet") + "' STORED AS PARQUET");
            exec(s, "COPY (SELECT 2 AS id) TO '" + dir.resolve("year=x/b.parquet") + "' STORED AS PARQUET");
            FieldDecl year = new FieldDecl("year", "Int32", true);
            s.registerDataset(reg("lenient", dir).columns(ID, year).partitions("year").build());
            s.registerDataset(reg("strict", dir).columns(ID, year).partitions("year").strictPartitions().build());
            assertEquals(List.of(), s.drainCatalogEvents(), "registering checks nothing yet");

            try (CancelToken cancel = new CancelToken()) {
                s.resolveDataset("cst", "public", "lenient", cancel);
            }
            CatalogEvent lenient = s.drainCatalogEvents().get(0);
            assertEquals("resolved", lenient.status());
            assertEquals(List.of(new PartitionFinding("year", 1, "values 2024, x", "value 'x' is not a Int32")),
                    lenient.partitionChecks());

            EngineException e = assertThrows(EngineException.class, () -> scalar(s, "SELECT count(*) FROM cst.public.strict"));
            assertEquals("42P16", e.sqlState(), e.getMessage());
            assertTrue(e.getMessage().contains("partition columns of dataset cst.public.strict do not match its folders"),
                    e.getMessage());
            CatalogEvent strict = s.drainCatalogEvents().get(0);
            assertEquals("partition", strict.status());
            assertEquals(1, strict.partitionChecks().size());
        }
    }
}
