package io.dfschema.metadata.contract;

import static io.dfschema.metadata.contract.ContractKeys.*;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads one contract file's text: YAML syntax, the top-level keys, and each dataset. It uses
 * SnakeYAML's node API (compose, not load) because nodes keep their line numbers and the key order,
 * and because nothing in a contract should ever become an arbitrary Java object.
 */
final class DocumentReader {
    /** The largest contract file read, in code points (64 Mi). */
    static final int CODE_POINT_LIMIT = 64 * 1024 * 1024;
    private DocumentReader() {
    }

    static FileDocument read(String text, Path file, Path baseDir) {
        FileDocument doc = new FileDocument(file);
        FileProblems problems = doc.problems;
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(50); // no "billion laughs" from a hostile file
            // SnakeYAML stops at 3 MiB by default; a catalog of 10,000 datasets in one file is larger.
            options.setCodePointLimit(CODE_POINT_LIMIT);
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problems.add(line, "", "invalid YAML: " + e.getProblem());
            return doc;
        } catch (YAMLException e) {
            problems.add(0, "", "invalid YAML: " + e.getMessage());
            return doc;
        }
        if (root == null) {
            problems.add(0, "", "the file is empty; a contract needs at least 'dfschema: " + CatalogRules.FORMAT_VERSION + "'");
            return doc;
        }
        YamlMap top = YamlMap.of(root, "", problems);
        if (top == null) {
            return doc;
        }
        top.allowOnly(TOP);
        if (top.require(DFSCHEMA)) {
            Long version = top.integer(DFSCHEMA);
            if (version != null && version != CatalogRules.FORMAT_VERSION) {
                top.problem(DFSCHEMA, CatalogRules.unsupportedVersion(version));
            }
        }
        state(doc, top, CATALOG, Optional.ofNullable(top.text(CATALOG)));
        state(doc, top, DEFAULT_SCHEMA, Optional.ofNullable(top.text(DEFAULT_SCHEMA)));
        state(doc, top, PROFILE, top.keyword(PROFILE, "profile", Profile.values(), Profile::fromYamlName));
        state(doc, top, EVOLUTION, top.keyword(EVOLUTION, "evolution mode", EvolutionMode.values(), EvolutionMode::fromYamlName));
        List<Node> datasets = top.list(DATASETS);
        if (datasets != null) {
            for (int i = 0; i < datasets.size(); i++) {
                doc.datasets.add(DatasetReader.read(datasets.get(i), DATASETS + "[" + i + "]", baseDir, problems));
            }
        }
        return doc;
    }

    private static void state(FileDocument doc, YamlMap top, String key, Optional<?> value) {
        value.ifPresent(v -> doc.header.put(key, new FileDocument.Stated(v, top.raw(key))));
    }
}
