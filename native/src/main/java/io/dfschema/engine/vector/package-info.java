/**
 * Columnar views over one decoded record batch of the native wire format
 * (docs/internals/wire-format.md).
 *
 * <p>This package owns the batch half of the format: {@link io.dfschema.engine.vector.BatchDecoder}
 * walks the bytes once to find where each column's buffers start, and the
 * {@link io.dfschema.engine.vector.ColumnVector} subclasses read values from the shared
 * {@link java.nio.ByteBuffer} only when asked. Nothing here knows about JDBC; conversions to Java
 * and JDBC types live in the driver's accessor package.
 */
package io.dfschema.engine.vector;
