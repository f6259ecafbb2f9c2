package io.dfschema.metadata.contract;

import static io.dfschema.metadata.contract.TestContracts.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

/** Every kind of problem a contract file can have, with its exact file:line: key: message report. */
class ContractValidationTest {

    @Test
    void everyProblemOfAFileIsReportedAtOnceInLineOrder() {
        Path file = TestContracts.resource("invalid/many-problems.dfschema.yaml");
        ContractException e = assertThrows(ContractException.class, () -> ContractParser.parse(file));
        List<String> expected = List.of(
                "2: dfschema: unsupported format version 2; this version of dfschema reads version 1",
                "3: catalog: catalog name 'CST' is not a lowercase SQL identifier (a-z, 0-9 and '_', not starting with a digit)",
                "5: profile: unknown profile 'strikt'; expected one of default, strict, view_types (did you mean 'strict'?)",
                "6: evolution: unknown evolution mode 'compatble'; expected one of strict, compatible, lenient (did you mean 'compatible'?)",
                "7: extra: unknown key 'extra'",
                "9: datasets[0].name: dataset name 'Files' is not a lowercase SQL identifier (a-z, 0-9 and '_', not starting with a digit)",
                "10: datasets[0].version: version must be a positive integer, got 0",
                "11: datasets[0].format: unknown format 'parqet'; expected one of parquet, csv, json, arrow, avro (did you mean 'parquet'?)",
                "13: datasets[0].options.a: option values must be text, numbers or booleans, got a list",
                "14: datasets[0].partition_columns[0].type: missing required key 'type'",
                "14: datasets[0].partition_columns[1].name: partition column 'path' is also declared in columns;"
                        + " partition values come from folder names, so declare it only here",
                "16: datasets[0].scan.parquet_pruning: expected true or false, got the text 'maybe'",
                "17: datasets[0].scan.list_files_cache_ttl: expected a duration like 60s, 500ms, 5m or 1h30m, got '60 seconds'",
                "18: datasets[0].scan.list_files_cache_limit: expected a size like 1M, 512K, 2G or a number of bytes, got '1Q'",
                "19: datasets[0].scan.meta_fetch_concurrency: meta_fetch_concurrency must be at least 1, got 0",
                "20: datasets[0].scan.file_sort_order[1]: expected 'column [ASC|DESC] [NULLS FIRST|NULLS LAST]', got 'nope sideways'",
                "21: datasets[0].scan.parqet_pruning: unknown key 'parqet_pruning'; did you mean 'parquet_pruning'?",
                "23: datasets[0].columns[0].type: cannot parse type 'BIGINTT': unknown type 'BIGINTT'; did you mean 'BIGINT'?",
                "25: datasets[0].columns[2].type: cannot parse type 'STRUCT(a BIGINT': expected ')' (at offset 15)",
                "25: datasets[0].columns[2].name: column 'path' is declared twice",
                "26: datasets[0].columns[3].type: cannot parse type 'int64': unknown type 'int64';"
                        + " Arrow type names are case-sensitive: did you mean 'Int64'?",
                "28: datasets[0].columns[5].nme: unknown key 'nme'; did you mean 'name'?",
                "28: datasets[0].columns[5].name: missing required key 'name'",
                "29: datasets[0].primary_key[1]: primary key column 'pth' is not a declared column; did you mean 'path'?",
                "30: datasets[0].unique[1]: expected a list of columns such as [a, b], got the text 'x'",
                "30: datasets[0].unique[0][1]: column 'path' appears twice in the unique key",
                "32: datasets[0].foreign_keys[0].references.dataset: dataset name 'Repos' is not a lowercase SQL identifier"
                        + " (a-z, 0-9 and '_', not starting with a digit)",
                "32: datasets[0].foreign_keys[0].references.columns: 2 referencing column(s) but 1 referenced column(s)",
                "33: datasets[0].foreign_keys[1].refs: unknown key 'refs'",
                "33: datasets[0].foreign_keys[1].references: missing required key 'references'",
                "33: datasets[0].foreign_keys[1].columns[0]: foreign key column 'nope' is not a declared column",
                "34: datasets[0].evolution.renamed_from.pathh: renamed column 'pathh' is not a declared column; did you mean 'path'?",
                "34: datasets[0].evolution.renamed_from.path[0]: old name 'x' is still a column",
                "37: datasets[0].views[0].sql: sql must not be empty",
                "40: datasets[0].views[1].columns[1].name: column 'a' is declared twice",
                "41: datasets[0].views[2].name: view 'v' is declared twice",
                "45: datasets[1].scan.skip_metadata: skip_metadata applies to parquet files only, but the format is csv",
                "46: datasets[2]: expected a mapping of keys to values, got the text 'just text'",
                "47: datasets[3].name: dataset 'public.ok' is declared twice (also at many-problems.dfschema.yaml:43)",
                "48: datasets[3].version: expected an integer, got the text 'x'");
        assertEquals(expected.stream().map(l -> file + ":" + l).toList(), e.lines());
        assertEquals(expected.size(), e.problems().size());
        ContractProblem first = e.problems().get(0);
        assertEquals(new ContractProblem(file, 2, "dfschema",
                "unsupported format version 2; this version of dfschema reads version 1"), first);
    }

