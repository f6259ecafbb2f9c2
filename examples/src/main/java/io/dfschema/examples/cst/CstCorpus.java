package io.dfschema.examples.cst;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, deterministic corpus shaped like what libcst gives for Python sources: repositories, the
 * files parsed in them, the syntax tree nodes of each file and references between nodes.
 *
 * <p>Every file is a four-line module generated from a template, and the nodes' byte spans are measured
 * on that text, so {@code span} values point at real offsets of a real (if tiny) source:
 *
 * <pre>
 * import client
 *
 * def serve(request):
 *     return client.fetch(request)
 * </pre>
 *
 * Each repository has the same ten modules; module k imports module k-1 and calls its function, which
 * gives the {@code calls} references across files. Ids are chosen to be readable: file ids run from 1,
 * and node {@code 100 * file_id + n} is node n of that file (so node 1203 lies in file 12).
 */
public final class CstCorpus {
    /** A repository: the {@code repos} dataset. */
    public record Repo(String name, String url, long stars) {}

    /** A byte range {@code [bstart, bend)} of a file, as libcst's position provider reports it. */
    public record Span(long bstart, long bend) {}

    /** A parsed file: the {@code libcst_files} dataset ({@code repo} comes from the folder name). */
    public record SourceFile(long fileId, String repo, String path, Map<String, String> attrs, Span span,
                             String source) {}

    /** A syntax tree node: the {@code libcst_nodes} dataset. {@code attrs} is null for nodes without any. */
    public record Node(long nodeId, long fileId, String kind, Span span, Map<String, String> attrs,
                       List<Long> children) {}

    /** A reference from one node to another: the {@code refs} dataset. */
    public record Ref(long fromNode, long toNode, String kind) {}

    /** The modules of every repository, in import order: module k imports module k-1. */
    static final List<String> MODULES =
            List.of("config", "errors", "util", "cache", "models", "parser", "client", "server", "cli", "app");
    /** The function each module defines, pairwise with {@link #MODULES}. */
    static final List<String> FUNCTIONS =
            List.of("read_config", "raise_for", "normalize", "cached", "build_model", "parse", "fetch", "serve",
                    "run", "main");
    /** Parameter names; each repository starts at a different one, so the files differ between repositories. */
    static final List<String> PARAMS =
            List.of("name", "err", "text", "key", "data", "source", "url", "request", "argv", "args");

    /** Node offsets within a file (node id = 100 * file id + offset). */
    static final int MODULE = 0, IMPORT = 1, IMPORT_NAME = 2, FUNCTION_DEF = 3, PARAM = 4, PARAM_NAME = 5,
            RETURN = 6, CALL = 7, ATTRIBUTE = 8, ARG_NAME = 9;

    private final List<Repo> repos = List.of(
            new Repo("httpkit", "https://example.org/cst-demo/httpkit", 1843),
            new Repo("tinyparse", "https://example.org/cst-demo/tinyparse", 412),
            new Repo("datawell", "https://example.org/cst-demo/datawell", 57));
    private final List<SourceFile> files = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();
    private final List<Ref> refs = new ArrayList<>();

    public CstCorpus() {
        long fileId = 1;
        for (int r = 0; r < repos.size(); r++) {
            for (int k = 0; k < MODULES.size(); k++) {
                addFile(fileId++, r, k);
            }
        }
    }

    public List<Repo> repos() {
        return repos;
    }

    public List<SourceFile> files() {
        return List.copyOf(files);
    }

    /** The files of one repository. */
    public List<SourceFile> files(String repo) {
        return files.stream().filter(f -> f.repo().equals(repo)).toList();
    }

    public List<Node> nodes() {
        return List.copyOf(nodes);
    }

    public List<Ref> refs() {
        return List.copyOf(refs);
    }

    static long nodeId(long fileId, int offset) {
        return fileId * 100 + offset;
    }

