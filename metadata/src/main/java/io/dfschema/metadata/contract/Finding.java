package io.dfschema.metadata.contract;

/**
 * A rule broken by a model value, before it is tied to a file and line: {@code dataset} is the index of
 * the dataset in the checked list (-1 for the contract's top-level keys, or for a dataset checked on its
 * own) and {@code path} the key path below it.
 */
record Finding(int dataset, String path, String message) {

    Finding in(int datasetIndex) {
        return new Finding(datasetIndex, path, message);
    }

    /** The key path from the document root. */
    String fullPath() {
        return dataset < 0 ? path : "datasets[" + dataset + "]" + (path.isEmpty() ? "" : "." + path);
    }
}
