package io.dfschema.clients;

import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code examples/demo/cst/cst.dfschema.yaml} declares about cst.public, written out the way a
 * client should show it: descriptions, columns with the types the engine reads (the contract's
 * {@code strict} profile makes VARCHAR {@code Utf8}), the default, keys and foreign keys with the
 * names DatabaseMetaData gives them (docs/database-metadata.md, "Key names").
 *
 * <p>Stated here rather than read from the contract so that a test fails when the driver loses,
 * renames or reorders something. When the demo contract changes, this changes with it.
 */
final class CstModel {
    private CstModel() {}

    /** A column as a client shows it; {@code defaultValue} and {@code remarks} null when there are none. */
    record Column(String name, int jdbcType, String type, boolean nullable, String defaultValue, String remarks) {
    }

    /** A primary or unique key: its name, table and columns in key order. */
    record Key(String name, String table, List<String> columns) {
    }

    /** A foreign key and the key it references ({@code pkName}). */
    record ForeignKey(String name, String table, List<String> columns, String referenced,
                      List<String> referencedColumns, String pkName) {
    }

    static final String MAP = "Map(\"entries\": non-null Struct(\"key\": non-null Utf8, \"value\": Utf8), unsorted)";
    static final String SPAN = "Struct(\"bstart\": Int64, \"bend\": Int64)";

    /** The datasets; each is also registered as {@code <name>_v1}, with the same description and columns but no keys. */
    static final List<String> TABLES = List.of("libcst_files", "libcst_nodes", "refs", "repos");
    static final List<String> VIEWS = List.of("call_edges", "libcst_files_attr_origin", "libcst_names",
            "libcst_node_children");

    static String alias(String dataset) {
        return dataset + "_v1";
    }

    /**
     * Every table (datasets and their aliases) and view of cst.public, sorted by name, each shown as
     * {@code "<type>: <description>"} with the client's word for a table or a view.
     */
    static Map<String, String> described(String table, String view) {
        Map<String, String> out = new TreeMap<>();
        for (String t : TABLES) {
            out.put(t, table + ": " + REMARKS.get(t));
            out.put(alias(t), table + ": " + REMARKS.get(t));
        }
        for (String v : VIEWS) {
            out.put(v, view + ": " + REMARKS.get(v));
        }
        return out;
    }

    /** The columns of a table, alias or view. */
    static List<Column> columns(String name) {
        String dataset = name.endsWith("_v1") ? name.substring(0, name.length() - "_v1".length()) : name;
        return COLUMNS.get(dataset);
    }

    /** Table and view descriptions (REMARKS), by name. */
    static final Map<String, String> REMARKS = Map.of(
            "repos", "The repositories of the corpus, one row each",
            "libcst_files", "One row per parsed source file, stored in one folder per repository (repo=<name>/)",
            "libcst_nodes", "One row per syntax tree node; node 100 * file_id + n is node n of that file",
            "refs", "References between nodes: reads (a name to its parameter), resolves (an attribute to its"
                    + " import), calls (a call to the function it calls, across files)",
            "libcst_files_attr_origin", "The origin attribute of each file (map_extract gives a list) and where the"
                    + " file starts",
            "libcst_node_children", "The tree's edges, one row per (parent, child), by unnest over the children list",
            "libcst_names", "Every Name node with its file and where it is, through a map value and struct fields",
            "call_edges", "Calls between files, with the called function's name");

    /** The columns of every table and view, in order. */
    static final Map<String, List<Column>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("repos", List.of(
                varchar("name", false, "Repository name; also the libcst_files partition folder"),
                varchar("url", false, "Where the repository is cloned from"),
                bigint("stars", true, "Star count when the corpus was taken")));
        COLUMNS.put("libcst_files", List.of(
                bigint("file_id", false, "Stable file id"),
                varchar("path", false, "Path of the file inside its repository"),
                new Column("attrs", Types.JAVA_OBJECT, MAP, true, null,
                        "File attributes: origin (git, vendored, generated), encoding, generator"),
                new Column("span", Types.STRUCT, SPAN, true, null, "Byte range of the whole file, [bstart, bend)"),
                // the partition column: from the folder names, declared without a description
                varchar("repo", false, null)));
        COLUMNS.put("libcst_nodes", List.of(
                bigint("node_id", false, "Node id"),
                bigint("file_id", false, "The file the node belongs to"),
                varchar("kind", false, "libcst node class: Module, FunctionDef, Name, ..."),
                new Column("span", Types.STRUCT, SPAN, true, null, "Byte range of the node in its file, [bstart, bend)"),
                new Column("attrs", Types.JAVA_OBJECT, MAP, true, "MAP {}",
                        "Node attributes: value of a Name, name of a FunctionDef, attr of an Attribute"),
                new Column("children", Types.ARRAY, "List(Int64)", true, null, "Node ids of the children, in source order")));
        COLUMNS.put("refs", List.of(
                bigint("from_node", false, "The referring node"),
                bigint("to_node", false, "The node referred to"),
                varchar("kind", false, "reads, resolves or calls")));
        // views: the planned output; their declared columns have no descriptions
        COLUMNS.put("libcst_files_attr_origin", List.of(
                bigint("file_id", false, null),
                new Column("origin_values", Types.ARRAY, "List(Utf8)", true, null, null),
                bigint("bstart", true, null)));
        COLUMNS.put("libcst_node_children", List.of(bigint("parent_id", false, null), bigint("child_id", true, null)));
        COLUMNS.put("libcst_names", List.of(
                varchar("repo", false, null), varchar("path", false, null), bigint("node_id", false, null),
                varchar("name", true, null), bigint("bstart", true, null), bigint("bend", true, null)));
        COLUMNS.put("call_edges", List.of(
                bigint("call_node", false, null), bigint("caller_file_id", false, null),
                bigint("callee_file_id", false, null), varchar("callee", true, null)));
    }

    static final List<Key> PRIMARY_KEYS = List.of(
            new Key("libcst_files_pkey", "libcst_files", List.of("file_id")),
            new Key("libcst_nodes_pkey", "libcst_nodes", List.of("node_id")),
            new Key("refs_pkey", "refs", List.of("from_node", "to_node", "kind")),
            new Key("repos_pkey", "repos", List.of("name")));

    static final List<Key> UNIQUE_KEYS = List.of(
            new Key("libcst_files_repo_path_key", "libcst_files", List.of("repo", "path")),
            new Key("repos_url_key", "repos", List.of("url")));

    /** Named in the contract, so FK_NAME is the declared name. */
    static final List<ForeignKey> FOREIGN_KEYS = List.of(
            new ForeignKey("files_repo", "libcst_files", List.of("repo"), "repos", List.of("name"), "repos_pkey"),
            new ForeignKey("nodes_file", "libcst_nodes", List.of("file_id"), "libcst_files", List.of("file_id"),
                    "libcst_files_pkey"),
            new ForeignKey("refs_from", "refs", List.of("from_node"), "libcst_nodes", List.of("node_id"),
                    "libcst_nodes_pkey"),
            new ForeignKey("refs_to", "refs", List.of("to_node"), "libcst_nodes", List.of("node_id"),
                    "libcst_nodes_pkey"));

    private static Column bigint(String name, boolean nullable, String remarks) {
        return new Column(name, Types.BIGINT, "Int64", nullable, null, remarks);
    }

    private static Column varchar(String name, boolean nullable, String remarks) {
        return new Column(name, Types.VARCHAR, "Utf8", nullable, null, remarks);
    }
}
