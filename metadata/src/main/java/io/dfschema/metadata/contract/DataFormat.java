package io.dfschema.metadata.contract;

import java.util.Locale;
import java.util.Optional;

/** The file formats a dataset can be stored in; each is a DataFusion {@code STORED AS} format. */
public enum DataFormat {
    PARQUET(".parquet"), CSV(".csv"), JSON(".json"), ARROW(".arrow"), AVRO(".avro");

    private final String defaultExtension;

    DataFormat(String defaultExtension) {
        this.defaultExtension = defaultExtension;
    }

    /** The spelling used in contract files. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The keyword after {@code STORED AS} in {@code CREATE EXTERNAL TABLE}. */
    public String storedAs() {
        return name();
    }

    /** The file extension DataFusion looks for when the scan policy names none. */
    public String defaultExtension() {
        return defaultExtension;
    }

    /** The format spelled {@code text} in a contract file, if any. */
    public static Optional<DataFormat> fromYamlName(String text) {
        return Keywords.lookup(values(), text);
    }
}
