package nl.stedenband.city;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CityRepository extends JpaRepository<City, Long> {

    /** Home city first, then partners by name: the order of the clocks in the city hall. */
    List<City> findAllByOrderByHomeDescNameAsc();

    @Query("select c.name from City c")
    List<String> findAllNames();

    Optional<City> findByHomeTrue();

    /** A grid page without the count Spring Data adds to a Page: the grid asks for the count once. */
    Slice<City> findAllBy(Pageable page);

    boolean existsByNameIgnoreCaseAndCountryCodeAndIdNot(String name, String countryCode, Long id);

    boolean existsByNameIgnoreCaseAndCountryCode(String name, String countryCode);
}
