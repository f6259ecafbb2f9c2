package io.dfschema.fuzz;

import io.dfschema.clients.CstCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

/**
 * One worker's own folder and connections: an in-memory session holding {@link FuzzTables}, a copy of
 * the CST contract catalog (opened for metadata calls and URLs), a second copy whose contract file
 * mutations overwrite, a file that is not a contract, and init scripts. Connections a case broke are
 * opened again on next use.
 */
final class Workspace implements AutoCloseable {
    private final FuzzEnvironment environment;
    private final Path dir;
    private final Path contractFile;
    private final Path mutationFile;
    private final Path notAContract;
    private final List<Path> initScripts;
    private Connection sql;
    private Connection contract;

    Workspace(FuzzEnvironment environment, Path dir) {
        this.environment = environment;
        this.dir = dir;
        try {
            Files.createDirectories(dir.resolve("empty"));
            contractFile = CstCatalog.copyTo(dir.resolve("cst"));
            mutationFile = CstCatalog.copyTo(dir.resolve("mutated"));
            notAContract = dir.resolve("notes.txt");
            Files.writeString(notAContract, "dfschema: [not, a, contract\n\u0000");
            Path valid = dir.resolve("init-valid.sql");
            Files.writeString(valid, "CREATE TABLE seeded AS SELECT 1 AS x;\nSELECT * FROM seeded;\n");
            Path broken = dir.resolve("init-broken.sql");
            Files.writeString(broken, "CREATE TABLE x AS SELECT 'unterminated;\nSELECT FROM WHERE;\n-- /* open comment");
            Path empty = dir.resolve("init-empty.sql");
            Files.writeString(empty, "");
            Path binary = dir.resolve("init-binary.sql");
            Files.write(binary, new byte[] {0, (byte) 0xff, (byte) 0xfe, 59, 10, (byte) 0xc3, 40});
            initScripts = List.of(valid, broken, empty, binary, dir.resolve("init-missing.sql"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    FuzzEnvironment environment() {
        return environment;
    }

    FuzzSettings settings() {
        return environment.settings();
    }

    Path dir() {
        return dir;
    }

    Path contractFile() {
        return contractFile;
    }

    Path mutationFile() {
        return mutationFile;
    }

    Path notAContract() {
        return notAContract;
    }

    List<Path> initScripts() {
        return initScripts;
    }

    Connection sqlConnection() throws SQLException {
        if (sql == null || sql.isClosed()) {
            sql = environment.driver().connect("jdbc:dfschema:", new Properties());
            try {
                FuzzTables.create(sql);
            } catch (SQLException e) { // the fixture, not a fuzzed input: every case would fail the same way
                throw new IllegalStateException("the fuzz tables cannot be created: " + e.getMessage(), e);
            }
        }
        return sql;
    }

    Connection contractConnection() throws SQLException {
        if (contract == null || contract.isClosed()) {
            contract = environment.driver().connect("jdbc:dfschema:" + contractFile, new Properties());
        }
        return contract;
    }

    @Override
    public void close() throws SQLException {
        try {
            if (sql != null) {
                sql.close();
            }
        } finally {
            if (contract != null) {
                contract.close();
            }
        }
    }
}
