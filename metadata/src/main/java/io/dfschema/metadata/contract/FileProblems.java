package io.dfschema.metadata.contract;

import org.yaml.snakeyaml.nodes.Node;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems of one contract file, and the line of every key path read from it, so that a rule
 * checked later on the model (which has no lines) can still be reported at the right line.
 */
final class FileProblems {
    private final Path file;
    private final List<ContractProblem> problems = new ArrayList<>();
    private final Map<String, Integer> lines = new HashMap<>();
    private int frozen;

    FileProblems(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    List<ContractProblem> problems() {
        return problems;
    }

    /** Records where {@code path} is (the first time it is seen). */
    void remember(String path, Node node) {
        lines.putIfAbsent(path, line(node));
    }

    /** A problem at {@code node}'s line. */
    void add(Node node, String path, String message) {
        problems.add(new ContractProblem(file, node == null ? lineOf(path) : line(node), path, message));
    }

    /** A problem at the remembered line of {@code path} or of its nearest remembered parent. */
    void add(String path, String message) {
        problems.add(new ContractProblem(file, lineOf(path), path, message));
    }

    void add(int line, String path, String message) {
        problems.add(new ContractProblem(file, line, path, message));
    }

    int lineOf(String path) {
        for (String p = path; !p.isEmpty(); p = parent(p)) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
        }
        return 0;
    }

    /** Marks the end of reading: later problems come from rules checked on the model. */
    void freeze() {
        frozen = problems.size();
    }

    /**
     * Reports a rule broken on the model at {@code path}, unless reading already reported a problem at
     * that path, above it or below it: the rule would only repeat it, or trip over the placeholder the
     * reader put in place of the unreadable value.
     */
    void report(String path, String message) {
        if (!overlaps(path)) {
            add(path, message);
        }
    }

    /** The problems in line order (file-level problems, line 0, first). */
    List<ContractProblem> sorted() {
        List<ContractProblem> out = new ArrayList<>(problems);
        out.sort(Comparator.comparingInt(ContractProblem::line));
        return out;
    }

    private boolean overlaps(String path) {
        for (ContractProblem p : problems.subList(0, frozen)) {
            if (related(p.keyPath(), path) || related(path, p.keyPath())) {
                return true;
            }
        }
        return false;
    }

    private static boolean related(String ancestor, String path) {
        return path.equals(ancestor) || path.startsWith(ancestor + ".") || path.startsWith(ancestor + "[");
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    /** {@code a.b[2].c} → {@code a.b[2]} → {@code a.b} → {@code a} → "". */
    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
