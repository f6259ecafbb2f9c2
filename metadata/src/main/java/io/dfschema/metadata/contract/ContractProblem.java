package io.dfschema.metadata.contract;

import java.nio.file.Path;

/**
 * One problem found in a contract.
 *
 * @param file    the contract file, or null for a contract built in code
 * @param line    the 1-based line, or 0 when there is none
 * @param keyPath where in the document, e.g. {@code datasets[0].columns[2].type}; empty for the whole file
 * @param message what is wrong
 */
public record ContractProblem(Path file, int line, String keyPath, String message) {

    public ContractProblem {
        keyPath = keyPath == null ? "" : keyPath;
    }

    /** {@code file:line: keyPath: message}, leaving out the parts that are missing. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
            if (line > 0) {
                sb.append(':').append(line);
            }
        } else if (line > 0) {
            sb.append("line ").append(line);
        }
        if (!keyPath.isEmpty()) {
            sb.append(sb.length() == 0 ? "" : ": ").append(keyPath);
        }
        return sb.append(sb.length() == 0 ? "" : ": ").append(message).toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
