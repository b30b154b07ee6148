package nl.stedenband.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Figures of a benchmark: printed as a table and written under target/benchmarks/. */
public final class BenchmarkReport {

    private final String title;
    private final List<String> lines = new ArrayList<>();

    public BenchmarkReport(String title) {
        this.title = title;
    }

    /** Runs {@code work} {@code warmup + runs} times and returns the times of the measured runs, in ms, sorted. */
    public static double[] time(int warmup, int runs, Supplier<?> work) {
        for (int i = 0; i < warmup; i++) {
            var unused = work.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            var unused = work.get();
            ms[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(ms);
        return ms;
    }

    public static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    public void line(String format, Object... args) {
        lines.add(String.format(Locale.ROOT, format, args));
    }

    public String write(String fileName) {
        StringBuilder sb = new StringBuilder();
        sb.append("== ").append(title).append(" ==\n");
        lines.forEach(l -> sb.append(l).append('\n'));
        String text = sb.toString();
        System.out.println();
        System.out.print(text);
        try {
            Path dir = Files.createDirectories(Path.of("target", "benchmarks"));
            Files.writeString(dir.resolve(fileName), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text;
    }
}
