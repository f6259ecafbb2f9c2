package io.dfschema.slt;

import java.sql.SQLException;

/**
 * The error string .slt patterns are matched against. DataFusion's runner shows
 * {@code DataFusion error: <DataFusionError display>}; the driver passes the engine's
 * message through unchanged as SQLException.getMessage(), so only the runner's prefix
 * is added. If the driver ever decorates messages, undo it here and nowhere else.
 */
final class ErrorText {
    static final String PREFIX = "DataFusion error: ";

    private ErrorText() {
    }

    static String of(SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        return PREFIX + message;
    }
}
