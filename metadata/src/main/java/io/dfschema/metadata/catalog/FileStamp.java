package io.dfschema.metadata.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What the per-JVM caches of parsed contracts and registry files compare to tell that a file changed:
 * its size and modification time.
 */
record FileStamp(Path file, long size, long modified) {

    /** The file's stamp now, or null when it cannot be read (callers then do not cache). */
    static FileStamp of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(file, a.size(), a.lastModifiedTime().toMillis());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
