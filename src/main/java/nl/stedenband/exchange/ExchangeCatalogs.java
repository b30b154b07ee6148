package nl.stedenband.exchange;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.stedenband.base.Phrase;
import nl.stedenband.base.RecordCatalog;
import nl.stedenband.base.RecordLink;
import nl.stedenband.base.SearchText;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Programmes and mobilities for links and the global search: everyone signed in reads them. A
 * mobility is found through its person, who is a contact, so only programmes are searched here.
 */
@Configuration(proxyBeanMethods = false)
class ExchangeCatalogs {

    static final String MOBILITY_TYPE = "MOBILITY";

    @PersistenceContext
    private EntityManager em;

    @Bean
    RecordCatalog programmeCatalog(ExchangeProgrammeRepository programmes) {
        return new RecordCatalog() {
            @Override
            public String type() {
                return ExchangeService.SUBJECT_TYPE;
            }

            @Override
            public Optional<RecordLink> find(long id) {
                return programmes.findById(id).map(p -> link(p.id(), p.getName(), p.getAcademicYear()));
            }

            @Override
            public Map<Long, RecordLink> findAll(Collection<Long> ids) {
                return programmes.findAllById(ids).stream()
                        .collect(Collectors.toMap(
                                ExchangeProgramme::getId, p -> link(p.id(), p.getName(), p.getAcademicYear())));
            }

            @Override
            public List<RecordLink> search(String text, int limit) {
                SearchText search = SearchText.of(text);
                if (search == null) {
                    return List.of();
                }
                @SuppressWarnings("unchecked")
                List<Object[]> rows = em.createNativeQuery(
                                "SELECT p.id, p.name, p.academic_year FROM exchange_programme p"
                                        + " WHERE " + search.sqlCondition("p.name", "p.name")
                                        + " ORDER BY p.academic_year DESC, p.name, p.id")
                        .setParameter("search", search.sqlParameter())
                        .setMaxResults(limit)
                        .getResultList();
                return rows.stream()
                        .map(r -> link(((Number) r[0]).longValue(), (String) r[1], (String) r[2]))
                        .toList();
            }

            private RecordLink link(long id, String name, String year) {
                return new RecordLink(type(), id, Phrase.text(name), List.of(Phrase.text(year)), "exchanges/" + id);
            }
        };
    }

    @Bean
    RecordCatalog mobilityCatalog(MobilityRepository mobilities) {
        return new RecordCatalog() {
            @Override
            public String type() {
                return MOBILITY_TYPE;
            }

            @Override
            public Optional<RecordLink> find(long id) {
                return mobilities.findWithProgramme(id).map(m -> {
                    ExchangeProgramme p = m.getProgramme();
                    Phrase who = m.getPerson() == null || m.isAnonymised()
                            ? Phrase.of("exchange.record.anonymised")
                            : m.getPerson().name();
                    return new RecordLink(
                            type(),
                            id,
                            who,
                            List.of(
                                    Phrase.text(p.getName()),
                                    Phrase.of(m.getDirection().labelKey())),
                            "exchanges/" + p.getId());
                });
            }

            @Override
            public List<RecordLink> search(String text, int limit) {
                return List.of();
            }
        };
    }
}
