package nl.stedenband.mission;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.stedenband.base.PersonalDataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The trade missions a person took part in, for their personal-data export. */
@Component
class MissionPersonalData implements PersonalDataSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public String section() {
        return "missionParticipations";
    }

    @Override
    public Object personalDataOf(long contactId) {
        return em
                .createQuery(
                        "select p, m from MissionParticipant p join p.mission m join fetch m.destination"
                                + " left join fetch p.organization where p.contact.id = :id order by m.startDate, p.id",
                        Object[].class)
                .setParameter("id", contactId)
                .getResultList()
                .stream()
                .map(r -> {
                    MissionParticipant p = (MissionParticipant) r[0];
                    TradeMission m = (TradeMission) r[1];
                    Map<String, @Nullable Object> row = new LinkedHashMap<>();
                    row.put("mission", m.getTitle());
                    row.put(
                            "destination",
                            m.getDestination() == null
                                    ? null
                                    : m.getDestination().getName());
                    row.put("from", String.valueOf(m.getStartDate()));
                    row.put("until", String.valueOf(m.getEndDate()));
                    row.put("status", m.getStatus().name());
                    row.put("role", p.getRole().name());
                    row.put(
                            "organization",
                            p.getOrganization() == null
                                    ? null
                                    : p.getOrganization().getName());
                    return row;
                })
                .toList();
    }
}
