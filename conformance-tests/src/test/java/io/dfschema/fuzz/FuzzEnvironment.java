package io.dfschema.fuzz;

import io.dfschema.clients.CstCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What every worker shares, read once from the engine and the repository: the driver, the properties
 * it lists, the engine's settings, its functions, and the contract texts mutations start from.
 */
record FuzzEnvironment(FuzzSettings settings, Driver driver, List<DriverPropertyInfo> properties,
                       List<String> engineSettings, Routines routines, List<String> contractTexts) {

    static FuzzEnvironment load(FuzzSettings settings) throws SQLException, IOException {
        Driver driver = DriverManager.getDriver("jdbc:dfschema:");
        List<DriverPropertyInfo> props = List.of(driver.getPropertyInfo("jdbc:dfschema:", new Properties()));
        List<String> engine = new ArrayList<>();
        Routines routines;
        try (Connection c = driver.connect("jdbc:dfschema:", new Properties())) {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT name FROM information_schema.df_settings ORDER BY name")) {
                while (rs.next()) {
                    engine.add(rs.getString(1));
                }
            }
            routines = Routines.read(c);
        }
        List<String> texts = new ArrayList<>();
        texts.add(Files.readString(CstCatalog.sourceDirectory().resolve(CstCatalog.CONTRACT)));
        Path example = repositoryRoot().resolve("metadata/src/test/resources/contracts/example/catalog.dfschema.yaml");
        if (Files.isRegularFile(example)) {
            texts.add(Files.readString(example));
        }
        return new FuzzEnvironment(settings, driver, props, List.copyOf(engine), routines, List.copyOf(texts));
    }

    private static Path repositoryRoot() {
        String root = System.getProperty("dfschema.repo.root");
        return root != null ? Path.of(root) : Path.of("..");
    }
}
