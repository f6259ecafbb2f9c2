package io.dfschema.metadata.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfschema.metadata.contract.Profile;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HardeningProfileTest {

    @Test
    void strictPinsViewTypesOffAndViewTypesPinsThemOn() {
        HardeningProfile strict = HardeningProfile.of(Profile.STRICT);
        assertEquals("false", strict.settings().get(HardeningProfile.VIEW_TYPES_SQL));
        assertEquals("false", strict.settings().get(HardeningProfile.VIEW_TYPES_PARQUET));
        assertEquals("+00:00", strict.settings().get(HardeningProfile.TIME_ZONE));
        assertTrue(strict.strictChecks());
        HardeningProfile views = HardeningProfile.of(Profile.VIEW_TYPES);
        assertEquals("true", views.settings().get(HardeningProfile.VIEW_TYPES_SQL));
        assertEquals("true", views.settings().get(HardeningProfile.VIEW_TYPES_PARQUET));
    }

    @Test
    void defaultPinsNothing() {
        HardeningProfile p = HardeningProfile.of(Profile.DEFAULT);
        assertTrue(p.settings().isEmpty());
        assertFalse(p.strictChecks());
    }

    @Test
    void overridesReplaceSingleSettingsAndAreRemembered() {
        HardeningProfile p = HardeningProfile.of(Profile.STRICT)
                .withOverrides(Map.of("view_types", "TRUE", "timezone", "Europe/Berlin", "aggregate_schema_check", "false"));
        assertEquals("true", p.settings().get(HardeningProfile.VIEW_TYPES_SQL));
        assertEquals("true", p.settings().get(HardeningProfile.VIEW_TYPES_PARQUET));
        assertEquals("Europe/Berlin", p.settings().get(HardeningProfile.TIME_ZONE));
        assertEquals("true", p.settings().get(HardeningProfile.SKIP_AGGREGATE_CHECK));
        assertEquals("Europe/Berlin", p.overrides().get("timezone"));
        assertEquals("+00:00", HardeningProfile.of(Profile.STRICT).withOverrides(Map.of("timezone", " ")).settings()
                .get(HardeningProfile.TIME_ZONE));
    }

    @Test
    void badBooleanOverridesNameTheProperty() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HardeningProfile.of(Profile.DEFAULT).withOverrides(Map.of("show_schema", "yes")));
        assertTrue(e.getMessage().contains("show_schema") && e.getMessage().contains("yes"), e.getMessage());
    }

    @Test
    void typeSettingsFollowTheEffectiveValues() {
        assertFalse(HardeningProfile.typeSettings(Map.of(HardeningProfile.VIEW_TYPES_SQL, "false")).utf8View());
        assertTrue(HardeningProfile.typeSettings(Map.of()).utf8View());
        assertEquals("+00:00", HardeningProfile.typeSettings(Map.of(HardeningProfile.TIME_ZONE, "+00:00")).timeZone());
    }
}
