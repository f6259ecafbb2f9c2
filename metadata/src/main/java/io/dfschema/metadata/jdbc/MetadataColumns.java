package io.dfschema.metadata.jdbc;

import io.dfschema.metadata.jdbc.RowResultSet.Column;

import java.util.List;

import static io.dfschema.metadata.jdbc.RowResultSet.Column.bigint;
import static io.dfschema.metadata.jdbc.RowResultSet.Column.bool;
import static io.dfschema.metadata.jdbc.RowResultSet.Column.integer;
import static io.dfschema.metadata.jdbc.RowResultSet.Column.smallint;
import static io.dfschema.metadata.jdbc.RowResultSet.Column.varchar;

/**
 * The columns of every {@link java.sql.DatabaseMetaData} result set, in the order, with the names
 * and the Java types the JDBC 4.3 javadoc gives (String → VARCHAR, int → INTEGER,
 * short → SMALLINT, long → BIGINT, boolean → BOOLEAN). Columns the javadoc marks "reserved for
 * future use" or "not used" keep their position with the usual names and null values.
 */
final class MetadataColumns {

    private MetadataColumns() {
    }

    static final List<Column> PROCEDURES = List.of(
            varchar("PROCEDURE_CAT"), varchar("PROCEDURE_SCHEM"), varchar("PROCEDURE_NAME"),
            varchar("RESERVED1"), varchar("RESERVED2"), varchar("RESERVED3"),
            varchar("REMARKS"), smallint("PROCEDURE_TYPE"), varchar("SPECIFIC_NAME"));

    static final List<Column> PROCEDURE_COLUMNS = List.of(
            varchar("PROCEDURE_CAT"), varchar("PROCEDURE_SCHEM"), varchar("PROCEDURE_NAME"),
            varchar("COLUMN_NAME"), smallint("COLUMN_TYPE"), integer("DATA_TYPE"), varchar("TYPE_NAME"),
            integer("PRECISION"), integer("LENGTH"), smallint("SCALE"), smallint("RADIX"),
            smallint("NULLABLE"), varchar("REMARKS"), varchar("COLUMN_DEF"), integer("SQL_DATA_TYPE"),
            integer("SQL_DATETIME_SUB"), integer("CHAR_OCTET_LENGTH"), integer("ORDINAL_POSITION"),
            varchar("IS_NULLABLE"), varchar("SPECIFIC_NAME"));

    static final List<Column> TABLES = List.of(
            varchar("TABLE_CAT"), varchar("TABLE_SCHEM"), varchar("TABLE_NAME"), varchar("TABLE_TYPE"),
            varchar("REMARKS"), varchar("TYPE_CAT"), varchar("TYPE_SCHEM"), varchar("TYPE_NAME"),
            varchar("SELF_REFERENCING_COL_NAME"), varchar("REF_GENERATION"));

    static final List<Column> SCHEMAS = List.of(varchar("TABLE_SCHEM"), varchar("TABLE_CATALOG"));

    static final List<Column> CATALOGS = List.of(varchar("TABLE_CAT"));

    static final List<Column> TABLE_TYPES = List.of(varchar("TABLE_TYPE"));

    static final List<Column> COLUMNS = List.of(
            varchar("TABLE_CAT"), varchar("TABLE_SCHEM"), varchar("TABLE_NAME"), varchar("COLUMN_NAME"),
            integer("DATA_TYPE"), varchar("TYPE_NAME"), integer("COLUMN_SIZE"), integer("BUFFER_LENGTH"),
            integer("DECIMAL_DIGITS"), integer("NUM_PREC_RADIX"), integer("NULLABLE"), varchar("REMARKS"),
            varchar("COLUMN_DEF"), integer("SQL_DATA_TYPE"), integer("SQL_DATETIME_SUB"),
            integer("CHAR_OCTET_LENGTH"), integer("ORDINAL_POSITION"), varchar("IS_NULLABLE"),
            varchar("SCOPE_CATALOG"), varchar("SCOPE_SCHEMA"), varchar("SCOPE_TABLE"),
            smallint("SOURCE_DATA_TYPE"), varchar("IS_AUTOINCREMENT"), varchar("IS_GENERATEDCOLUMN"));

    static final List<Column> COLUMN_PRIVILEGES = List.of(
            varchar("TABLE_CAT"), varchar("TABLE_SCHEM"), varchar("TABLE_NAME"), varchar("COLUMN_NAME"),
            varchar("GRANTOR"), varchar("GRANTEE"), varchar("PRIVILEGE"), varchar("IS_GRANTABLE"));

    static final List<Column> TABLE_PRIVILEGES = List.of(
            varchar("TABLE_CAT"), varchar("TABLE_SCHEM"), varchar("TABLE_NAME"),
            varchar("GRANTOR"), varchar("GRANTEE"), varchar("PRIVILEGE"), varchar("IS_GRANTABLE"));

    static final List<Column> BEST_ROW_IDENTIFIER = List.of(
            smallint("SCOPE"), varchar("COLUMN_NAME"), integer("DATA_TYPE"), varchar("TYPE_NAME"),
            integer("COLUMN_SIZE"), integer("BUFFER_LENGTH"), smallint("DECIMAL_DIGITS"),
            smallint("PSEUDO_COLUMN"));

    static final List<Column> VERSION_COLUMNS = List.of(
            smallint("SCOPE"), varchar("COLUMN_NAME"), integer("DATA_TYPE"), varchar("TYPE_NAME"),
            integer("COLUMN_SIZE"), integer("BUFFER_LENGTH"), smallint("DECIMAL_DIGITS"),
            smallint("PSEUDO_COLUMN"));

