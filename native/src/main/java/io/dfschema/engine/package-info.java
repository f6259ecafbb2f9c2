/**
 * The Java side of the native engine: loading the library, the JNI entry points, and the
 * typed handles that own native objects ({@link io.dfschema.engine.Session},
 * {@link io.dfschema.engine.LogicalPlanHandle}, {@link io.dfschema.engine.BatchStream},
 * {@link io.dfschema.engine.CancelToken}). Shaped like datafusion-java's core: a session,
 * a lazy plan, execution into a stream of batches.
 */
package io.dfschema.engine;