    @Test
    void yamlSyntaxErrorsNameTheirLine() {
        assertEquals(List.of("bad.dfschema.yaml:4: invalid YAML: expected <block end>, but found '<block mapping start>'"),
                problems("dfschema: 1\ndatasets:\n  - name: a\n   format: csv\n"));
    }

    @Test
    void emptyFilesAndNonMappingsAreRejected() {
        assertEquals(List.of("bad.dfschema.yaml: the file is empty; a contract needs at least 'dfschema: 1'"), problems(""));
        assertEquals(List.of("bad.dfschema.yaml: the file is empty; a contract needs at least 'dfschema: 1'"),
                problems("# only a comment\n"));
        assertEquals(List.of("bad.dfschema.yaml:1: expected a mapping of keys to values, got a list"), problems("- a\n- b\n"));
        assertEquals(List.of("bad.dfschema.yaml:1: datasets: expected a list, got a mapping"),
                problems("datasets: {a: 1}\ndfschema: 1\n"));
    }

    @Test
    void requiredKeysMustBePresentAndHaveValues() {
        assertEquals(List.of(
                "bad.dfschema.yaml:1: dfschema: missing required key 'dfschema'",
                "bad.dfschema.yaml:3: datasets[0].name: missing required key 'name'",
                "bad.dfschema.yaml:5: datasets[1].format: 'format' must have a value",
                "bad.dfschema.yaml:6: datasets[1].columns[0].type: missing required key 'type'",
                "bad.dfschema.yaml:7: datasets[1].views[0].sql: missing required key 'sql'"),
                problems("""
                        catalog: x
                        datasets:
                          - {format: csv}
                          - name: b
                            format:
                            columns: [{name: a}]
                            views: [{name: v}]
                        """));
    }

    @Test
    void duplicateKeysAreProblems() {
        assertEquals(List.of(
                "bad.dfschema.yaml:3: catalog: duplicate key 'catalog' (first at line 2)",
                "bad.dfschema.yaml:6: datasets[0].format: duplicate key 'format' (first at line 5)"),
                problems("""
                        dfschema: 1
                        catalog: a
                        catalog: b
                        datasets:
                          - {name: t, format: csv,
                             format: json}
                        """));
    }

