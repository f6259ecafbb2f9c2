package io.dfschema.metadata.catalog;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes that survive the process being killed at any moment (SIGKILL, a crashed host application) and
 * the machine losing power right after they return.
 *
 * <p>{@link #replace} swaps in a whole new file: the text goes to a temporary file in the same folder,
 * which is fsynced, renamed over the target (atomic on POSIX file systems) and made durable by fsyncing
 * the folder. A reader, or the next process, sees the old content or the new, never a mix or nothing.
 *
 * <p>{@link #append} adds lines to a log that several connections, in this and other processes, append
 * to. Replacing the whole file would lose lines when two processes append at once, and would cost
 * quadratic time as the log grows, so a log is appended in place instead, under an exclusive file lock,
 * in one positional write followed by fsync. A process killed in the middle of that write can leave at
 * most a torn last line; the next append cuts it off before writing, so every line before the end is a
 * complete one.
 */
final class DurableFiles {
    /** Temporary files older than this are left over from a killed process and removed. */
    private static final Duration ABANDONED = Duration.ofMinutes(10);
    private static final Map<Path, Object> APPENDERS = new ConcurrentHashMap<>();

    private DurableFiles() {
    }

    /** Replaces {@code file}'s content with {@code text} atomically and durably. */
    static void replace(Path file, String text) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        String prefix = "." + file.getFileName() + ".";
        removeAbandoned(folder, prefix);
        Path tmp = Files.createTempFile(folder, prefix, ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                writeFully(ch, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the write error is the one to report
            }
            throw e;
        }
        syncFolder(folder);
    }

    /** Appends {@code lines} (each ending in a newline) to {@code file}, creating it when missing. */
    static void append(Path file, String lines) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(lines.getBytes(StandardCharsets.UTF_8));
        // A JVM may hold one lock per file: threads of this process take turns before locking.
        synchronized (APPENDERS.computeIfAbsent(file.toAbsolutePath().normalize(), k -> new Object())) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
                long end = endOfLastCompleteLine(ch);
                if (end < ch.size()) {
                    ch.truncate(end);
                }
                writeFully(ch, bytes, end);
                ch.force(false);
            }
        }
    }

    /** The size, or less when the last line has no newline (a write cut short by a killed process). */
    private static long endOfLastCompleteLine(FileChannel ch) throws IOException {
        long size = ch.size();
        ByteBuffer one = ByteBuffer.allocate(4096);
        long pos = size;
        while (pos > 0) {
            int len = (int) Math.min(one.capacity(), pos);
            one.clear().limit(len);
            long from = pos - len;
            while (one.hasRemaining() && ch.read(one, from + one.position()) >= 0) {
                // fill the block
            }
            for (int i = len - 1; i >= 0; i--) {
                if (one.get(i) == '\n') {
                    return from + i + 1;
                }
            }
            pos = from;
        }
        return 0;
    }

    private static void writeFully(FileChannel ch, ByteBuffer bytes, long position) throws IOException {
        long pos = position;
        while (bytes.hasRemaining()) {
            pos += ch.write(bytes, pos);
        }
    }

    /** Makes a rename in {@code folder} durable; file systems that cannot sync a folder are left as they are. */
    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // the rename itself is atomic; only its durability across a power loss depends on this
        }
    }

    private static void removeAbandoned(Path folder, String prefix) {
        FileTime before = FileTime.from(Instant.now().minus(ABANDONED));
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(folder, prefix + "*.tmp")) {
            for (Path p : stale) {
                if (Files.getLastModifiedTime(p).compareTo(before) < 0) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // leftovers cost space, not correctness
        }
    }
}
