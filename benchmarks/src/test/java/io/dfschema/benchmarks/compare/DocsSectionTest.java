package io.dfschema.benchmarks.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsSectionTest {
    @Test
    void onlyTheTextBetweenTheMarkersChanges(@TempDir Path dir) throws IOException {
        Path md = dir.resolve("b.md");
        Files.writeString(md, "# head\n" + DocsSection.BEGIN + "\nold figures\n" + DocsSection.END + "\ntail\n");
        DocsSection.replace(md, "new figures\n");
        DocsSection.replace(md, "newer figures\n");
        assertEquals("# head\n" + DocsSection.BEGIN + "\nnewer figures\n" + DocsSection.END + "\ntail\n", Files.readString(md));
    }

    @Test
    void aFileWithoutMarkersIsRefused(@TempDir Path dir) throws IOException {
        Path md = dir.resolve("b.md");
        Files.writeString(md, "# no markers\n");
        assertThrows(IOException.class, () -> DocsSection.replace(md, "x"));
    }
}
