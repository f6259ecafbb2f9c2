package io.dfschema.metadata.contract;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Dataset locations: URLs ({@code s3://...}, {@code file:///...}) and absolute paths are taken as they
 * are; relative paths belong to the contract file's folder, so that a catalog and its data can move
 * together. A trailing separator (a folder) is kept, since DataFusion lists a folder only when the
 * location ends with one.
 */
final class Locations {
    private static final Pattern URL = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://.*");

    private Locations() {
    }

    /** {@code written} resolved against {@code baseDir} (when relative and baseDir is known). */
    static String resolve(String written, Path baseDir) {
        Path p = localPath(written);
        if (p == null || p.isAbsolute() || baseDir == null) {
            return written;
        }
        return withFolderMark(written, baseDir.resolve(p).normalize().toString());
    }

    /** {@code location} relative to {@code baseDir} when it lies inside it, else unchanged. */
    static String relativize(String location, Path baseDir) {
        Path p = localPath(location);
        if (p == null || !p.isAbsolute() || baseDir == null) {
            return location;
        }
        Path base = baseDir.toAbsolutePath().normalize();
        Path target = p.normalize();
        if (!target.startsWith(base)) {
            return location;
        }
        String rel = base.relativize(target).toString();
        return withFolderMark(location, rel.isEmpty() ? "." : rel);
    }

    private static Path localPath(String location) {
        if (location.isBlank() || URL.matcher(location).matches()) {
            return null;
        }
        try {
            return Path.of(location);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static String withFolderMark(String original, String path) {
        boolean folder = original.endsWith("/") || original.endsWith(File.separator);
        return folder && !path.endsWith(File.separator) ? path + File.separator : path;
    }
}
