package nl.stedenband.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus read in a JVM of 512 MB heap, as a small server would run: it prints the
 * heap's peak and the time per file (docs/reliability.md records a run) and asserts only that the
 * JVM came through every file and answered. Before the limits, one file of 10⁶ columns filled a
 * 1 GB heap.
 */
class HostileCorpusHeapTest {

    @TempDir
    Path dir;

    @Test
    void aJvmOf512MegabytesReadsTheWholeCorpusAndAnswers() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path output = dir.resolve("probe.txt");
        Path files = Files.createDirectory(dir.resolve("files"));
        Process probe = new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        HostileCorpusProbe.class.getName(),
                        files.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean finished = probe.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            probe.destroyForcibly();
        }
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        System.out.println("Hostile CSV corpus in a JVM with -Xmx512m:");
        lines.forEach(System.out::println);

        assertThat(finished).as("the probe finished").isTrue();
        assertThat(probe.exitValue()).isZero();
        assertThat(lines).as("no OutOfMemoryError").noneMatch(l -> l.contains("OutOfMemoryError"));
        assertThat(lines).last().isEqualTo("ALIVE");
        assertThat(lines)
                .as("a line per file")
                .filteredOn(l -> l.matches("\\S+\\.csv .*"))
                .hasSize(HostileCorpus.entries("Probe", ImportLimits.DEFAULTS).size());
    }
}
