package io.dfschema.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Loads {@code libdfschema_native} from the jar (copied to a private temp file, since the
 * JVM can only load libraries from the file system), or from {@code -Ddfschema.native.path}.
 * Prints nothing: a driver that writes to stdout breaks tools that parse it.
 */
public final class NativeLibrary {
    private static final String RESOURCE_DIR = "/native/";
    private static volatile boolean loaded;
    private static volatile Throwable failure;

    private NativeLibrary() {}

    public static synchronized void load() {
        if (loaded) {
            return;
        }
        if (failure != null) {
            throw new UnsatisfiedLinkError("dfschema native library failed to load earlier: " + failure);
        }
        try {
            String explicit = System.getProperty("dfschema.native.path");
            if (explicit != null && !explicit.isEmpty()) {
                System.load(explicit);
            } else {
                System.load(extract().toString());
            }
            loaded = true;
        } catch (Throwable t) {
            failure = t;
            throw t instanceof UnsatisfiedLinkError ule ? ule : (UnsatisfiedLinkError) new UnsatisfiedLinkError(t.toString()).initCause(t);
        }
    }

    static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String osName = os.contains("linux") ? "linux" : os.contains("mac") ? "macos" : os.contains("win") ? "windows" : os;
        String archName = arch.equals("amd64") || arch.equals("x86_64") ? "x86_64" : arch.equals("aarch64") ? "aarch64" : arch;
        return osName + "-" + archName;
    }

    private static Path extract() {
        String platform = platform();
        String fileName = System.mapLibraryName("dfschema_native");
        String resource = RESOURCE_DIR + platform + "/" + fileName;
        try (InputStream in = NativeLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UnsatisfiedLinkError("dfschema: no native library for platform " + platform
                        + " in the driver jar (looked for " + resource + ")");
            }
            Path dir = Files.createTempDirectory("dfschema-native");
            Path file = dir.resolve(fileName);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw (UnsatisfiedLinkError) new UnsatisfiedLinkError("dfschema: cannot extract native library: " + e).initCause(e);
        }
    }
}
