package nl.stedenband.meeting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.stedenband.base.PersonalDataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The videoconferences a person took part in, for their personal-data export. */
@Component
class MeetingPersonalData implements PersonalDataSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public String section() {
        return "videoconferences";
    }

    @Override
    public Object personalDataOf(long contactId) {
        return em
                .createQuery(
                        "select distinct v from Videoconference v join v.participants c where c.id = :id"
                                + " order by v.startAt, v.id",
                        Videoconference.class)
                .setParameter("id", contactId)
                .getResultList()
                .stream()
                .map(v -> {
                    Map<String, @Nullable Object> row = new LinkedHashMap<>();
                    row.put("topic", v.getTopic());
                    row.put("startAt", String.valueOf(v.getStartAt()));
                    row.put("durationMinutes", v.getDurationMinutes());
                    row.put("status", v.getStatus().name());
                    return row;
                })
                .toList();
    }
}
