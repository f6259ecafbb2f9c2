package io.dfschema.engine;

/**
 * Lets another thread stop a running plan or a blocked fetch. Owned by one statement;
 * cancelling is safe from any thread while the token is open.
 */
public final class CancelToken implements AutoCloseable {
    private long handle;

    public CancelToken() {
        this.handle = NativeBridge.cancelTokenNew();
    }

    synchronized long handle() {
        if (handle == 0) {
            throw new EngineException("HY010", "cancel token is closed");
        }
        return handle;
    }

    /** Asks everything running under this token to stop; a no-op once closed. */
    public synchronized void cancel() {
        if (handle != 0) {
            NativeBridge.cancelTokenCancel(handle);
        }
    }

    /** Re-arms the token for the next execution. */
    public synchronized void reset() {
        if (handle != 0) {
            NativeBridge.cancelTokenReset(handle);
        }
    }

    @Override
    public synchronized void close() {
        if (handle != 0) {
            NativeBridge.cancelTokenFree(handle);
            handle = 0;
        }
    }
}
