package io.dfschema.jdbc;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.SQLException;

/** A path given as text in a URL or a connection property; text no file can be named by (a NUL, say) fails with 08001. */
final class PropertyPath {
    private PropertyPath() {}

    static Path of(String text, String what) throws SQLException {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw SqlErrors.of(SqlErrors.INVALID_CONNECTION_ATTRIBUTE, what + " '" + text.replace("\0", "\\0")
                    + "' is not a valid path: " + e.getReason());
        }
    }
}
