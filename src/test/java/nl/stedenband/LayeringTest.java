package nl.stedenband;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Services, records and entities know nothing of the screens: they speak in bundle keys and
 * values, and only views (the {@code ui} packages and the shell) translate and format for a
 * screen (configuration that wires the web layer aside). Code outside them that reaches for Vaadin
 * or {@code base.ui} fails here: record catalogs hand out {@code Phrase}s that the screens say, and
 * the second factor's step is given the request by its screen rather than reading Vaadin's.
 */
class LayeringTest {

    /** The application class configures Vaadin's page shell itself. */
    private static final String APPLICATION = Application.class.getName();

    /** Configuration wires the web layer (Vaadin's security configurer): it is no service or record. */
    private static final String CONFIGURATION = "org.springframework.context.annotation.Configuration";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.stedenband");

    @Test
    void servicesRecordsAndEntitiesDependOnNoScreenCode() {
        assertThat(offenders())
                .as("non-UI classes that depend on Vaadin or base.ui")
                .isEmpty();
    }

    private static SortedSet<String> offenders() {
        SortedSet<String> offenders = new TreeSet<>();
        for (JavaClass c : CLASSES) {
            if (isScreen(c) || c.getName().equals(APPLICATION) || c.isAnnotatedWith(CONFIGURATION)) {
                continue;
            }
            boolean onScreens = c.getDirectDependenciesFromSelf().stream()
                    .map(d -> d.getTargetClass().getPackageName())
                    .anyMatch(p -> p.startsWith("com.vaadin") || p.equals("nl.stedenband.base.ui"));
            if (onScreens) {
                // a nested or anonymous class counts as its top-level class
                offenders.add(c.getName().replaceAll("\\$.*", ""));
            }
        }
        return offenders;
    }

    private static boolean isScreen(JavaClass c) {
        String p = c.getPackageName();
        return p.contains(".ui") && (p.endsWith(".ui") || p.contains(".ui.")) || p.startsWith("nl.stedenband.shell");
    }
}
