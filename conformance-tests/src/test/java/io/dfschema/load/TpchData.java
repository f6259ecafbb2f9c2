package io.dfschema.load;

import io.trino.tpch.TpchColumn;
import io.trino.tpch.TpchEntity;
import io.trino.tpch.TpchTable;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * TPC-H data at a scale factor, as one Parquet file per table in a cache folder outside the
 * repository ({@code ~/.cache/dfschema/tpch-sf<scale>}, or {@code -Dtpch.dir}). Rows come from the
 * TPC-H generator (io.trino.tpch), are written as CSV and turned into Parquet by the driver itself
 * ({@code COPY ... TO ... STORED AS PARQUET}); money and quantities are DECIMAL(15, 2) as the
 * specification has them, so sums are exact and comparable between runs.
 */
final class TpchData {
    private TpchData() {}

    /** The folder holding {@code <table>.parquet} for every TPC-H table at {@code scale}, generated on first use. */
    static Path at(double scale) throws IOException, SQLException {
        String name = "tpch-sf" + BigDecimal.valueOf(scale).stripTrailingZeros().toPlainString();
        String configured = System.getProperty("tpch.dir");
        Path dir = configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "dfschema", name);
        if (Files.isRegularFile(dir.resolve("_complete"))) {
            return dir;
        }
        Files.createDirectories(dir.getParent());
        Path work = Files.createTempDirectory(dir.getParent(), name + ".tmp");
        try (Connection c = DriverManager.getConnection("jdbc:dfschema:"); Statement st = c.createStatement()) {
            for (TpchTable<?> table : TpchTable.getTables()) {
                Path csv = work.resolve(table.getTableName() + ".csv");
                writeCsv(table, scale, csv);
                st.execute("CREATE EXTERNAL TABLE " + table.getTableName() + "_csv (" + columns(table) + ") STORED AS CSV"
                        + " LOCATION '" + sql(csv) + "' OPTIONS ('format.delimiter' '|', 'format.has_header' 'false')");
                st.execute("COPY (SELECT * FROM " + table.getTableName() + "_csv) TO '"
                        + sql(work.resolve(table.getTableName() + ".parquet")) + "' STORED AS PARQUET");
                Files.delete(csv);
            }
        }
        Files.writeString(work.resolve("_complete"), "scale " + scale + "\n");
        try {
            Files.move(work, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | java.nio.file.FileAlreadyExistsException e) {
            delete(work); // another run finished first
        } catch (IOException e) {
            if (!Files.isRegularFile(dir.resolve("_complete"))) {
                throw e;
            }
            delete(work);
        }
        return dir;
    }

    /** The init script a load-test connection runs: every table as an external Parquet table. */
    static String initScript(Path dir) {
        StringBuilder sb = new StringBuilder();
        for (TpchTable<?> table : TpchTable.getTables()) {
            sb.append("CREATE EXTERNAL TABLE ").append(table.getTableName()).append(" STORED AS PARQUET LOCATION '")
                    .append(sql(dir.resolve(table.getTableName() + ".parquet"))).append("';\n");
        }
        return sb.toString();
    }

    private static <E extends TpchEntity> void writeCsv(TpchTable<E> table, double scale, Path file) throws IOException {
        List<TpchColumn<E>> cols = table.getColumns();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder();
            for (E row : table.createGenerator(scale, 1, 1)) {
                line.setLength(0);
                for (int i = 0; i < cols.size(); i++) {
                    if (i > 0) {
                        line.append('|');
                    }
                    line.append(value(cols.get(i), row));
                }
                w.append(line).append('\n');
            }
        }
    }

    private static <E extends TpchEntity> String value(TpchColumn<E> col, E row) {
        return switch (col.getType().getBase()) {
            case INTEGER -> Integer.toString(col.getInteger(row));
            case IDENTIFIER -> Long.toString(col.getIdentifier(row));
            case DATE -> LocalDate.ofEpochDay(col.getDate(row)).toString();
            case DOUBLE -> BigDecimal.valueOf(col.getDouble(row)).setScale(2, RoundingMode.HALF_UP).toPlainString();
            case VARCHAR -> col.getString(row);
        };
    }

    private static String columns(TpchTable<?> table) {
        List<String> out = new ArrayList<>();
        for (TpchColumn<?> col : table.getColumns()) {
            String type = switch (col.getType().getBase()) {
                case INTEGER -> "INT";
                case IDENTIFIER -> "BIGINT";
                case DATE -> "DATE";
                case DOUBLE -> "DECIMAL(15, 2)";
                case VARCHAR -> "VARCHAR";
            };
            out.add(col.getColumnName().toLowerCase(Locale.ROOT) + " " + type + " NOT NULL");
        }
        return String.join(", ", out);
    }

    private static String sql(Path p) {
        return p.toAbsolutePath().toString().replace("'", "''");
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
