/**
 * A sqllogictest runner that executes DataFusion's .slt records through JDBC and compares what
 * a JDBC user sees with the expected results, following ../shared/conformance/SLT-FORMAT.md.
 */
package io.dfschema.slt;