    @Test
    void valuesOfTheWrongKindAreProblems() {
        assertEquals(List.of(
                "bad.dfschema.yaml:1: dfschema: expected an integer, got the text '1'",
                "bad.dfschema.yaml:2: catalog: expected a text value, got a list",
                "bad.dfschema.yaml:5: datasets[0].version: expected an integer, got '1.5'",
                "bad.dfschema.yaml:6: datasets[0].scan: expected a mapping of keys to values, got the text 'fast'",
                "bad.dfschema.yaml:7: datasets[0].columns[0].nullable: expected true or false, got the text 'false'",
                "bad.dfschema.yaml:8: datasets[0].primary_key: expected a list, got the text 'a'",
                "bad.dfschema.yaml:9: datasets[0].options: expected a mapping of keys to values, got a list",
                "bad.dfschema.yaml:11: datasets[0].partition_columns: expected a list, got the text 'id'",
                "bad.dfschema.yaml:12: datasets[0].views: expected a list, got a mapping"),
                problems("""
                        dfschema: "1"
                        catalog: [a]
                        datasets:
                          - name: t
                            version: 1.5
                            scan: fast
                            columns: [{name: a, type: INT, nullable: "false"}]
                            primary_key: a
                            options: [a]
                            format: csv
                            partition_columns: id
                            views: {name: v}
                        """));
    }

    @Test
    void keywordsMustBeKnown() {
        assertEquals(List.of(
                "bad.dfschema.yaml:2: profile: unknown profile 'paranoid'; expected one of default, strict, view_types",
                "bad.dfschema.yaml:3: evolution: unknown evolution mode 'Strict'; expected one of strict, compatible, lenient"
                        + " (did you mean 'strict'?)",
                "bad.dfschema.yaml:5: datasets[0].format: unknown format 'orc'; expected one of parquet, csv, json, arrow, avro",
                "bad.dfschema.yaml:5: datasets[0].evolution: unknown evolution mode 'loose';"
                        + " expected one of strict, compatible, lenient",
                "bad.dfschema.yaml:6: datasets[1].evolution.mode: unknown evolution mode 'lenien';"
                        + " expected one of strict, compatible, lenient (did you mean 'lenient'?)"),
                problems("""
                        dfschema: 1
                        profile: paranoid
                        evolution: Strict
                        datasets:
                          - {name: a, format: orc, evolution: loose}
                          - {name: b, format: csv, evolution: {mode: lenien}}
                        """));
    }

    @Test
    void unknownKeysAreReportedAtEveryLevelWithHints() {
        assertEquals(List.of(
                "bad.dfschema.yaml:2: catalogue: unknown key 'catalogue'; did you mean 'catalog'?",
                "bad.dfschema.yaml:4: datasets[0].format: missing required key 'format'",
                "bad.dfschema.yaml:5: datasets[0].fromat: unknown key 'fromat'; did you mean 'format'?",
                "bad.dfschema.yaml:6: datasets[0].columns[0].nulable: unknown key 'nulable'; did you mean 'nullable'?",
                "bad.dfschema.yaml:7: datasets[0].foreign_keys[0].references.table: unknown key 'table'",
                "bad.dfschema.yaml:7: datasets[0].foreign_keys[0].references.dataset: missing required key 'dataset'",
                "bad.dfschema.yaml:8: datasets[0].evolution.renames: unknown key 'renames'",
                "bad.dfschema.yaml:9: datasets[0].views[0].columns[0].typ: unknown key 'typ'; did you mean 'type'?",
                "bad.dfschema.yaml:9: datasets[0].views[0].columns[0].type: missing required key 'type'",
                "bad.dfschema.yaml:10: datasets[0].partition_columns[0].nullable: unknown key 'nullable'"),
                problems("""
                        dfschema: 1
                        catalogue: x
                        datasets:
                          - name: t
                            fromat: csv
                            columns: [{name: a, type: INT, nulable: true}]
                            foreign_keys: [{columns: [a], references: {table: x, columns: [a]}}]
                            evolution: {renames: {}}
                            views: [{name: v, sql: SELECT 1, columns: [{name: a, typ: INT}]}]
                            partition_columns: [{name: p, type: INT, nullable: false}]
                        """));
    }

