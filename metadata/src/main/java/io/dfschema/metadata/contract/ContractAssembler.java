package io.dfschema.metadata.contract;

import static io.dfschema.metadata.contract.ContractKeys.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the documents read from one or more files into one {@link Contract}: merges the top-level
 * values (a value may be stated in any file of a folder; stated twice it must agree), gives datasets
 * the merged defaults, checks the model rules and ties each finding back to its file and line.
 */
final class ContractAssembler {

    /** A top-level value and the document that stated it first. */
    private record Origin(FileDocument doc, FileDocument.Stated stated) {
    }

    /** Where a dataset came from: its document and its index in that document's list. */
    private record DatasetOrigin(FileDocument doc, int index) {
        String path(String below) {
            return DATASETS + "[" + index + "]" + (below.isEmpty() ? "" : "." + below);
        }
    }

    private ContractAssembler() {
    }

    static Contract assemble(List<FileDocument> docs, Path source) {
        Map<String, Origin> header = mergeHeader(docs);
        docs.forEach(d -> d.problems.freeze());
        String catalog = value(header, CATALOG, Contract.DEFAULT_CATALOG);
        String defaultSchema = value(header, DEFAULT_SCHEMA, DatasetSpec.DEFAULT_SCHEMA);
        Profile profile = value(header, PROFILE, Profile.DEFAULT);
        EvolutionMode evolution = value(header, EVOLUTION, DatasetSpec.DEFAULT_EVOLUTION);

        List<DatasetSpec> datasets = new ArrayList<>();
        List<DatasetOrigin> origins = new ArrayList<>();
        for (FileDocument doc : docs) {
            for (int i = 0; i < doc.datasets.size(); i++) {
                DatasetSpec.Builder b = doc.datasets.get(i);
                if (b != null) {
                    datasets.add(b.buildUnchecked(defaultSchema, evolution));
                    origins.add(new DatasetOrigin(doc, i));
                }
            }
        }

        for (Finding f : CatalogRules.checkHeader(CatalogRules.FORMAT_VERSION, catalog, defaultSchema)) {
            Origin o = header.get(f.path());
            if (o != null) {
                o.doc().problems.report(f.path(), f.message());
            }
        }
        for (int k = 0; k < datasets.size(); k++) {
            DatasetOrigin o = origins.get(k);
            DatasetRules.check(datasets.get(k)).forEach(f -> o.doc().problems.report(o.path(f.path()), f.message()));
        }
        List<Finding> catalogFindings = CatalogRules.check(datasets, i -> {
            DatasetOrigin o = origins.get(i);
            return o.doc().where(o.doc().problems.lineOf(o.path("")));
        });
        for (Finding f : catalogFindings) {
            DatasetOrigin o = origins.get(f.dataset());
            o.doc().problems.report(o.path(f.path()), f.message());
        }

        List<ContractProblem> all = new ArrayList<>();
        docs.forEach(d -> all.addAll(d.problems.sorted()));
        ContractException.throwIfAny(all);
        return new Contract(CatalogRules.FORMAT_VERSION, catalog, defaultSchema, profile, evolution, datasets, source);
    }

    /** The first statement of each top-level key; a later different one is a problem in its own file. */
    private static Map<String, Origin> mergeHeader(List<FileDocument> docs) {
        Map<String, Origin> merged = new LinkedHashMap<>();
        for (FileDocument doc : docs) {
            doc.header.forEach((key, stated) -> {
                Origin first = merged.putIfAbsent(key, new Origin(doc, stated));
                if (first != null && !first.stated().value().equals(stated.value())) {
                    doc.problems.add(stated.node(), key, key + " '" + spelling(stated.value()) + "' conflicts with '"
                            + spelling(first.stated().value()) + "' in " + first.doc().where(first.stated().line()));
                }
            });
        }
        return merged;
    }

    @SuppressWarnings("unchecked")
    private static <T> T value(Map<String, Origin> header, String key, T otherwise) {
        Origin o = header.get(key);
        return o == null ? otherwise : (T) o.stated().value();
    }

    private static String spelling(Object value) {
        return value instanceof Enum<?> e ? e.name().toLowerCase(java.util.Locale.ROOT) : String.valueOf(value);
    }
}
