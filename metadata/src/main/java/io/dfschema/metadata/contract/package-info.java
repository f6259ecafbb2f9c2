/**
 * Schema contracts: the model and file format of contract catalogs ({@code *.dfschema.yaml}).
 *
 * <p>This package owns
 * <ul>
 *   <li>the immutable model a contract catalog declares ({@link io.dfschema.metadata.contract.Contract},
 *       {@link io.dfschema.metadata.contract.DatasetSpec} and the records it is made of), each with a
 *       builder so that code can declare the same model a file does;</li>
 *   <li>the column type notation ({@link io.dfschema.metadata.contract.TypeSpec}): DataFusion SQL type
 *       names, or Arrow type names where SQL cannot say what is meant;</li>
 *   <li>reading catalogs ({@link io.dfschema.metadata.contract.ContractParser}), which checks everything
 *       and reports every problem with file, line and key at once, or returns nothing;</li>
 *   <li>writing them back ({@link io.dfschema.metadata.contract.ContractWriter}) and the dataset
 *       fingerprint ({@link io.dfschema.metadata.contract.Fingerprint}).</li>
 * </ul>
 *
 * <p>It does not touch the engine: registering datasets, profiles and views is done by the layers that
 * consume this model. docs/contract-format.md is the readable form of the format.
 */
package io.dfschema.metadata.contract;
