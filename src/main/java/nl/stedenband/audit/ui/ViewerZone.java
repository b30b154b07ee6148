package nl.stedenband.audit.ui;

import java.time.ZoneId;
import nl.stedenband.city.City;
import nl.stedenband.city.CityService;
import nl.stedenband.security.AppUser;
import nl.stedenband.security.UserService;
import org.springframework.stereotype.Component;

/** The zone in which the signed-in user reads times: their own, else the home city's (as in the shell). */
@Component
class ViewerZone {

    private final UserService users;
    private final CityService cities;

    ViewerZone(UserService users, CityService cities) {
        this.users = users;
        this.cities = cities;
    }

    ZoneId get() {
        return users.currentUser()
                .map(AppUser::getTimeZone)
                .map(ZoneId::of)
                .orElseGet(() -> cities.homeCity().map(City::zone).orElse(ZoneId.of("UTC")));
    }
}
