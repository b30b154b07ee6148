package nl.stedenband.browser;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two more partner cities beside Dalian and Palo Alto, so that the header's clock strip and the
 * city pickers carry five cities, as an office with more partnerships sees them.
 */
final class FivePartnerCities {

    private static final String[][] EXTRA_CITIES = {
        {"Narrowtown Nairobi", "KE", "Africa/Nairobi"}, {"Narrowtown São Paulo", "BR", "America/Sao_Paulo"}
    };

    private FivePartnerCities() {}

    static void add(JdbcTemplate jdbc) {
        for (String[] city : EXTRA_CITIES) {
            jdbc.update(
                    "INSERT INTO city (name, country_code, zone_id, created_at, modified_at) VALUES (?, ?, ?, NOW(6), NOW(6))",
                    (Object[]) city);
        }
    }

    static void remove(JdbcTemplate jdbc) {
        for (String[] city : EXTRA_CITIES) {
            jdbc.update("DELETE FROM city WHERE name = ? AND country_code = ?", city[0], city[1]);
        }
    }
}
