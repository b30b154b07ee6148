package nl.stedenband.privacy;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Searches every text column of every table of the schema, business and audit ({@code _aud})
 * tables alike, so that a table added later is searched too: where does a person's name survive?
 */
public final class DatabaseTrace {

    private DatabaseTrace() {}

    /** Every text column that holds {@code text} somewhere, as "table.column". */
    public static List<String> columnsHolding(JdbcTemplate jdbc, String text) {
        List<Map<String, Object>> columns = jdbc.queryForList(
                "SELECT table_name AS t, column_name AS c FROM information_schema.columns"
                        + " WHERE table_schema = DATABASE() AND data_type IN ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext')");
        assertThat(columns)
                .as("the search covers the business and the audit tables")
                .anySatisfy(
                        c -> assertThat(requireNonNull(c.get("t")).toString()).isEqualToIgnoringCase("contact_aud"))
                .anySatisfy(
                        c -> assertThat(requireNonNull(c.get("t")).toString()).isEqualToIgnoringCase("contact"));
        List<String> holding = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String table = requireNonNull(column.get("t")).toString();
            String name = requireNonNull(column.get("c")).toString();
            Long hits = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM `" + table + "` WHERE `" + name + "` LIKE ?", Long.class, "%" + text + "%");
            if (hits != null && hits > 0) {
                holding.add(table + "." + name);
            }
        }
        return holding;
    }
}
