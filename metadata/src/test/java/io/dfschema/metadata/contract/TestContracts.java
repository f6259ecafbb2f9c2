package io.dfschema.metadata.contract;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

/** Locations of the test contracts under src/test/resources/contracts. */
final class TestContracts {
    private TestContracts() {
    }

    static Path resource(String relative) {
        URL url = TestContracts.class.getResource("/contracts/" + relative);
        if (url == null) {
            throw new IllegalStateException("missing test resource contracts/" + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path example() {
        return resource("example/catalog.dfschema.yaml");
    }

    /** Problems of a contract text that must not parse, one formatted line each. */
    static List<String> problems(String yaml) {
        try {
            ContractParser.parse(yaml, Path.of("bad.dfschema.yaml"));
        } catch (ContractException e) {
            return e.lines();
        }
        throw new AssertionError("expected the contract to be rejected:\n" + yaml);
    }
}
