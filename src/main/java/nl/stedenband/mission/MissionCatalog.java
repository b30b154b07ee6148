package nl.stedenband.mission;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.stedenband.base.Phrase;
import nl.stedenband.base.RecordCatalog;
import nl.stedenband.base.RecordLink;
import nl.stedenband.base.SearchText;
import nl.stedenband.security.CurrentUser;
import nl.stedenband.security.Role;
import org.springframework.stereotype.Component;

/** Trade missions for links and the global search: everyone signed in reads them. */
@Component
class MissionCatalog implements RecordCatalog {

    private final TradeMissionRepository missions;

    @PersistenceContext
    private EntityManager em;

    MissionCatalog(TradeMissionRepository missions) {
        this.missions = missions;
    }

    @Override
    public String type() {
        return MissionService.SUBJECT_TYPE;
    }

    @Override
    public Optional<RecordLink> find(long id) {
        return missions.findWithDetails(id)
                .map(m -> link(m.id(), m.getTitle(), m.destination().getName(), m.startDate(), m.getStatus()));
    }

    @Override
    public Map<Long, RecordLink> findAll(Collection<Long> ids) {
        return missions.findAllWithDestination(ids).stream()
                .collect(Collectors.toMap(
                        TradeMission::getId,
                        m -> link(m.id(), m.getTitle(), m.destination().getName(), m.startDate(), m.getStatus())));
    }

    /** Those who run them: the same roles as the service's writing methods. */
    @Override
    public boolean canChange(long id) {
        return CurrentUser.hasAnyRole(Role.ADMIN, Role.OFFICER);
    }

    @Override
    public List<RecordLink> search(String text, int limit) {
        SearchText search = SearchText.of(text);
        if (search == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT m.id, m.title, ci.name, m.start_date, m.status"
                        + " FROM trade_mission m JOIN city ci ON ci.id = m.destination_city_id WHERE "
                        + search.sqlCondition("m.title", "m.title") + " ORDER BY m.start_date DESC, m.id DESC")
                .setParameter("search", search.sqlParameter())
                .setMaxResults(limit)
                .getResultList();
        return rows.stream()
                .map(r -> link(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        r[3] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[3],
                        MissionStatus.valueOf((String) r[4])))
                .toList();
    }

    private RecordLink link(long id, String title, String destination, LocalDate start, MissionStatus status) {
        return new RecordLink(
                type(),
                id,
                Phrase.text(title),
                List.of(Phrase.text(destination), Phrase.date(start), Phrase.of(status.labelKey())),
                "missions/" + id);
    }
}
