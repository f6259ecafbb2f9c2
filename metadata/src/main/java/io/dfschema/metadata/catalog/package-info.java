/**
 * Contracts at work in a session: registering contract datasets and their views, and recording what
 * happened.
 *
 * <p>This package owns
 * <ul>
 *   <li>hardening profiles ({@link io.dfschema.metadata.catalog.HardeningProfile}): the session settings
 *       a preset pins and the one-by-one overrides;</li>
 *   <li>where each scan policy key goes ({@link io.dfschema.metadata.catalog.ScanPlan});</li>
 *   <li>dataset handles ({@link io.dfschema.metadata.catalog.DatasetHandle}): a contract dataset's engine
 *       schema, DDL and fingerprint, ready to register;</li>
 *   <li>the registration of a whole contract and its checks
 *       ({@link io.dfschema.metadata.catalog.ContractSession}): views checked against their declared
 *       output ({@link io.dfschema.metadata.catalog.ViewCheck}), function signatures, the registry file of
 *       canonical schemas ({@link io.dfschema.metadata.catalog.Registry});</li>
 *   <li>prepared catalogs ({@link io.dfschema.metadata.catalog.PreparedCatalogs}): a contract's datasets
 *       registered once per JVM and mounted into each session at a cost that does not grow with their
 *       number;</li>
 *   <li>the {@code dfschema} diagnostics tables ({@link io.dfschema.metadata.catalog.DiagnosticTable},
 *       {@link io.dfschema.metadata.catalog.Diagnostics}).</li>
 * </ul>
 *
 * <p>Building tables from files, and the drift and partition checks when they are built, happen in the
 * engine (native/src/catalog.rs) so that they can be lazy. docs/contract-format.md describes the whole
 * sequence, docs/diagnostics.md the tables.
 */
package io.dfschema.metadata.catalog;
