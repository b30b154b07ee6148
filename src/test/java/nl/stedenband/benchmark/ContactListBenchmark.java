package nl.stedenband.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import nl.stedenband.StedenbandTest;
import nl.stedenband.base.RecordDirectory;
import nl.stedenband.base.database.LongStatements;
import nl.stedenband.contact.ContactCount;
import nl.stedenband.contact.ContactFilter;
import nl.stedenband.contact.ContactListItem;
import nl.stedenband.contact.ContactService;
import nl.stedenband.security.Role;
import nl.stedenband.security.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The contact list at the scale of a large office: 300,000 contacts in 3,000 organizations. Prints
 * p50/p95 of one grid page (50 rows) through the service, beside the bare SQL for the same page,
 * at several offsets (first page, 10,000, 100,000, the middle and the end), sorted by name, by
 * organization, by city and by owner, and with a text filter.
 */
@StedenbandTest
class ContactListBenchmark {

    static final int CONTACTS = BenchmarkData.CONTACTS;
    static final int PAGE = 50;
    static final int RUNS = 20;

    @Autowired
    ContactService contacts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RecordDirectory directory;

    @Test
    void contactListAtScale() {
        double seedSeconds = BenchmarkData.ensureSeeded(jdbc.getDataSource());
        long total = RunAs.role(Role.OFFICER, () -> contacts.count(ContactFilter.NONE));

        BenchmarkReport report = new BenchmarkReport("Contact list, " + String.format("%,d", total) + " contacts");
        if (seedSeconds > 0) {
            report.line("seeded %,d contacts in %.1f s", CONTACTS, seedSeconds);
        }
        report.line("%-44s %9s %9s %9s %9s", "grid page of 50", "app p50", "app p95", "SQL p50", "SQL p95");
        for (String sort : List.of("name", "organization", "city", "owner")) {
            for (long offset : new long[] {0, 10_000, 100_000, total / 2, Math.max(0, total - PAGE)}) {
                measure(
                        report,
                        "sorted by " + sort + ", offset " + String.format("%,d", offset),
                        () -> RunAs.role(
                                Role.OFFICER,
                                () -> contacts.list(ContactFilter.NONE, (int) offset, PAGE, Sort.by(sort))),
                        bareSql(sort, offset, null));
            }
        }
        ContactFilter text = new ContactFilter("bakker", null, null, null, null, null);
        measure(
                report,
                "text filter 'bakker', sorted by name",
                () -> RunAs.role(Role.OFFICER, () -> contacts.list(text, 0, PAGE, Sort.by("name"))),
                bareSql("name", 0, "+bakker*"));
        double[] count =
                BenchmarkReport.time(3, RUNS, () -> RunAs.role(Role.OFFICER, () -> contacts.count(ContactFilter.NONE)));
        report.line(
                "%-44s %9.1f %9.1f",
                "count, no filter", BenchmarkReport.percentile(count, 50), BenchmarkReport.percentile(count, 95));
        ContactFilter narrow = new ContactFilter("bakker 123", null, null, null, null, null);
        measure(
                report,
                "text filter 'bakker 123' (narrow), by name",
                () -> RunAs.role(Role.OFFICER, () -> contacts.list(narrow, 0, PAGE, Sort.by("name"))),
                bareSql("name", 0, "+bakker* +123*"));
        measure(
                report,
                "text filter 'bakker', offset 1,000",
                () -> RunAs.role(Role.OFFICER, () -> contacts.list(text, 1_000, PAGE, Sort.by("name"))),
                bareSql("name", 1_000, "+bakker*"));
        double[] countText = BenchmarkReport.time(3, RUNS, () -> RunAs.role(Role.OFFICER, () -> contacts.count(text)));
        report.line(
                "%-44s %9.1f %9.1f",
                "count, text filter (exact)",
                BenchmarkReport.percentile(countText, 50),
                BenchmarkReport.percentile(countText, 95));
        for (ContactFilter f : List.of(text, narrow)) {
            ContactCount shown = RunAs.role(Role.OFFICER, () -> contacts.countForList(f));
            double[] countShown =
                    BenchmarkReport.time(3, RUNS, () -> RunAs.role(Role.OFFICER, () -> contacts.countForList(f)));
            report.line(
                    "%-44s %9.1f %9.1f   shows %s%,d",
                    "count above the list, '" + f.text() + "'",
                    BenchmarkReport.percentile(countShown, 50),
                    BenchmarkReport.percentile(countShown, 95),
                    shown.more() ? "more than " : "",
                    shown.value());
        }
        for (String typed : List.of("bakker", "bench organization 12", "li")) {
            try {
                double[] search =
                        BenchmarkReport.time(3, RUNS, () -> RunAs.role(Role.OFFICER, () -> directory.search(typed, 5)));
                report.line(
                        "%-44s %9.1f %9.1f",
                        "global search '" + typed + "' (5 per kind)",
                        BenchmarkReport.percentile(search, 50),
                        BenchmarkReport.percentile(search, 95));
            } catch (RuntimeException e) {
                // a search that outlasts the pool's 5 s socket timeout is a figure too
                report.line(
                        "%-44s %s",
                        "global search '" + typed + "' (5 per kind)",
                        "failed: " + e.getClass().getSimpleName());
            }
        }
        // a change moves rows, so the first page after it reads the positions again (once, for everyone)
        long someId = BenchmarkData.contactIdRange(jdbc)[0];
        double[] afterChange = new double[5];
        for (int i = 0; i < afterChange.length; i++) {
            RunAs.role(Role.ADMIN, () -> {
                var c = contacts.get(someId);
                c.setJobTitle("Changed " + System.nanoTime());
                contacts.save(c);
            });
            long start = System.nanoTime();
            RunAs.role(Role.OFFICER, () -> contacts.list(ContactFilter.NONE, 100_000, PAGE, Sort.by("name")));
            afterChange[i] = (System.nanoTime() - start) / 1e6;
        }
        java.util.Arrays.sort(afterChange);
        report.line(
                "%-44s %9.1f %9.1f",
                "first page after a contact changed",
                BenchmarkReport.percentile(afterChange, 50),
                BenchmarkReport.percentile(afterChange, 95));
        for (String sort : List.of("city", "owner")) {
            double[] sortAfterChange = new double[5];
            for (int i = 0; i < sortAfterChange.length; i++) {
                RunAs.role(Role.ADMIN, () -> {
                    var c = contacts.get(someId);
                    c.setJobTitle("Changed " + System.nanoTime());
                    contacts.save(c);
                });
                long start = System.nanoTime();
                RunAs.role(
                        Role.OFFICER, () -> contacts.list(ContactFilter.NONE, (int) (total / 2), PAGE, Sort.by(sort)));
                sortAfterChange[i] = (System.nanoTime() - start) / 1e6;
            }
            java.util.Arrays.sort(sortAfterChange);
            report.line(
                    "%-44s %9.1f %9.1f",
                    "middle page by " + sort + " after a change",
                    BenchmarkReport.percentile(sortAfterChange, 50),
                    BenchmarkReport.percentile(sortAfterChange, 95));
        }
        report.line(
                "times in ms; app = ContactService (unfiltered: ids by seeking from the list's positions, then the rows;");
        report.line(
                "filtered: ids by OFFSET from the indexes, then the rows); SQL = the same page as one plain JDBC statement with OFFSET");
        report.write("contact-list.txt");

        assertThat(total).isGreaterThanOrEqualTo(CONTACTS);
    }

