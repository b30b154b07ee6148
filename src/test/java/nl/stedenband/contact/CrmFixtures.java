package nl.stedenband.contact;

import java.util.UUID;
import nl.stedenband.city.City;
import nl.stedenband.city.CityService;
import nl.stedenband.security.SystemAuthentication;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Records the tests make for themselves, with unique names, saved as the system administrator. */
@Component
public class CrmFixtures {

    private final OrganizationService organizations;
    private final ContactService contacts;
    private final CityService cities;

    CrmFixtures(OrganizationService organizations, ContactService contacts, CityService cities) {
        this.organizations = organizations;
        this.contacts = contacts;
        this.cities = cities;
    }

    public Organization organizationNamed(String name, OrganizationType type, String cityName) {
        return SystemAuthentication.call(() -> organizations.save(new Organization(name, type, city(cityName))));
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public City city(String name) {
        return SystemAuthentication.call(() -> cities.listCities().stream()
                .filter(c -> c.getName().equals(name))
                .findFirst()
                .orElseThrow());
    }

    public Organization organization(OrganizationType type, String cityName) {
        return SystemAuthentication.call(
                () -> organizations.save(new Organization(unique(type.label()), type, city(cityName))));
    }

    public Contact contact(Organization organization, String lastName, @Nullable String email) {
        Contact c = new Contact("Test", lastName);
        c.setOrganization(organization);
        c.setEmail(email);
        return SystemAuthentication.call(() -> contacts.save(c));
    }
}
