package io.dfschema.jdbc;

import io.dfschema.engine.BatchStream;
import org.apache.arrow.c.ArrowArrayStream;
import org.apache.arrow.c.Data;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.ipc.ArrowReader;

/**
 * The only class that touches Arrow Java. It is loaded on first use, so the driver works
 * without Arrow on the classpath as long as nobody asks for an ArrowReader.
 */
final class ArrowExport {
    private ArrowExport() {}

    static ArrowReader export(BatchStream stream, BufferAllocator allocator) {
        try (ArrowArrayStream ffi = ArrowArrayStream.allocateNew(allocator)) {
            stream.exportTo(ffi.memoryAddress());
            return Data.importArrayStream(allocator, ffi);
        }
    }
}
