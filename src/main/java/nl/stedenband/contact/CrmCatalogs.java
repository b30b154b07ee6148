package nl.stedenband.contact;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.stedenband.base.Phrase;
import nl.stedenband.base.RecordCatalog;
import nl.stedenband.base.RecordLink;
import nl.stedenband.base.SearchText;
import nl.stedenband.base.Term;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;

/** Organizations and contacts for links and the global search: everyone signed in reads them. */
@Configuration(proxyBeanMethods = false)
class CrmCatalogs {

    @PersistenceContext
    private EntityManager em;

    @Bean
    RecordCatalog organizationCatalog(OrganizationRepository organizations) {
        return new RecordCatalog() {
            @Override
            public String type() {
                return OrganizationService.SUBJECT_TYPE;
            }

            @Override
            public Optional<RecordLink> find(long id) {
                return organizations
                        .findWithDetails(id)
                        .map(o -> link(
                                o.id(),
                                o.getName(),
                                o.getType(),
                                o.getCity() == null ? null : o.getCity().getName()));
            }

            @Override
            public Map<Long, RecordLink> findAll(Collection<Long> ids) {
                return organizations.findAllWithCity(ids).stream()
                        .collect(Collectors.toMap(
                                Organization::getId,
                                o -> link(
                                        o.id(),
                                        o.getName(),
                                        o.getType(),
                                        o.getCity() == null ? null : o.getCity().getName())));
            }

            @Override
            public List<RecordLink> search(String text, int limit) {
                SearchText search = SearchText.of(text);
                if (search == null) {
                    return List.of();
                }
                @SuppressWarnings("unchecked")
                List<Object[]> rows = em.createNativeQuery("SELECT o.id, o.name, o.type, ci.name FROM organization o"
                                + " LEFT JOIN city ci ON ci.id = o.city_id WHERE "
                                + search.sqlCondition("o.name", "o.name") + " ORDER BY o.name, o.id")
                        .setParameter("search", search.sqlParameter())
                        .setMaxResults(limit)
                        .getResultList();
                return rows.stream()
                        .map(r -> link(
                                ((Number) r[0]).longValue(),
                                (String) r[1],
                                OrganizationType.valueOf((String) r[2]),
                                (String) r[3]))
                        .toList();
            }

            private RecordLink link(long id, String name, OrganizationType type, @Nullable String city) {
                List<Phrase> detail = city == null
                        ? List.of(Phrase.of(Term.keyOf(type)))
                        : List.of(Phrase.of(Term.keyOf(type)), Phrase.text(city));
                return new RecordLink(type(), id, Phrase.text(name), detail, "organizations/" + id);
            }
        };
    }

    @Bean
    RecordCatalog contactCatalog(ContactRepository contacts, CrmQueries queries) {
        return new RecordCatalog() {
            @Override
            public String type() {
                return ContactService.SUBJECT_TYPE;
            }

            @Override
            public Optional<RecordLink> find(long id) {
                return contacts.findWithDetails(id)
                        .map(c -> link(
                                c.id(),
                                c.name(),
                                c.getOrganization() == null
                                        ? null
                                        : c.getOrganization().getName(),
                                c.getJobTitle()));
            }

            @Override
            public Map<Long, RecordLink> findAll(Collection<Long> ids) {
                return contacts.findAllWithOrganization(ids).stream()
                        .collect(Collectors.toMap(
                                Contact::getId,
                                c -> link(
                                        c.id(),
                                        c.name(),
                                        c.getOrganization() == null
                                                ? null
                                                : c.getOrganization().getName(),
                                        c.getJobTitle())));
            }

            /** The contact list's own search: full-text over names, e-mail and organization, two statements. */
            @Override
            public List<RecordLink> search(String text, int limit) {
                ContactFilter filter = new ContactFilter(text, null, null, null, null, null);
                return queries.contacts(filter, 0, limit, Sort.by("name")).stream()
                        .map(c -> link(c.id(), c.name(), c.organizationName(), c.jobTitle()))
                        .toList();
            }

            private RecordLink link(long id, Phrase name, @Nullable String organization, @Nullable String jobTitle) {
                List<Phrase> detail = Stream.of(jobTitle, organization)
                        .filter(s -> s != null && !s.isBlank())
                        .map(Phrase::text)
                        .toList();
                return new RecordLink(type(), id, name, detail, "contacts/" + id);
            }
        };
    }
}