    @Test
    void typesMustParse() {
        assertEquals(List.of(
                "bad.dfschema.yaml:5: datasets[0].columns[0].type: cannot parse type 'VARCHAR[': expected ']' (at offset 8)",
                "bad.dfschema.yaml:6: datasets[0].columns[1].type: cannot parse type 'STRUCT(a Utf8View)': unknown type 'Utf8View';"
                        + " Arrow type names cannot be nested in a SQL type: write the whole type in Arrow notation (at offset 9)",
                "bad.dfschema.yaml:7: datasets[0].columns[2].type: cannot parse Arrow type 'Timestamp(ns, UTC)' at offset 14:"
                        + " expected a time zone",
                "bad.dfschema.yaml:8: datasets[0].columns[3].type: cannot parse type 'TIMESTAMP(5)':"
                        + " TIMESTAMP precision must be 0, 3, 6 or 9 (at offset 10)",
                "bad.dfschema.yaml:9: datasets[0].columns[4].type: cannot parse type 'DECIMAL(80,2)':"
                        + " DECIMAL(80,2) needs precision <= 76 and scale <= precision (at offset 8)",
                "bad.dfschema.yaml:10: datasets[0].columns[5].type: the type is empty"),
                problems("""
                        dfschema: 1
                        datasets:
                          - name: t
                            columns:
                              - {name: a, type: "VARCHAR["}
                              - {name: b, type: STRUCT(a Utf8View)}
                              - {name: c, type: 'Timestamp(ns, UTC)'}
                              - {name: d, type: TIMESTAMP(5)}
                              - {name: e, type: "DECIMAL(80,2)"}
                              - {name: f, type: ""}
                            format: csv
                        """));
    }

    @Test
    void durationsSizesAndNumbersMustBeValid() {
        assertEquals(List.of(
                "bad.dfschema.yaml:6: datasets[0].scan.list_files_cache_ttl: expected a duration like 60s, 500ms, 5m or 1h30m, got '1s1m'",
                "bad.dfschema.yaml:7: datasets[0].scan.list_files_cache_limit: expected a size like 1M, 512K, 2G or a number of bytes,"
                        + " got '-1'",
                "bad.dfschema.yaml:8: datasets[0].scan.meta_fetch_concurrency: expected an integer, got '0x10'",
                "bad.dfschema.yaml:9: datasets[0].scan.file_extension: file_extension must not be empty"),
                problems("""
                        dfschema: 1
                        datasets:
                          - name: t
                            format: parquet
                            scan:
                              list_files_cache_ttl: 1s1m
                              list_files_cache_limit: -1
                              meta_fetch_concurrency: 0x10
                              file_extension: " "
                        """));
    }

    @Test
    void versionsArePositiveIntegers() {
        assertEquals(List.of(
                "bad.dfschema.yaml:3: datasets[0].version: version must be a positive integer, got -1",
                "bad.dfschema.yaml:4: datasets[1].version: version 99999999999 is too large",
                "bad.dfschema.yaml:5: datasets[2].version: expected an integer, got the text 'v2'"),
                problems("""
                        dfschema: 1
                        datasets:
                          - {name: a, format: csv, version: -1}
                          - {name: b, format: csv, version: 99999999999}
                          - {name: c, format: csv, version: v2}
                        """));
    }

    @Test
    void namesAreLowercaseSqlIdentifiers() {
        assertEquals(List.of(
                "bad.dfschema.yaml:2: default_schema: schema name 'my-schema' is not a lowercase SQL identifier"
                        + " (a-z, 0-9 and '_', not starting with a digit)",
                "bad.dfschema.yaml:4: datasets[0].name: dataset name '1files' is not a lowercase SQL identifier"
                        + " (a-z, 0-9 and '_', not starting with a digit)",
                "bad.dfschema.yaml:5: datasets[1].schema: schema name must not be empty",
                "bad.dfschema.yaml:6: datasets[2].views[0].name: view name 'My View' is not a lowercase SQL identifier"
                        + " (a-z, 0-9 and '_', not starting with a digit)"),
                problems("""
                        dfschema: 1
                        default_schema: my-schema
                        datasets:
                          - {name: 1files, format: csv, schema: ok}
                          - {name: b, format: csv, schema: ""}
                          - {name: c, format: csv, schema: ok, views: [{name: My View, sql: SELECT 1}]}
                        """));
    }

