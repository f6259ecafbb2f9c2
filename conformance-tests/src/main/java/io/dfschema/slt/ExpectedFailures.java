package io.dfschema.slt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The list of records known to fail, one per line: {@code <file>:<line>\t<reason>}.
 * {@code <file>} is relative to the corpus set folder. A record inside an included part
 * can be listed as {@code <including file>><part>:<line>} (that inclusion only) or as
 * {@code <part>:<line>} (every inclusion). '#' starts a comment line.
 */
public final class ExpectedFailures {
    private final Map<String, String> reasons;

    private ExpectedFailures(Map<String, String> reasons) {
        this.reasons = Collections.unmodifiableMap(reasons);
    }

    public static ExpectedFailures none() {
        return new ExpectedFailures(new LinkedHashMap<>());
    }

    public static ExpectedFailures load(Path tsv) {
        try {
            return parse(Files.readString(tsv, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ExpectedFailures load(InputStream in) {
        try (in) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExpectedFailures parse(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : RustText.lines(text)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            String key = (tab < 0 ? line : line.substring(0, tab)).trim();
            String reason = tab < 0 ? "" : line.substring(tab + 1).trim();
            map.put(key, reason);
        }
        return new ExpectedFailures(map);
    }

    /** The listed reason for this record, or null if it is not expected to fail. */
    public String reason(RecordOutcome outcome, Path root) {
        String full = outcome.location().key(root);
        String r = reasons.get(full);
        return r != null ? r : reasons.get(outcome.location().partKey(root));
    }

    public Map<String, String> entries() {
        return reasons;
    }
}
