package nl.stedenband.city;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The cities of the network. Everyone signed in reads them; administrators maintain them. */
@Service
@PreAuthorize("isAuthenticated()")
public class CityService {

    private final CityRepository cities;

    CityService(CityRepository cities) {
        this.cities = cities;
    }

    /** Home city first, then the partners by name. */
    @Transactional(readOnly = true)
    public List<City> listCities() {
        return cities.findAllByOrderByHomeDescNameAsc();
    }

    @Transactional(readOnly = true)
    public Optional<City> homeCity() {
        return cities.findByHomeTrue();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public City save(City city) {
        try {
            ZoneId.of(city.getZoneId());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + city.getZoneId() + "' is not a known time zone");
        }
        if (city.isHome()) {
            cities.findByHomeTrue()
                    .filter(other -> !other.equals(city))
                    .ifPresent(other -> {
                        throw new IllegalArgumentException(
                                other.getName() + " is already the home city; there is exactly one");
                    });
        }
        return cities.save(city);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public long countCities() {
        return cities.count();
    }
}
