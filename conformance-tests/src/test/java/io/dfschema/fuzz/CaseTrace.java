package io.dfschema.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The case a worker is running, written over one small file before each case starts
 * ({@code target/fuzz-worker-N.current}). If the process dies in native code, no report is printed;
 * this file still names the case that killed it, for {@code -Dfuzz.only} to replay.
 */
final class CaseTrace implements AutoCloseable {
    private final FileChannel channel;

    CaseTrace(Path file) {
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void starting(InputKind kind, long index, String input) {
        byte[] text = (kind.label() + ":" + index + "\n" + input + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(text), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
