package io.dfschema.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Writes {@code events.parquet} of the demo with DataFusion itself, through the driver:
 * {@code COPY (SELECT ... named_struct(...), [...], MAP {...}) TO '...' STORED AS PARQUET}.
 *
 * <pre>
 * java -cp examples/target/dfschema-shell.jar io.dfschema.examples.GenerateDemoData [demo-folder]
 * </pre>
 *
 * The folder defaults to the demo folder of the source tree (see {@link Demo}). {@code users.csv} and
 * {@code products.ndjson} are written by hand; the user ids and SKUs below refer to them.
 */
public final class GenerateDemoData {
    /** The events: id, user, time, kind, device (struct), tags (list), props (map). */
    static final String EVENTS_QUERY = """
            SELECT CAST(column1 AS BIGINT)                             AS event_id,
                   CAST(column2 AS BIGINT)                             AS user_id,
                   CAST(column3 AS TIMESTAMP)                          AS ts,
                   column4                                             AS kind,
                   named_struct('os', column5, 'app_version', column6) AS device,
                   CAST(column7 AS VARCHAR[])                          AS tags,
                   column8                                             AS props
            FROM (VALUES
              ( 1, 1, '2025-03-01 09:00:12', 'view',        'ios',     '4.2.0', ['mobile', 'organic'],       MAP {'page': '/home'}),
              ( 2, 1, '2025-03-01 09:01:40', 'search',      'ios',     '4.2.0', ['mobile'],                  MAP {'query': 'running shoes', 'results': '12'}),
              ( 3, 1, '2025-03-01 09:02:05', 'add_to_cart', 'ios',     '4.2.0', ['mobile'],                  MAP {'sku': 'P-100', 'qty': '1'}),
              ( 4, 1, '2025-03-01 09:03:31', 'purchase',    'ios',     '4.2.0', ['mobile', 'first_order'],   MAP {'sku': 'P-100', 'qty': '1', 'coupon': 'SPRING10'}),
              ( 5, 2, '2025-03-01 10:15:00', 'view',        'android', '4.1.3', ['mobile', 'campaign'],      MAP {'page': '/sale', 'campaign': 'spring'}),
              ( 6, 2, '2025-03-01 10:16:22', 'add_to_cart', 'android', '4.1.3', ['mobile', 'campaign'],      MAP {'sku': 'P-200', 'qty': '1'}),
              ( 7, 2, '2025-03-01 10:17:45', 'purchase',    'android', '4.1.3', ['mobile', 'campaign'],      MAP {'sku': 'P-200', 'qty': '1'}),
              ( 8, 3, '2025-03-02 08:05:09', 'view',        'web',     '2025.3',['desktop'],                 MAP {'page': '/products/P-300'}),
              ( 9, 3, '2025-03-02 08:06:30', 'purchase',    'web',     '2025.3',['desktop'],                 MAP {'sku': 'P-300', 'qty': '3'}),
              (10, 4, '2025-03-02 12:00:00', 'search',      'web',     '2025.3',['desktop', 'organic'],      MAP {'query': 'headlamp', 'results': '3'}),
              (11, 4, '2025-03-02 12:02:18', 'view',        'web',     '2025.3',['desktop'],                 MAP {'page': '/products/P-400'}),
              (12, 4, '2025-03-02 12:04:51', 'purchase',    'web',     '2025.3',['desktop', 'first_order'],  MAP {'sku': 'P-400', 'qty': '2'}),
              (13, 5, '2025-03-03 18:30:00', 'view',        'android', '4.2.0', [],                          MAP {'page': '/home'}),
              (14, 5, '2025-03-03 18:31:10', 'search',      'android', '4.2.0', ['mobile'],                  MAP {'query': 'poles', 'results': '1'}),
              (15, 5, '2025-03-03 18:33:47', 'add_to_cart', 'android', '4.2.0', ['mobile'],                  MAP {'sku': 'P-500', 'qty': '1'}),
              (16, 6, '2025-03-04 07:45:00', 'view',        'ios',     '4.1.3', ['mobile', 'newsletter'],    MAP {'page': '/sale', 'campaign': 'newsletter'}),
              (17, 6, '2025-03-04 07:46:12', 'purchase',    'ios',     '4.1.3', ['mobile', 'newsletter'],    MAP {'sku': 'P-100', 'qty': '2'}),
              (18, 6, '2025-03-04 07:47:30', 'purchase',    'ios',     '4.1.3', ['mobile', 'newsletter'],    MAP {'sku': 'P-300', 'qty': '1'})
            )
            ORDER BY event_id""";

    private GenerateDemoData() {}

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Demo.configuredDirectory() != null
                ? Demo.configuredDirectory() : Demo.sourceDirectory();
        if (dir == null) {
            System.err.println("usage: GenerateDemoData <demo-folder> (no examples/demo folder found near the code)");
            System.exit(2);
        }
        Path file = generate(dir);
        System.out.println("wrote " + file + " (" + Files.size(file) + " bytes)");
    }

    /** Writes {@code dir/events.parquet} (replacing it) and returns its path. */
    public static Path generate(Path dir) throws Exception {
        Path target = dir.toAbsolutePath().normalize().resolve("events.parquet");
        Files.createDirectories(target.getParent());
        // Write next to the target, then move it into place: a failed run leaves the old file.
        Path tmp = target.resolveSibling("events-tmp.parquet");
        Files.deleteIfExists(tmp);
        String tmpLiteral = "'" + tmp.toString().replace("'", "''") + "'";
        try (Connection conn = DriverManager.getConnection("jdbc:dfschema:");
             Statement st = conn.createStatement()) {
            st.execute("COPY (" + EVENTS_QUERY + ") TO " + tmpLiteral
                    + " STORED AS PARQUET OPTIONS ('format.compression' 'zstd(3)')");
            // Read it back once, so a file DataFusion cannot read never replaces a good one.
            st.execute("CREATE EXTERNAL TABLE generated STORED AS PARQUET LOCATION " + tmpLiteral);
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM generated")) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    throw new IllegalStateException("the generated file has no rows: " + tmp);
                }
            }
        } catch (Exception e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }
}
