package nl.stedenband.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import nl.stedenband.base.database.LongStatements;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The data of a large office, shared by the benchmarks: 300,000 contacts (property
 * {@code benchmark.contacts}) in 3,000 organizations, seeded once per run with multi-row inserts
 * (the test database is emptied when the suite's context starts, so benchmarks of one run share it).
 */
final class BenchmarkData {

    static final int CONTACTS = Integer.getInteger("benchmark.contacts", 300_000);
    static final int ORGANIZATIONS = 3_000;

    private static double seedSeconds = -1;

    private BenchmarkData() {}

    /** Seeds unless the contacts are there already; returns the seconds it took (0 when already seeded). */
    static synchronized double ensureSeeded(DataSource dataSource) {
        if (seedSeconds >= 0) {
            return 0;
        }
        long start = System.nanoTime();
        seed(new JdbcTemplate(LongStatements.of(dataSource)));
        seedSeconds = (System.nanoTime() - start) / 1e9;
        return seedSeconds;
    }

    /** The ids of the seeded contacts, first and last (they are consecutive). */
    static long[] contactIdRange(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT MIN(id), MAX(id) FROM contact WHERE created_by = 'benchmark'", (rs, row) ->
                new long[] {rs.getLong(1), rs.getLong(2)});
    }

    private static void seed(JdbcTemplate jdbc) {
        Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM contact WHERE created_by = 'benchmark'", Long.class);
        if (existing != null && existing >= CONTACTS) {
            return;
        }
        Long cityId = jdbc.queryForObject("SELECT MIN(id) FROM city", Long.class);
        // contacts spread over every city and user, as the list sorted by city or owner meets them
        List<Long> cityIds = jdbc.queryForList("SELECT id FROM city ORDER BY id", Long.class);
        List<Long> ownerIds = jdbc.queryForList("SELECT id FROM app_user ORDER BY id", Long.class);
        String[] types = {"COMPANY", "STARTUP", "UNIVERSITY", "SCHOOL", "GOVERNMENT", "INNOVATION_HUB", "ASSOCIATION"};
        Random random = new Random(300_000);
        List<Object[]> orgs = new ArrayList<>();
        for (int i = 0; i < ORGANIZATIONS; i++) {
            orgs.add(new Object[] {"Bench Organization " + i, types[i % types.length], cityId});
        }
        jdbc.batchUpdate(
                "INSERT INTO organization (name, type, city_id, created_at, modified_at, created_by)"
                        + " VALUES (?, ?, ?, NOW(6), NOW(6), 'benchmark')",
                orgs);
        Long firstOrg =
                jdbc.queryForObject("SELECT MIN(id) FROM organization WHERE created_by = 'benchmark'", Long.class);
        String[] first = {
            "Anne", "Bram", "Daan", "Eva", "Wei", "Fang", "Ashley", "Brian", "Jing", "Koen", "Lotte", "Ryan"
        };
        String[] last = {
            "Bakker",
            "Jansen",
            "de Vries",
            "Visser",
            "Wang",
            "Li",
            "Smith",
            "Garcia",
            "Kuipers",
            "Nijhuis",
            "Zhang",
            "Johnson",
            "Meijer",
            "Mulder",
            "Chen",
            "Brooks"
        };
        String[] titles = {"Policy advisor", "Founder", "CEO", "Researcher", "Account manager", null};
        int batch = 1_000;
        for (int start = 0; start < CONTACTS; start += batch) {
            StringBuilder sql = new StringBuilder("INSERT INTO contact (first_name, last_name, job_title, email, phone,"
                    + " organization_id, city_id, owner_id, created_at, modified_at, created_by) VALUES ");
            List<Object> args = new ArrayList<>();
            for (int i = start; i < Math.min(CONTACTS, start + batch); i++) {
                if (i > start) {
                    sql.append(',');
                }
                sql.append("(?, ?, ?, ?, ?, ?, ?, ?, NOW(6), NOW(6), 'benchmark')");
                String f = first[random.nextInt(first.length)];
                String l = last[random.nextInt(last.length)] + " " + (i % 997);
                args.add(f);
                args.add(l);
                args.add(titles[random.nextInt(titles.length)]);
                args.add((f + "." + i + "@bench.example").toLowerCase());
                args.add("+31 53 " + (4_000_000 + i));
                args.add(firstOrg + random.nextInt(ORGANIZATIONS));
                args.add(cityIds.get(random.nextInt(cityIds.size())));
                args.add(ownerIds.get(random.nextInt(ownerIds.size())));
            }
            jdbc.update(sql.toString(), args.toArray());
        }
        jdbc.execute("ANALYZE TABLE contact, organization");
    }
}
