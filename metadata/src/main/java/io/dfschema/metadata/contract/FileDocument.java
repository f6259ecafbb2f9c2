package io.dfschema.metadata.contract;

import org.yaml.snakeyaml.nodes.Node;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one contract file contributed, before the files of a folder are merged: the top-level values it
 * states (with where it states them), its datasets as builders (null where an item could not be read at
 * all), and its problems.
 */
final class FileDocument {

    /** A top-level value as stated in this file. */
    record Stated(Object value, Node node) {
        int line() {
            return FileProblems.line(node);
        }
    }

    final FileProblems problems;
    final Map<String, Stated> header = new LinkedHashMap<>();
    final List<DatasetSpec.Builder> datasets = new ArrayList<>();

    FileDocument(Path file) {
        this.problems = new FileProblems(file);
    }

    Path file() {
        return problems.file();
    }

    /** "name.dfschema.yaml:12" for messages that point at another place in the catalog. */
    String where(int line) {
        return (file() == null ? "line " : file().getFileName() + ":") + line;
    }
}
