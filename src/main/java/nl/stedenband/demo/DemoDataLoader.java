package nl.stedenband.demo;

import java.time.ZoneId;
import java.util.EnumSet;
import nl.stedenband.base.DatabaseMode;
import nl.stedenband.city.City;
import nl.stedenband.city.CityService;
import nl.stedenband.security.Role;
import nl.stedenband.security.SystemAuthentication;
import nl.stedenband.security.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data on the embedded database (a newcomer's first run), and on an external
 * database only when {@code stedenband.demo-data=true}: never into production by default. It
 * loads into empty tables only, so a second start changes nothing.
 */
@Component
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    /** The demo accounts; their passwords are in the README. */
    static final String PASSWORD_SUFFIX = "-enschede";

    private final CityService cities;
    private final UserService users;
    private final boolean enabled;

    DemoDataLoader(
            CityService cities,
            UserService users,
            Environment environment,
            @Value("${stedenband.demo-data:auto}") String demoData) {
        this.cities = cities;
        this.users = users;
        this.enabled = switch (demoData.trim().toLowerCase()) {
            case "true", "always", "yes" -> true;
            case "false", "never", "no" -> false;
            default -> DatabaseMode.of(environment) == DatabaseMode.EMBEDDED;
        };
    }

    boolean isEnabled() {
        return enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        SystemAuthentication.run(() -> {
            if (cities.countCities() == 0) {
                loadCities();
            }
            if (users.countUsers() == 0) {
                loadUsers();
            }
        });
    }

    private void loadCities() {
        City enschede = new City("Enschede", "NL", ZoneId.of("Europe/Amsterdam"), true);
        enschede.setHolidayRegion("NL");
        cities.save(enschede);

        City dalian = new City("Dalian", "CN", ZoneId.of("Asia/Shanghai"), false);
        dalian.setPartnerSince(2009);
        dalian.setHolidayRegion("CN");
        cities.save(dalian);

        City paloAlto = new City("Palo Alto", "US", ZoneId.of("America/Los_Angeles"), false);
        paloAlto.setPartnerSince(1980);
        paloAlto.setHolidayRegion("US-CA");
        cities.save(paloAlto);
        log.info("Demo data: cities Enschede, Dalian and Palo Alto");
    }

    private void loadUsers() {
        user("admin", "Mieke de Boer", Role.ADMIN);
        user("officer", "Sander Kuipers", Role.OFFICER);
        user("coordinator", "Fleur Hendriks", Role.COORDINATOR);
        user("viewer", "Joris Bakker", Role.VIEWER);
        log.info("Demo data: users admin, officer, coordinator and viewer (passwords in the README)");
    }

    private void user(String username, String displayName, Role role) {
        users.createUser(username, displayName, username + PASSWORD_SUFFIX, EnumSet.of(role));
    }
}
