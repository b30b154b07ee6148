package nl.stedenband.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import nl.stedenband.StedenbandTest;
import nl.stedenband.imports.ImportCheck;
import nl.stedenband.imports.ImportMode;
import nl.stedenband.imports.ImportPlan;
import nl.stedenband.imports.ImportProgress;
import nl.stedenband.imports.ImportResult;
import nl.stedenband.imports.ImportService;
import nl.stedenband.security.Role;
import nl.stedenband.security.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The CSV import at the size of a large CRM export: 100,000 contacts in 2,000 organizations, as
 * Dutch Excel writes them (semicolons, Windows-1252). Prints the time of the check alone and of
 * the whole import (check, organizations, contacts and their audit rows), rows per second, and the
 * heap used: sampled every 10 ms during the import (peak above the level before), and what stays
 * after it (after a full collection).
 */
@StedenbandTest
class ImportBenchmark {

    static final int ROWS = Integer.getInteger("benchmark.import.rows", 100_000);
    static final int ORGANIZATIONS = 2_000;

    @Autowired
    ImportService imports;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void import100000Contacts() throws Exception {
        Path file = generate();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long contactsBefore = count("contact");
        long auditBefore = count("contact_aud");

        ImportPlan suggested =
                RunAs.role(Role.OFFICER, () -> imports.preview(file).plan());
        long checkStart = System.nanoTime();
        ImportCheck check = RunAs.role(Role.OFFICER, () -> imports.check(file, suggested, null));
        double checkSeconds = (System.nanoTime() - checkStart) / 1e9;
        // the officer approves every new organization the check lists, as "Approve all" does
        ImportPlan approved = suggested;
        for (ImportCheck.NewOrganization n : check.newOrganizations()) {
            approved = approved.withOrganization(n.key(), ImportPlan.CREATE);
        }
        ImportPlan plan = approved;

        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        ImportProgress progress = new ImportProgress();
        long start = System.nanoTime();
        ImportResult result =
                RunAs.role(Role.OFFICER, () -> imports.importRows(file, plan, ImportMode.VALID_ROWS, progress));
        double seconds = (System.nanoTime() - start) / 1e9;
        running.set(false);
        sampler.join();
        System.gc();
        long retained = memory.getHeapMemoryUsage().getUsed() - baseline;

        BenchmarkReport report = new BenchmarkReport("CSV import, " + String.format("%,d", ROWS) + " contacts");
        report.line(
                "file: %,d rows, %.1f MB, semicolons, Windows-1252, %,d new organizations",
                ROWS, Files.size(file) / 1e6, ORGANIZATIONS);
        report.line("%-46s %10.1f s %12.0f rows/s", "check only (first pass)", checkSeconds, ROWS / checkSeconds);
        report.line(
                "%-46s %10.1f s %12.0f rows/s",
                "import (check + write + audit, one transaction)", seconds, ROWS / seconds);
        report.line(
                "created: %,d contacts, %,d organizations, %,d contact audit rows; skipped %,d rows",
                result.contactsCreated(),
                result.organizationsCreated(),
                count("contact_aud") - auditBefore,
                result.rowsSkipped());
        report.line(
                "heap before: %,.1f MB; peak sampled during import: +%,.1f MB; retained after: %+,.1f MB",
                baseline / 1e6, (peak.get() - baseline) / 1e6, retained / 1e6);
        report.line("max heap of this JVM: %,.0f MB", Runtime.getRuntime().maxMemory() / 1e6);
        report.write("import.txt");

        assertThat(check.newOrganizations())
                .as("every new organization listed for approval")
                .hasSize(ORGANIZATIONS);
        assertThat(result.check().validRows()).isEqualTo(ROWS);
        assertThat(result.contactsCreated()).isEqualTo(ROWS);
        assertThat(count("contact") - contactsBefore).isEqualTo(ROWS);
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private static Path generate() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "benchmarks"));
        Path file = dir.resolve("import-" + ROWS + ".csv");
        String run = Long.toString(System.currentTimeMillis(), 36);
        String[] first = {
            "Anne", "Bram", "Daan", "Eva", "Wei", "Fang", "Ashley", "Brian", "Jing", "Koen", "Lotte", "Ryan", "José",
            "Zoë"
        };
        String[] last = {
            "Bakker", "Jansen", "de Vries", "Visser", "Wang", "Li", "Smith", "García", "Kuipers", "Nijhuis", "Müller"
        };
        String[] cities = {"Enschede", "Dalian", "Palo Alto"};
        String[] titles = {"Directeur", "Beleidsadviseur", "Founder", "CTO", "Projectleider", ""};
        try (BufferedWriter out = Files.newBufferedWriter(file, java.nio.charset.Charset.forName("windows-1252"))) {
            out.write("Voornaam;Achternaam;E-mail;Telefoon;Functie;Organisatie;Soort;Plaats;Opmerkingen\r\n");
            for (int i = 0; i < ROWS; i++) {
                out.write(first[i % first.length] + ";" + last[(i / 7) % last.length] + " " + (i % 991) + ";"
                        + "bench." + run + "." + i + "@import.example;+31 53 " + (4000000 + i) + ";"
                        + titles[i % titles.length] + ";"
                        + "Benchmark Import " + run + " " + (i % ORGANIZATIONS) + ";"
                        + (i % 2 == 0 ? "bedrijf" : "startup") + ";"
                        + cities[(i % ORGANIZATIONS) % cities.length] + ";"
                        + (i % 10 == 0 ? "\"Imported; row " + i + "\"" : "") + "\r\n");
            }
        }
        return file;
    }
}
