package io.dfschema.jdbc;

import io.dfschema.metadata.catalog.ContractCache;
import io.dfschema.metadata.catalog.HardeningProfile;
import io.dfschema.metadata.contract.Contract;
import io.dfschema.metadata.contract.ContractException;
import io.dfschema.metadata.contract.ContractParser;
import io.dfschema.metadata.contract.DatasetSpec;
import io.dfschema.metadata.contract.ForeignKeySpec;
import io.dfschema.metadata.contract.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
            contract = open(target, config);
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
        settings.putAll(SessionLimits.settings(config, contract));
        String engine = config.value(ConnectionProperty.ENGINE).trim();
        if (!engine.isEmpty()) {
            settings.put(ENGINE_SETTING, engine);
        }
        return new CatalogTarget(contract, profile, settings);
    }

    /**
     * {@code <path>} opens a contract file or folder as it declares itself; {@code repo://<folder>} mounts a
     * folder of contract files as one schema named after the folder; {@code dataset://name[@version]} opens
     * just that dataset of the contracts in the {@code registry} property's folder.
     */
    private static Contract open(String target, ConnectionConfig config) throws SQLException {
        if (target.startsWith(REPO)) {
            Path folder = PropertyPath.of(target.substring(REPO.length()), "repo");
            if (!Files.isDirectory(folder)) {
                throw SqlErrors.of("08001", "repo '" + folder + "' is not a folder of " + ContractParser.FILE_SUFFIX + " files");
            }
            Contract parsed = parse(folder.toString());
            String schema = schemaName(folder);
            return ContractCache.derive(parsed, "repo://" + schema, () -> asSchema(parsed, schema));
        }
        if (target.startsWith(DATASET)) {
            String registry = config.value(ConnectionProperty.REGISTRY);
            if (registry.isEmpty()) {
                throw SqlErrors.of("08001", "'" + target + "' needs the connection property 'registry': the folder of "
                        + "contract files to take the dataset from");
            }
            Contract parsed = parse(registry);
            String ref = target.substring(DATASET.length());
            return ContractCache.<SQLException>derive(parsed, "dataset://" + ref, () -> oneDataset(parsed, ref));
        }
        return parse(target);
    }

    /** Where the native session runs its queries (native/src/session.rs). */
    static final String ENGINE_SETTING = "dfschema.engine";

    private static final String REPO = "repo://";
    private static final String DATASET = "dataset://";

    static String schemaName(Path folder) {
        String name = folder.toAbsolutePath().normalize().getFileName().toString().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]", "_");
        return name.isEmpty() || Character.isDigit(name.charAt(0)) ? "repo_" + name : name;
    }

    private static Contract asSchema(Contract c, String schema) {
        List<DatasetSpec> moved = new ArrayList<>();
        for (DatasetSpec d : c.datasets()) {
            var b = d.toBuilder().schema(schema);
            List<ForeignKeySpec> fks = new ArrayList<>();
            for (var fk : d.foreignKeys()) {
                String ref = fk.referencedSchemaOr(d.schema());
                fks.add(new ForeignKeySpec(fk.name(), fk.columns(),
                        ref.equals(d.schema()) ? schema : ref, fk.referencedDataset(), fk.referencedColumns()));
            }
            moved.add(b.foreignKeys(fks).build());
        }
        return new Contract(c.formatVersion(), c.catalog(), schema, c.profile(), c.evolution(), moved, c.source());
    }

    private static Contract oneDataset(Contract c, String ref) throws SQLException {
        int at = ref.lastIndexOf('@');
        String name = at < 0 ? ref : ref.substring(0, at);
        Integer version = null;
        if (at >= 0) {
            try {
                version = Integer.parseInt(ref.substring(at + 1));
            } catch (NumberFormatException e) {
                throw SqlErrors.of("08001", "dataset version in '" + ref + "' must be a number");
            }
        }
        List<DatasetSpec> found = c.datasets().stream()
                .filter(d -> d.name().equals(name)).toList();
        if (found.isEmpty()) {
            throw SqlErrors.of("08001", "no dataset '" + name + "' in registry '" + c.source() + "'; it has "
                    + c.datasets().stream().map(d -> d.name()).toList());
        }
        Integer v = version;
        var match = found.stream().filter(d -> v == null || d.version() == v).findFirst();
        if (match.isEmpty()) {
            throw SqlErrors.of("08001", "dataset '" + name + "' has no version " + version + " in registry '"
                    + c.source() + "'; it has version " + found.stream().map(d -> d.version()).toList());
        }
        var d = match.get();
        var plain = d.toBuilder().foreignKeys(List.of()).build();
        return new Contract(c.formatVersion(), c.catalog(), c.defaultSchema(), c.profile(), c.evolution(),
                List.of(plain), c.source());
    }

    private static Contract parse(String target) throws SQLException {
        Path path = PropertyPath.of(target.startsWith("file:") ? target.substring("file:".length()) : target,
                "contract catalog");
        if (!Files.exists(path)) {
            throw SqlErrors.of("08001", "contract catalog '" + target + "' does not exist; give a *"
                    + ContractParser.FILE_SUFFIX + " file or a folder of them, or use jdbc:dfschema:mem:");
        }
        try {
            return ContractCache.parse(path);
        } catch (ContractException e) {
            throw SqlErrors.of("42000", "contract catalog '" + target + "' has " + e.problems().size()
                    + (e.problems().size() == 1 ? " problem" : " problems") + ":\n" + e.getMessage());
        }
    }
}
