package io.dfschema.engine;

import io.dfschema.engine.vector.Batch;
import io.dfschema.engine.vector.BatchDecoder;
import java.util.List;

/**
 * A running query's output, pulled one batch at a time from the native stream. Closing it
 * stops the execution and frees its native memory. {@link #next()} and {@link #close()} are
 * serialised; cancellation goes through the {@link CancelToken} the stream was started with.
 * The session that started it closes it too if it is still open when the session closes.
 */
public final class BatchStream implements AutoCloseable {
    private final Session session;
    private final CancelToken cancel;
    private long handle;
    private List<ArrowField> schema;

    BatchStream(Session session, CancelToken cancel, long handle) {
        this.session = session;
        this.cancel = cancel;
        this.handle = handle;
        session.track(this);
    }

    private long handle() {
        if (handle == 0) {
            throw new EngineException("HY010", "result stream is closed");
        }
        return handle;
    }

    public synchronized List<ArrowField> schema() {
        if (schema == null) {
            schema = SchemaDecoder.decode(NativeBridge.streamSchema(handle()));
        }
        return schema;
    }

    /** The next batch, or null at the end (the native stream is then already released). */
    public synchronized Batch next() {
        List<ArrowField> fields = schema();
        byte[] bytes = NativeBridge.streamNext(handle());
        if (bytes == null) {
            close();
            return null;
        }
        return BatchDecoder.decode(bytes, fields);
    }

    /**
     * Hands the rest of the stream to a consumer of the Arrow C stream interface: the native
     * side fills the {@code ArrowArrayStream} struct at {@code address} and this object is
     * closed afterwards (the struct's release callback owns the stream).
     */
    public synchronized void exportTo(long address) {
        NativeBridge.streamExportArrow(handle(), address);
        handle = 0;
        session.untrack(this);
    }

    public synchronized boolean isClosed() {
        return handle == 0;
    }

    @Override
    public synchronized void close() {
        if (handle != 0) {
            NativeBridge.streamClose(handle);
            handle = 0;
            session.untrack(this);
        }
    }

    /**
     * Closes the stream as its session closes: cancelled first, so that a fetch blocked in another
     * thread (which holds the stream's lock) returns and lets the close through.
     */
    void closeWithSession() {
        cancel.cancel();
        close();
    }
}
