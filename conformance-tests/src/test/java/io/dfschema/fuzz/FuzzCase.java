package io.dfschema.fuzz;

import java.sql.SQLException;

/** One generated input and what to do with it. A case passes when run returns or throws an SQLException with a SQLState. */
interface FuzzCase {
    /** The input as text, for the report and for reproducing a failure. */
    String input();

    void run(Workspace workspace) throws SQLException;
}