    private void addFile(long fileId, int repoIndex, int k) {
        String repo = repos.get(repoIndex).name();
        // Module 0 has no module of its own to import, so it uses the standard library.
        String dep = k == 0 ? "os" : MODULES.get(k - 1);
        String callee = k == 0 ? "getenv" : FUNCTIONS.get(k - 1);
        String fn = FUNCTIONS.get(k);
        String param = PARAMS.get((k + 3 * repoIndex) % PARAMS.size());

        String importLine = "import " + dep;
        String defLine = "def " + fn + "(" + param + "):";
        String returnLine = "    return " + dep + "." + callee + "(" + param + ")";
        String source = importLine + "\n\n" + defLine + "\n" + returnLine + "\n";

        int defStart = importLine.length() + 2;
        int paramStart = defStart + defLine.indexOf('(') + 1;
        int returnStart = defStart + defLine.length() + 1 + 4;
        int returnEnd = returnStart + returnLine.length() - 4;
        int callStart = returnStart + "return ".length();
        int argStart = callStart + dep.length() + 1 + callee.length() + 1;

        files.add(new SourceFile(fileId, repo, "src/" + MODULES.get(k) + ".py", fileAttrs(repoIndex, k),
                new Span(0, source.length()), source));

        node(fileId, MODULE, "Module", 0, source.length(), attrs("encoding", "utf-8"), IMPORT, FUNCTION_DEF);
        node(fileId, IMPORT, "Import", 0, importLine.length(), null, IMPORT_NAME);
        node(fileId, IMPORT_NAME, "Name", 7, 7 + dep.length(), attrs("value", dep));
        node(fileId, FUNCTION_DEF, "FunctionDef", defStart, returnEnd, attrs("name", fn), PARAM, RETURN);
        node(fileId, PARAM, "Param", paramStart, paramStart + param.length(), null, PARAM_NAME);
        node(fileId, PARAM_NAME, "Name", paramStart, paramStart + param.length(), attrs("value", param));
        node(fileId, RETURN, "Return", returnStart, returnEnd, null, CALL);
        node(fileId, CALL, "Call", callStart, returnEnd, null, ATTRIBUTE, ARG_NAME);
        node(fileId, ATTRIBUTE, "Attribute", callStart, argStart - 1, attrs("value", dep, "attr", callee));
        node(fileId, ARG_NAME, "Name", argStart, argStart + param.length(), attrs("value", param));

        refs.add(new Ref(nodeId(fileId, ARG_NAME), nodeId(fileId, PARAM_NAME), "reads"));
        refs.add(new Ref(nodeId(fileId, ATTRIBUTE), nodeId(fileId, IMPORT_NAME), "resolves"));
        if (k > 0) {
            refs.add(new Ref(nodeId(fileId, CALL), nodeId(fileId - 1, FUNCTION_DEF), "calls"));
        }
    }

    /**
     * File attributes with two or three entries, so that map lookups meet both present and missing keys:
     * the last module of each repository is generated (and says by what), and the third repository
     * vendors its upper half.
     */
    private static Map<String, String> fileAttrs(int repoIndex, int k) {
        boolean generated = k == MODULES.size() - 1;
        String origin = generated ? "generated" : repoIndex == 2 && k >= 5 ? "vendored" : "git";
        return generated
                ? attrs("origin", origin, "encoding", "utf-8", "generator", "cookiecutter")
                : attrs("origin", origin, "encoding", "utf-8");
    }

    private void node(long fileId, int offset, String kind, int bstart, int bend, Map<String, String> attrs,
                      int... childOffsets) {
        List<Long> children = new ArrayList<>();
        for (int c : childOffsets) {
            children.add(nodeId(fileId, c));
        }
        nodes.add(new Node(nodeId(fileId, offset), fileId, kind, new Span(bstart, bend), attrs, List.copyOf(children)));
    }

    /** An ordered map of key, value pairs. */
    private static Map<String, String> attrs(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
