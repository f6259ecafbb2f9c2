package io.dfschema.benchmarks.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * results.jsonl: the raw output of a run, one JSON object a line. The first line describes the run
 * ({@code "kind":"run"}); each child JVM appends one {@code "kind":"measurement"} line a figure as
 * soon as it has it, so a run that fails half-way keeps what it measured.
 */
final class ResultsFile {
    private final Path file;

    ResultsFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    /** Starts the file anew with the run's description. */
    void start(Map<String, Object> run) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, Json.write(run) + "\n", StandardCharsets.UTF_8);
    }

    void append(Map<String, Object> line) {
        try {
            Files.writeString(file, Json.write(line) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Map<String, Object>> lines() throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(Json.parse(line));
            }
        }
        return out;
    }
}