    private void measure(BenchmarkReport report, String label, Supplier<List<ContactListItem>> app, Supplier<?> sql) {
        double[] a = BenchmarkReport.time(3, RUNS, app);
        try {
            double[] s = BenchmarkReport.time(3, RUNS, sql);
            report.line(
                    "%-44s %9.1f %9.1f %9.1f %9.1f",
                    label,
                    BenchmarkReport.percentile(a, 50),
                    BenchmarkReport.percentile(a, 95),
                    BenchmarkReport.percentile(s, 50),
                    BenchmarkReport.percentile(s, 95));
        } catch (RuntimeException e) {
            // the old query for comparison may fail on a busy server; the app's figure still counts
            report.line(
                    "%-44s %9.1f %9.1f %19s",
                    label,
                    BenchmarkReport.percentile(a, 50),
                    BenchmarkReport.percentile(a, 95),
                    "failed: " + e.getClass().getSimpleName());
        }
    }

    /** The same page in one plain statement, for comparison. */
    private Supplier<?> bareSql(String sort, long offset, String like) {
        String order = switch (sort) {
            case "name" -> "c.last_name, c.first_name, c.id";
            case "organization" -> "o.name, c.organization_id, c.last_name, c.id";
            case "city" -> "ci.name, c.city_id, c.id";
            case "owner" -> "u.display_name, c.owner_id, c.id";
            default -> throw new IllegalArgumentException(sort);
        };
        String where = like == null
                ? ""
                : " WHERE MATCH(c.first_name, c.last_name, c.email) AGAINST (? IN BOOLEAN MODE)"
                        + " OR MATCH(o.name) AGAINST (? IN BOOLEAN MODE)";
        String sql =
                "SELECT c.id, c.first_name, c.last_name, c.job_title, c.email, c.phone, o.id, o.name, o.type, ci.name, u.display_name"
                        + " FROM contact c LEFT JOIN organization o ON o.id = c.organization_id LEFT JOIN city ci ON ci.id = c.city_id"
                        + " LEFT JOIN app_user u ON u.id = c.owner_id" + where + " ORDER BY " + order + " LIMIT " + PAGE
                        + " OFFSET " + offset;
        // the old deep pages may outlast the pool's 5 s socket timeout on a busy machine
        JdbcTemplate longJdbc = new JdbcTemplate(LongStatements.of(jdbc.getDataSource()));
        return like == null ? () -> longJdbc.queryForList(sql) : () -> longJdbc.queryForList(sql, like, like);
    }
}
