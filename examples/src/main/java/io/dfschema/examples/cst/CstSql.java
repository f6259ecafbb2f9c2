package io.dfschema.examples.cst;

import io.dfschema.examples.cst.CstCorpus.Node;
import io.dfschema.examples.cst.CstCorpus.Ref;
import io.dfschema.examples.cst.CstCorpus.Repo;
import io.dfschema.examples.cst.CstCorpus.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The corpus as SELECT statements over VALUES lists, the form {@code COPY (...) TO} writes to files.
 *
 * <p>The outer SELECT gives each column its name and type. VALUES alone would type integer literals as
 * Int64 already, but the casts say what the contract declares, and they make an empty list {@code []}
 * a {@code BIGINT[]} rather than a list of nulls. A VALUES column without NULL literals is non-null,
 * so the ids and paths land in the files as required (non-null) columns, as the contract's primary keys
 * need.
 */
final class CstSql {
    private CstSql() {}

    static String repos(List<Repo> repos) {
        return """
                SELECT column1 AS name, column2 AS url, CAST(column3 AS BIGINT) AS stars
                FROM (VALUES
                %s
                )
                ORDER BY name""".formatted(rows(repos, r -> tuple(text(r.name()), text(r.url()), r.stars())));
    }

    /** The files of one repository; {@code repo} is not a column, the folder name holds it. */
    static String files(List<SourceFile> files) {
        return """
                SELECT CAST(column1 AS BIGINT)                      AS file_id,
                       column2                                      AS path,
                       column3                                      AS attrs,
                       named_struct('bstart', CAST(column4 AS BIGINT),
                                    'bend',   CAST(column5 AS BIGINT)) AS span
                FROM (VALUES
                %s
                )
                ORDER BY file_id""".formatted(rows(files, f -> tuple(f.fileId(), text(f.path()), map(f.attrs()),
                f.span().bstart(), f.span().bend())));
    }

    static String nodes(List<Node> nodes) {
        return """
                SELECT CAST(column1 AS BIGINT)                      AS node_id,
                       CAST(column2 AS BIGINT)                      AS file_id,
                       column3                                      AS kind,
                       named_struct('bstart', CAST(column4 AS BIGINT),
                                    'bend',   CAST(column5 AS BIGINT)) AS span,
                       column6                                      AS attrs,
                       CAST(column7 AS BIGINT[])                    AS children
                FROM (VALUES
                %s
                )
                ORDER BY node_id""".formatted(rows(nodes, n -> tuple(n.nodeId(), n.fileId(), text(n.kind()),
                n.span().bstart(), n.span().bend(), map(n.attrs()), n.children())));
    }

    static String refs(List<Ref> refs) {
        return """
                SELECT CAST(column1 AS BIGINT) AS from_node, CAST(column2 AS BIGINT) AS to_node, column3 AS kind
                FROM (VALUES
                %s
                )
                ORDER BY from_node, to_node, kind""".formatted(rows(refs, r -> tuple(r.fromNode(), r.toNode(),
                text(r.kind()))));
    }

    private static <T> String rows(List<T> items, Function<T, String> row) {
        return items.stream().map(row).collect(Collectors.joining(",\n  ", "  ", ""));
    }

    /** A VALUES row; strings are taken as SQL already, numbers and lists are rendered. */
    private static String tuple(Object... values) {
        return List.of(values).stream().map(CstSql::value).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String value(Object v) {
        if (v instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(v);
    }

    /** A SQL string literal. */
    static String text(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** A map literal {@code MAP {'k': 'v', ...}}, or NULL for a node without attributes. */
    private static String map(Map<String, String> map) {
        if (map == null) {
            return "NULL";
        }
        return map.entrySet().stream().map(e -> text(e.getKey()) + ": " + text(e.getValue()))
                .collect(Collectors.joining(", ", "MAP {", "}"));
    }
}