    static final List<Column> PRIMARY_KEYS = List.of(
            varchar("TABLE_CAT"), varchar("TABLE_SCHEM"), varchar("TABLE_NAME"), varchar("COLUMN_NAME"),
            smallint("KEY_SEQ"), varchar("PK_NAME"));

    /** getImportedKeys, getExportedKeys and getCrossReference. */
    static final List<Column> KEYS = List.of(
            varchar("PKTABLE_CAT"), varchar("PKTABLE_SCHEM"), varchar("PKTABLE_NAME"), varchar("PKCOLUMN_NAME"),
            varchar("FKTABLE_CAT"), varchar("FKTABLE_SCHEM"), varchar("FKTABLE_NAME"), varchar("FKCOLUMN_NAME"),
            smallint("KEY_SEQ"), smallint("UPDATE_RULE"), smallint("DELETE_RULE"), varchar("FK_NAME"),
            varchar("PK_NAME"), smallint("DEFERRABILITY"));

    static final List<Column> TYPE_INFO = List.of(
            varchar("TYPE_NAME"), integer("DATA_TYPE"), integer("PRECISION"), varchar("LITERAL_PREFIX"),
            varchar("LITERAL_SUFFIX"), varchar("CREATE_PARAMS"), smallint("NULLABLE"), bool("CASE_SENSITIVE"),
            smallint("SEARCHABLE"), bool("UNSIGNED_ATTRIBUTE"), bool("FIXED_PREC_SCALE"), bool("AUTO_INCREMENT"),
            varchar("LOCAL_TYPE_NAME"), smallint("MINIMUM_SCALE"), smallint("MAXIMUM_SCALE"),
            integer("SQL_DATA_TYPE"), integer("SQL_DATETIME_SUB"), integer("NUM_PREC_RADIX"));

    static final List<Column> INDEX_INFO = List.of(
            varchar("TABLE_CAT"), varchar("TABLE_SCHEM"), varchar("TABLE_NAME"), bool("NON_UNIQUE"),
            varchar("INDEX_QUALIFIER"), varchar("INDEX_NAME"), smallint("TYPE"), smallint("ORDINAL_POSITION"),
            varchar("COLUMN_NAME"), varchar("ASC_OR_DESC"), bigint("CARDINALITY"), bigint("PAGES"),
            varchar("FILTER_CONDITION"));

    static final List<Column> UDTS = List.of(
            varchar("TYPE_CAT"), varchar("TYPE_SCHEM"), varchar("TYPE_NAME"), varchar("CLASS_NAME"),
            integer("DATA_TYPE"), varchar("REMARKS"), smallint("BASE_TYPE"));

    static final List<Column> SUPER_TYPES = List.of(
            varchar("TYPE_CAT"), varchar("TYPE_SCHEM"), varchar("TYPE_NAME"),
            varchar("SUPERTYPE_CAT"), varchar("SUPERTYPE_SCHEM"), varchar("SUPERTYPE_NAME"));

    static final List<Column> SUPER_TABLES = List.of(
            varchar("TABLE_CAT"), varchar("TABLE_SCHEM"), varchar("TABLE_NAME"), varchar("SUPERTABLE_NAME"));

    static final List<Column> ATTRIBUTES = List.of(
            varchar("TYPE_CAT"), varchar("TYPE_SCHEM"), varchar("TYPE_NAME"), varchar("ATTR_NAME"),
            integer("DATA_TYPE"), varchar("ATTR_TYPE_NAME"), integer("ATTR_SIZE"), integer("DECIMAL_DIGITS"),
            integer("NUM_PREC_RADIX"), integer("NULLABLE"), varchar("REMARKS"), varchar("ATTR_DEF"),
            integer("SQL_DATA_TYPE"), integer("SQL_DATETIME_SUB"), integer("CHAR_OCTET_LENGTH"),
            integer("ORDINAL_POSITION"), varchar("IS_NULLABLE"), varchar("SCOPE_CATALOG"),
            varchar("SCOPE_SCHEMA"), varchar("SCOPE_TABLE"), smallint("SOURCE_DATA_TYPE"));

    static final List<Column> CLIENT_INFO_PROPERTIES = List.of(
            varchar("NAME"), integer("MAX_LEN"), varchar("DEFAULT_VALUE"), varchar("DESCRIPTION"));

    static final List<Column> FUNCTIONS = List.of(
            varchar("FUNCTION_CAT"), varchar("FUNCTION_SCHEM"), varchar("FUNCTION_NAME"), varchar("REMARKS"),
            smallint("FUNCTION_TYPE"), varchar("SPECIFIC_NAME"));

    static final List<Column> FUNCTION_COLUMNS = List.of(
            varchar("FUNCTION_CAT"), varchar("FUNCTION_SCHEM"), varchar("FUNCTION_NAME"), varchar("COLUMN_NAME"),
            smallint("COLUMN_TYPE"), integer("DATA_TYPE"), varchar("TYPE_NAME"), integer("PRECISION"),
            integer("LENGTH"), smallint("SCALE"), smallint("RADIX"), smallint("NULLABLE"), varchar("REMARKS"),
            integer("CHAR_OCTET_LENGTH"), integer("ORDINAL_POSITION"), varchar("IS_NULLABLE"),
            varchar("SPECIFIC_NAME"));

    static final List<Column> PSEUDO_COLUMNS = List.of(
            varchar("TABLE_CAT"), varchar("TABLE_SCHEM"), varchar("TABLE_NAME"), varchar("COLUMN_NAME"),
            integer("DATA_TYPE"), integer("COLUMN_SIZE"), integer("DECIMAL_DIGITS"), integer("NUM_PREC_RADIX"),
            varchar("COLUMN_USAGE"), varchar("REMARKS"), integer("CHAR_OCTET_LENGTH"), varchar("IS_NULLABLE"));
}