    @Test
    void columnReferencesMustNameDeclaredColumns() {
        assertEquals(List.of(
                "bad.dfschema.yaml:9: datasets[0].partition_columns[1].name: partition column 'day' is declared twice",
                "bad.dfschema.yaml:10: datasets[0].scan.file_sort_order[0]: sort order column 'ts' is not a declared column",
                "bad.dfschema.yaml:11: datasets[0].primary_key[1]: column 'id' appears twice in the primary key",
                "bad.dfschema.yaml:12: datasets[0].unique[0][0]: unique key column 'nam' is not a declared column;"
                        + " did you mean 'name'?",
                "bad.dfschema.yaml:12: datasets[0].unique[2]: unique key [name] is declared twice",
                "bad.dfschema.yaml:13: datasets[0].foreign_keys[0].columns[0]: foreign key column 'owner' is not a declared column",
                "bad.dfschema.yaml:14: datasets[0].evolution.renamed_from.title: renamed column 'title' is not a declared column",
                "bad.dfschema.yaml:14: datasets[0].evolution.renamed_from.title[0]: old name 'name' is still a column",
                "bad.dfschema.yaml:14: datasets[0].evolution.renamed_from.title[2]: old name 'label' is listed twice"),
                problems("""
                        dfschema: 1
                        datasets:
                          - name: t
                            format: parquet
                            columns:
                              - {name: id, type: BIGINT, nullable: false}
                              - {name: name, type: VARCHAR}
                              - {name: label_old, type: VARCHAR}
                            partition_columns: [{name: day, type: DATE}, {name: day, type: DATE}]
                            scan: {file_sort_order: [ts DESC]}
                            primary_key: [id, id]
                            unique: [[nam], [name], [name]]
                            foreign_keys: [{columns: [owner], references: {dataset: users, columns: [id]}}]
                            evolution: {renamed_from: {title: [name, label, label]}}
                        """));
    }

    @Test
    void keysMustBeConsistent() {
        assertEquals(List.of(
                "bad.dfschema.yaml:7: datasets[0].primary_key[0]: primary key column 'id' must be declared nullable: false",
                "bad.dfschema.yaml:8: datasets[0].unique[0]: a unique key needs at least one column",
                "bad.dfschema.yaml:10: datasets[0].foreign_keys[0].references.columns: 1 referencing column(s) but 2 referenced column(s)",
                "bad.dfschema.yaml:10: datasets[0].foreign_keys[0].references.columns[1]: column 'day' is not a column of dataset 'public.owners'",
                "bad.dfschema.yaml:11: datasets[0].foreign_keys[1].columns: a foreign key needs at least one column",
                "bad.dfschema.yaml:11: datasets[0].foreign_keys[1].references.columns: a foreign key needs at least one referenced column",
                "bad.dfschema.yaml:12: datasets[0].foreign_keys[2].references.columns[0]: column 'nme' is not a column of dataset"
                        + " 'public.owners'; did you mean 'name'?",
                "bad.dfschema.yaml:13: datasets[0].foreign_keys[3].references.columns: columns [name] are not the primary key or"
                        + " a unique key of dataset 'public.owners'"),
                problems("""
                        dfschema: 1
                        datasets:
                          - name: t
                            format: csv
                            columns: [{name: id, type: BIGINT}, {name: owner, type: BIGINT}]
                            partition_columns: [{name: day, type: DATE}]
                            primary_key: [id]
                            unique: [[]]
                            foreign_keys:
                              - {columns: [owner], references: {dataset: owners, columns: [id, day]}}
                              - {columns: [], references: {dataset: owners, columns: []}}
                              - {columns: [owner], references: {dataset: owners, columns: [nme]}}
                              - {columns: [owner], references: {dataset: owners, columns: [name]}}
                              - {columns: [owner], references: {schema: other, dataset: owners, columns: [name]}}
                              - {columns: [day], references: {dataset: unknown_elsewhere, columns: [day]}}
                          - name: owners
                            format: csv
                            columns: [{name: id, type: BIGINT, nullable: false}, {name: name, type: VARCHAR}]
                            primary_key: [id]
                        """));
    }

