package nl.stedenband;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module diagrams in {@code docs/modules} are generated from the code, so they cannot drift
 * from it: this test draws them again and fails when the committed ones differ. It then leaves the
 * new drawings in {@code docs/modules}, so that committing them is all it takes. The documenter lists
 * modules and relations in no fixed order, so two drawings compare by their lines, not their order.
 */
class ModuleDocumentationTest {

    static final Path COMMITTED = Path.of("docs", "modules");
    static final Path DRAWN = Path.of("target", "module-diagrams");

    @Test
    void committedModuleDiagramsAreTheOnesTheCodeDraws() throws IOException {
        ApplicationModules modules = ApplicationModules.of(Application.class);
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DRAWN.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();

        Map<String, String> drawn = diagramsIn(DRAWN);
        Map<String, String> committed = diagramsIn(COMMITTED);
        assertThat(drawn).as("diagrams drawn from the code").isNotEmpty();

        List<String> stale = new ArrayList<>();
        drawn.forEach((name, text) -> {
            if (!text.equals(committed.get(name))) {
                stale.add(name);
            }
        });
        committed.keySet().stream().filter(name -> !drawn.containsKey(name)).forEach(stale::add);
        if (!stale.isEmpty()) {
            redraw(committed.keySet());
        }
        assertThat(stale)
                .as("module diagrams out of date; docs/modules now holds the new ones: review and commit them")
                .isEmpty();
    }

    private static Map<String, String> diagramsIn(Path folder) throws IOException {
        Map<String, String> diagrams = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return diagrams;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                // the documenter lists modules and relations in no fixed order: compare the lines, not their order
                diagrams.put(
                        file.getFileName().toString(),
                        Files.readAllLines(file).stream()
                                .map(String::strip)
                                .filter(l -> !l.isEmpty())
                                .sorted()
                                .collect(Collectors.joining("\n")));
            }
        }
        return diagrams;
    }

    private static void redraw(Iterable<String> old) throws IOException {
        Files.createDirectories(COMMITTED);
        for (String name : old) {
            Files.deleteIfExists(COMMITTED.resolve(name));
        }
        try (Stream<Path> files = Files.list(DRAWN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Files.copy(file, COMMITTED.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
