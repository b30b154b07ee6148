package nl.stedenband.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import javax.sql.DataSource;
import nl.stedenband.StedenbandTest;
import nl.stedenband.city.City;
import nl.stedenband.city.CityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.test.context.support.WithMockUser;

/** What every business record gets from {@link AuditedEntity}, on the real database. */
@StedenbandTest
class PersistenceTest {

    @Autowired
    CityService cities;

    @Autowired
    DataSource dataSource;

    @Test
    void theSuiteRunsOnMariaDb() {
        String version = new JdbcTemplate(dataSource).queryForObject("SELECT VERSION()", String.class);
        assertThat(version).contains("MariaDB");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aSavedRecordNamesWhoCreatedAndChangedItAndWhen() {
        City saved = cities.save(new City("Auditville", "NL", ZoneId.of("Europe/Amsterdam"), false));
        try {
            assertThat(saved.getCreatedBy()).isEqualTo("admin");
            assertThat(saved.getModifiedBy()).isEqualTo("admin");
            assertThat(saved.getCreatedAt()).isNotNull();
            assertThat(saved.getModifiedAt()).isNotNull();
            assertThat(saved.getVersion()).isZero();
        } finally {
            // a city is reference data every other test (the schedule, the header clocks) sees
            cities.delete(saved.id());
        }
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aStaleSaveIsRefusedInsteadOfOverwritingSomeoneElsesChange() {
        City original = cities.save(new City("Lockington", "NL", ZoneId.of("Europe/Amsterdam"), false));
        try {
            assertStaleSaveRefused(original);
        } finally {
            cities.delete(original.id());
        }
    }

    private void assertStaleSaveRefused(City original) {
        City mine = cities.listCities().stream()
                .filter(original::equals)
                .findFirst()
                .orElseThrow();
        City theirs = cities.listCities().stream()
                .filter(original::equals)
                .findFirst()
                .orElseThrow();

        theirs.setPartnerSince(1999);
        City theirsSaved = cities.save(theirs);
        mine.setPartnerSince(2001);

        assertThatThrownBy(() -> cities.save(mine)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(theirsSaved.getVersion()).isEqualTo(1);
        City stored = cities.listCities().stream()
                .filter(original::equals)
                .findFirst()
                .orElseThrow();
        assertThat(stored.getPartnerSince()).isEqualTo(1999);
    }
}
