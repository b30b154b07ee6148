package nl.stedenband.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.ZoneId;
import nl.stedenband.Refusals;
import nl.stedenband.StedenbandTest;
import nl.stedenband.base.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

@StedenbandTest
class CityServiceTest {

    @Autowired
    CityService cities;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithMockUser(roles = "VIEWER")
    void everyoneSeesTheHomeCityFirstThenThePartners() {
        assertThat(cities.listCities())
                .extracting(City::getName)
                .startsWith("Enschede")
                .contains("Dalian", "Palo Alto");
        assertThat(cities.homeCity()).map(City::zone).contains(ZoneId.of("Europe/Amsterdam"));
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void theDemoCitiesCarryTheirRealTimeZones() {
        assertThat(cities.listCities())
                .extracting(City::getName, City::getZoneId)
                .contains(tuple("Dalian", "Asia/Shanghai"), tuple("Palo Alto", "America/Los_Angeles"));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anUnknownTimeZoneIsRefused() {
        City city = new City("Atlantis", "GR", ZoneId.of("UTC"), false);
        city.setZoneId("Atlantis/Sunken");

        assertThatThrownBy(() -> cities.save(city))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(Refusals::english)
                .asString()
                .contains("Atlantis/Sunken");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void thereIsExactlyOneHomeCity() {
        assertThatThrownBy(() -> cities.save(new City("Hengelo", "NL", ZoneId.of("Europe/Amsterdam"), true)))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(Refusals::english)
                .asString()
                .contains("Enschede is already the home city");
    }

    @Test
    void theDatabaseItselfRefusesASecondHomeCity() {
        assertThatThrownBy(() ->
                        jdbc.update("INSERT INTO city (name, country_code, zone_id, home, created_at, modified_at)"
                                + " VALUES ('Almelo', 'NL', 'Europe/Amsterdam', TRUE, NOW(6), NOW(6))"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    @WithMockUser(roles = {"OFFICER", "COORDINATOR", "VIEWER"})
    void onlyAnAdministratorMaintainsCities() {
        assertThatThrownBy(() -> cities.save(new City("Borne", "NL", ZoneId.of("Europe/Amsterdam"), false)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nothingIsReadWithoutSigningIn() {
        assertThatThrownBy(() -> cities.listCities()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
