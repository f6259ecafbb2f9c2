package io.dfschema.examples.cst;

import java.util.ArrayList;
import java.util.List;

/**
 * The files of the CST demo catalog, each with the query that fills it. Paths are relative to the data
 * folder, {@code cst/data/}, which the contract's locations point into.
 *
 * <p>{@code libcst_files} is Hive-partitioned by repository. DataFusion's own
 * {@code COPY ... PARTITIONED BY (repo)} writes such folders, but names the file in each one randomly
 * ({@code repo=httpkit/DtRNbwUp9FDShciJ.parquet}), so every run would produce different files. Writing
 * one COPY per repository to {@code repo=<name>/part-0.parquet} gives the same layout with stable names.
 */
final class CstFiles {
    /** Row groups of 100 rows, so that the node file has several and pruning on node_id has work to do. */
    private static final String PARQUET_OPTIONS =
            "OPTIONS ('format.compression' 'zstd(3)', 'format.max_row_group_size' '100')";

    /** One file: where it goes, what fills it, and how many rows that is. */
    record Output(String path, String query, String storedAs, long rows) {
        /** The COPY statement writing this file below {@code dataDir} (an absolute path, '/' separated). */
        String copyTo(String dataDir) {
            String options = storedAs.equals("PARQUET") ? " " + PARQUET_OPTIONS
                    : storedAs.equals("CSV") ? " OPTIONS ('format.has_header' 'true')" : "";
            return "COPY (" + query + ") TO " + CstSql.text(dataDir + "/" + path) + " STORED AS " + storedAs + options;
        }
    }

    private CstFiles() {}

    static List<Output> of(CstCorpus corpus) {
        List<Output> out = new ArrayList<>();
        out.add(new Output("repos.json", CstSql.repos(corpus.repos()), "JSON", corpus.repos().size()));
        for (CstCorpus.Repo repo : corpus.repos()) {
            List<CstCorpus.SourceFile> files = corpus.files(repo.name());
            out.add(new Output("libcst_files/repo=" + repo.name() + "/part-0.parquet", CstSql.files(files), "PARQUET",
                    files.size()));
        }
        out.add(new Output("libcst_nodes/part-0.parquet", CstSql.nodes(corpus.nodes()), "PARQUET",
                corpus.nodes().size()));
        out.add(new Output("refs.csv", CstSql.refs(corpus.refs()), "CSV", corpus.refs().size()));
        return out;
    }
}
