package nl.stedenband.exchange;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stedenband.base.PersonalDataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** A person's exchanges (mobilities) and the programmes they are a contact person of, for their export. */
@Component
class ExchangePersonalData implements PersonalDataSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public String section() {
        return "exchanges";
    }

    @Override
    public Object personalDataOf(long contactId) {
        List<Map<String, @Nullable Object>> mobilities = em
                .createQuery(
                        "select m from Mobility m join fetch m.programme p"
                                + " left join fetch m.host where m.person.id = :id order by m.periodStart, m.id",
                        Mobility.class)
                .setParameter("id", contactId)
                .getResultList()
                .stream()
                .map(m -> {
                    Map<String, @Nullable Object> row = new LinkedHashMap<>();
                    row.put(
                            "programme",
                            m.getProgramme() == null ? null : m.getProgramme().getName());
                    row.put(
                            "academicYear",
                            m.getProgramme() == null ? null : m.getProgramme().getAcademicYear());
                    row.put("direction", m.getDirection().name());
                    row.put("from", m.getPeriodStart().toString());
                    row.put("until", m.getPeriodEnd().toString());
                    row.put("host", m.getHost() == null ? null : m.getHost().getName());
                    row.put("status", m.getStatus().name());
                    row.put(
                            "retentionUntil",
                            m.getRetentionUntil() == null
                                    ? null
                                    : m.getRetentionUntil().toString());
                    return row;
                })
                .toList();
        List<Map<String, Object>> contactPersonOf = em
                .createQuery(
                        "select distinct p from ExchangeProgramme p"
                                + " join p.contactPersons c where c.id = :id order by p.academicYear, p.name",
                        ExchangeProgramme.class)
                .setParameter("id", contactId)
                .getResultList()
                .stream()
                .map(p -> Map.<String, Object>of("programme", p.getName(), "academicYear", p.getAcademicYear()))
                .toList();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("mobilities", mobilities);
        data.put("contactPersonOfProgrammes", contactPersonOf);
        return data;
    }
}
