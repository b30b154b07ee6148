package nl.stedenband.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.csv.CSVParser;

/**
 * Run in a JVM of its own ({@link HostileCorpusHeapTest}): writes each file of the hostile corpus,
 * reads it as the import's preview and check do (detection, the bounded parser over every row,
 * without the database), and prints one line per file — its size, what the import says about it,
 * the heap's peak while reading it, and the time taken. Its last line, "ALIVE", says the JVM came
 * through all of them.
 */
public final class HostileCorpusProbe {

    private HostileCorpusProbe() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        ImportLimits limits = ImportLimits.DEFAULTS;
        System.out.printf(Locale.ROOT, "%-36s %10s %-26s %9s %8s%n", "file", "bytes", "outcome", "peak MB", "ms");
        for (HostileCorpus.Entry entry : HostileCorpus.entries("Probe", limits)) {
            Path file = entry.writeTo(dir);
            long size = Files.size(file);
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            String outcome = read(file, limits);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed())
                    .sum();
            System.out.printf(
                    Locale.ROOT, "%-36s %10d %-26s %9.1f %8d%n", entry.name(), size, outcome, peak / 1048576.0, millis);
            Files.delete(file);
        }
        System.out.println("ALIVE");
    }

    /** What the import would say: the preview's problem, or else the first problem of reading every row, or "read N rows". */
    private static String read(Path file, ImportLimits limits) {
        ImportPreview preview = ImportService.read(file, limits);
        if (!preview.problems().isEmpty()) {
            return preview.problems().get(0).key();
        }
        long rows = 0;
        try (CSVParser parser = CsvFiles.parser(file, preview.layout(), null, limits)) {
            for (var record : parser) {
                rows += record.size() > 0 ? 1 : 0;
            }
        } catch (CsvLimitException e) {
            return e.problem().key();
        } catch (UncheckedIOException | IllegalStateException e) {
            return "import.error.quotes";
        } catch (IOException e) {
            return "import.error.unreadable";
        }
        return "read " + rows + " rows";
    }
}
