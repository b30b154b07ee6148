package nl.stedenband.city;

import java.util.Collection;
import nl.stedenband.security.PasswordWords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The names of the home city and its partners: no password may be made of them. */
@Component
class CityPasswordWords implements PasswordWords {

    private final CityRepository cities;

    CityPasswordWords(CityRepository cities) {
        this.cities = cities;
    }

    @Override
    @Transactional(readOnly = true)
    public Collection<String> passwordWords() {
        return cities.findAllNames();
    }
}