    @Test
    void namesMustBeUniquePerSchemaIncludingVersionedNamesAndViews() {
        assertEquals(List.of(
                "bad.dfschema.yaml:3: datasets[0].version: versioned name 'public.files_v2' is already taken by dataset"
                        + " 'files_v2' at bad.dfschema.yaml:5",
                "bad.dfschema.yaml:9: datasets[3].views[0].name: view name 'other' is the dataset's own name",
                "bad.dfschema.yaml:10: datasets[3].views[1].name: view name 'other_v1' is the dataset's versioned name",
                "bad.dfschema.yaml:11: datasets[3].views[2].name: view name 'public.files' is already taken by dataset 'files'"
                        + " at bad.dfschema.yaml:3",
                "bad.dfschema.yaml:12: datasets[3].views[3].name: view name 'public.files_v2_v1' is already taken by"
                        + " versioned name of dataset 'files_v2' at bad.dfschema.yaml:5",
                "bad.dfschema.yaml:13: datasets[4].name: dataset 'public.files' is declared twice (also at bad.dfschema.yaml:3)"),
                problems("""
                        dfschema: 1
                        datasets:
                          - {name: files, version: 2, format: csv}
                          - {name: files, schema: elsewhere, version: 2, format: csv}
                          - {name: files_v2, format: csv}
                          - name: other
                            format: csv
                            views:
                              - {name: other, sql: SELECT 1}
                              - {name: other_v1, sql: SELECT 1}
                              - {name: files, sql: SELECT 1}
                              - {name: files_v2_v1, sql: SELECT 1}
                          - {name: files, format: json}
                        """));
    }

    @Test
    void parquetOnlyScanKeysNeedParquet() {
        assertEquals(List.of(
                "bad.dfschema.yaml:5: datasets[0].scan.parquet_pruning: parquet_pruning applies to parquet files only, but the format is json",
                "bad.dfschema.yaml:5: datasets[0].scan.binary_as_string: binary_as_string applies to parquet files only, but the format is json",
                "bad.dfschema.yaml:5: datasets[0].scan.schema_force_view_types: schema_force_view_types applies to parquet files only,"
                        + " but the format is json"),
                problems("""
                        dfschema: 1
                        datasets:
                          - name: t
                            format: json
                            scan: {parquet_pruning: true, binary_as_string: false, schema_force_view_types: true, cache: true}
                        """));
    }

    @Test
    void emptyListsAndValuesThatMustNotBeEmpty() {
        assertEquals(List.of(
                "bad.dfschema.yaml:5: datasets[0].options.k: option 'k' has no value",
                "bad.dfschema.yaml:6: datasets[0].columns: columns must not be empty; leave the key out to infer the columns from the files",
                "bad.dfschema.yaml:7: datasets[0].primary_key: primary_key must not be empty; leave the key out when there is none",
                "bad.dfschema.yaml:8: datasets[0].evolution.renamed_from.a: expected a list of old names such as [old_name], got nothing",
                "bad.dfschema.yaml:9: datasets[0].location: location must not be empty"),
                problems("""
                        dfschema: 1
                        datasets:
                          - name: t
                            format: csv
                            options: {k: }
                            columns: []
                            primary_key: []
                            evolution: {renamed_from: {a: }}
                            location: ""
                        """));
    }
}
