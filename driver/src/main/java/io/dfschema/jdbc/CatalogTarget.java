package io.dfschema.jdbc;

import io.dfschema.metadata.catalog.HardeningProfile;
import io.dfschema.metadata.contract.Contract;
import io.dfschema.metadata.contract.ContractException;
import io.dfschema.metadata.contract.ContractParser;
import io.dfschema.metadata.contract.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a connection URL opens: nothing (an in-memory session) or a contract catalog, a
 * {@code *.dfschema.yaml} file or a folder of them; and the hardening profile and session settings that
 * follow from it and the connection's properties. Precedence, lowest first: the profile's preset, the
 * one-by-one override properties ({@code timezone}, {@code view_types}, ...), explicit {@code datafusion.*}
 * properties.
 *
 * @param contract the contract, or null for an in-memory session
 * @param profile  the effective hardening profile
 * @param settings the DataFusion settings the session opens with
 */
record CatalogTarget(Contract contract, HardeningProfile profile, Map<String, String> settings) {

    static CatalogTarget resolve(ConnectionConfig config) throws SQLException {
        Contract contract = null;
        String target = config.url().target();
        if (target != null) {
            contract = parse(target);
        }
        Profile preset = Profile.DEFAULT;
        String asked = config.value(ConnectionProperty.PROFILE);
        if (!asked.isEmpty()) {
            preset = Profile.fromYamlName(asked).orElseThrow();
        } else if (contract != null) {
            preset = contract.profile();
        }
        Map<String, String> overrides = new LinkedHashMap<>();
        for (HardeningProfile.Override o : HardeningProfile.Override.values()) {
            ConnectionProperty p = ConnectionProperty.byKey(o.property());
            overrides.put(o.property(), config.value(p));
        }
        HardeningProfile profile;
        try {
            profile = HardeningProfile.of(preset).withOverrides(overrides);
        } catch (IllegalArgumentException e) {
            throw SqlErrors.of(SqlErrors.INVALID_CONNECTION_ATTRIBUTE, e.getMessage());
        }
        Map<String, String> settings = new LinkedHashMap<>(profile.settings());
        if (contract != null) {
            settings.put("datafusion.catalog.default_catalog", contract.catalog());
            settings.put("datafusion.catalog.default_schema", contract.defaultSchema());
        }
        settings.putAll(config.engineSettings());
        return new CatalogTarget(contract, profile, settings);
    }

    private static Contract parse(String target) throws SQLException {
        Path path = Path.of(target.startsWith("file:") ? target.substring("file:".length()) : target);
        if (!Files.exists(path)) {
            throw SqlErrors.of("08001", "contract catalog '" + target + "' does not exist; give a *"
                    + ContractParser.FILE_SUFFIX + " file or a folder of them, or use jdbc:dfschema:mem:");
        }
        try {
            return ContractParser.parse(path);
        } catch (ContractException e) {
            throw SqlErrors.of("42000", "contract catalog '" + target + "' has " + e.problems().size()
                    + (e.problems().size() == 1 ? " problem" : " problems") + ":\n" + e.getMessage());
        }
    }
}
