package io.dfschema.metadata.catalog;

import io.dfschema.metadata.contract.Contract;

/**
 * A contract as a map key by identity. The per-JVM caches hand out the same contract object while its
 * files are unchanged, so identity is what tells "the same catalog" cheaply; a deep comparison of a large
 * contract would cost at every connect what the caches are there to save.
 */
record SameContract(Contract contract) {
    @Override
    public boolean equals(Object o) {
        return o instanceof SameContract other && other.contract == contract;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(contract);
    }
}
