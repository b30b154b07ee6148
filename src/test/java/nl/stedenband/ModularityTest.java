package nl.stedenband;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Feature packages depend on each other without cycles and only through their public API. */
class ModularityTest {

    @Test
    void featureModulesAreAcyclicAndKeepTheirInternalsInternal() {
        ApplicationModules.of(Application.class).verify();
    }
}
