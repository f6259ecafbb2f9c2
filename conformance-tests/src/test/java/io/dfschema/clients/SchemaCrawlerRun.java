package io.dfschema.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import schemacrawler.schema.Catalog;
import schemacrawler.schemacrawler.LimitOptionsBuilder;
import schemacrawler.schemacrawler.LoadOptionsBuilder;
import schemacrawler.schemacrawler.SchemaCrawlerOptions;
import schemacrawler.schemacrawler.SchemaCrawlerOptionsBuilder;
import schemacrawler.schemacrawler.SchemaInfoLevelBuilder;
import schemacrawler.tools.utility.SchemaCrawlerUtility;
import us.fatehi.utility.datasource.DatabaseConnectionSources;

/**
 * One SchemaCrawler crawl at its maximum info level over a connection the test owns. SchemaCrawler
 * logs, rather than throws, when a metadata call fails, so the crawl collects its warnings and
 * asserts there were none: a driver method that threw would otherwise only show as missing data.
 */
final class SchemaCrawlerRun {
    private SchemaCrawlerRun() {}

    /** Collects WARNING and above from SchemaCrawler's java.util.logging loggers. */
    private static final class Collector extends Handler {
        final List<String> records = new ArrayList<>();

        @Override
        public synchronized void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                String msg = r.getMessage();
                if (r.getParameters() != null) {
                    msg = java.text.MessageFormat.format(msg, r.getParameters());
                }
                records.add(r.getLevel() + " " + r.getLoggerName() + ": " + msg
                        + (r.getThrown() == null ? "" : " (" + r.getThrown() + ")"));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** Crawls {@code c} within {@code limits} at the maximum info level; fails on any SchemaCrawler warning. */
    static Catalog crawl(Connection c, LimitOptionsBuilder limits) throws Exception {
        Collector collector = new Collector();
        List<Logger> loggers = List.of(Logger.getLogger("schemacrawler"), Logger.getLogger("us.fatehi"));
        List<Level> levels = loggers.stream().map(Logger::getLevel).toList();
        loggers.forEach(l -> {
            l.addHandler(collector);
            l.setLevel(Level.WARNING); // SchemaCrawler logs every step at INFO
        });
        try {
            SchemaCrawlerOptions options = SchemaCrawlerOptionsBuilder.newSchemaCrawlerOptions()
                    .withLimitOptions(limits.toOptions())
                    .withLoadOptions(LoadOptionsBuilder.builder()
                            .withSchemaInfoLevel(SchemaInfoLevelBuilder.maximum()).toOptions());
            Catalog catalog = SchemaCrawlerUtility.getCatalog(DatabaseConnectionSources.fromConnection(c), options);
            assertEquals(List.of(), collector.records, "SchemaCrawler warnings");
            return catalog;
        } finally {
            for (int i = 0; i < loggers.size(); i++) {
                loggers.get(i).removeHandler(collector);
                loggers.get(i).setLevel(levels.get(i));
            }
        }
    }
}
