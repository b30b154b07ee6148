package nl.stedenband.city;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import nl.stedenband.base.BusinessRuleException;
import nl.stedenband.base.RecordNotFoundException;
import nl.stedenband.security.Access;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The cities of the network and their partnerships. Everyone signed in reads; administrators write. */
@Service
@PreAuthorize(Access.SIGNED_IN)
public class CityService {

    private final CityRepository cities;
    private final PartnershipRepository partnerships;

    CityService(CityRepository cities, PartnershipRepository partnerships) {
        this.cities = cities;
        this.partnerships = partnerships;
    }

    /** Home city first, then the partners by name. A network has a handful, not thousands. */
    @Transactional(readOnly = true)
    public List<City> listCities() {
        return cities.findAllByOrderByHomeDescNameAsc();
    }

    /** One page of cities for a grid, sorted in SQL. */
    @Transactional(readOnly = true)
    public List<City> listCities(int offset, int limit, Sort sort) {
        Sort order =
                sort.isSorted() ? sort.and(Sort.by("id")) : Sort.by(Sort.Order.desc("home"), Sort.Order.asc("name"));
        return cities.findAllBy(PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1), order))
                .getContent();
    }

    @Transactional(readOnly = true)
    public City getCity(long id) {
        return cities.findById(id).orElseThrow(() -> new RecordNotFoundException("city.record", id));
    }

    @Transactional(readOnly = true)
    public Optional<City> homeCity() {
        return cities.findByHomeTrue();
    }

    @Transactional
    @PreAuthorize(Access.ADMIN)
    public City save(City city) {
        try {
            ZoneId.of(city.getZoneId());
        } catch (DateTimeException e) {
            throw new BusinessRuleException("city.error.zone", city.getZoneId());
        }
        if (!city.getWorkStart().isBefore(city.getWorkEnd())) {
            throw new BusinessRuleException("city.error.workingHours");
        }
        if (city.getShoulderStart().isAfter(city.getWorkStart())
                || city.getShoulderEnd().isBefore(city.getWorkEnd())) {
            throw new BusinessRuleException("city.error.shoulderHours");
        }
        if (city.getLateEnd().isBefore(city.getShoulderEnd())) {
            throw new BusinessRuleException("city.error.lateEvening");
        }
        boolean duplicate = city.isNew()
                ? cities.existsByNameIgnoreCaseAndCountryCode(city.getName(), city.getCountryCode())
                : cities.existsByNameIgnoreCaseAndCountryCodeAndIdNot(city.getName(), city.getCountryCode(), city.id());
        if (duplicate) {
            throw new BusinessRuleException("city.error.duplicate", city.getName(), city.getCountryCode());
        }
        if (city.isHome()) {
            cities.findByHomeTrue().filter(other -> !other.equals(city)).ifPresent(other -> {
                throw new BusinessRuleException("city.error.homeTaken", other.getName());
            });
        } else if (!city.isNew() && cities.findByHomeTrue().filter(city::equals).isPresent()) {
            throw new BusinessRuleException("city.error.homeNeeded");
        }
        return cities.saveAndFlush(city);
    }

    @Transactional
    @PreAuthorize(Access.ADMIN)
    public void delete(long id) {
        City city = getCity(id);
        if (city.isHome()) {
            throw new BusinessRuleException("city.error.deleteHome", city.getName());
        }
        long agreements = partnerships.countByCityId(id);
        if (agreements > 0) {
            throw new BusinessRuleException("city.error.deleteHasPartnerships", city.getName(), agreements);
        }
        try {
            cities.delete(city);
            cities.flush();
        } catch (DataIntegrityViolationException e) {
            throw new BusinessRuleException("city.error.deleteReferenced", city.getName());
        }
    }

    @Transactional(readOnly = true)
    public long countCities() {
        return cities.count();
    }

    @Transactional(readOnly = true)
    public List<Partnership> partnershipsOf(long cityId) {
        return partnerships.findByCityIdOrderBySignedOnAscIdAsc(cityId);
    }

    @Transactional
    @PreAuthorize(Access.ADMIN)
    public Partnership save(Partnership partnership) {
        return partnerships.saveAndFlush(partnership);
    }

    @Transactional
    @PreAuthorize(Access.ADMIN)
    public void deletePartnership(long id) {
        partnerships.deleteById(id);
    }
}
