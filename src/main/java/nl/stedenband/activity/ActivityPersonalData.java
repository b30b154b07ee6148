package nl.stedenband.activity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.stedenband.base.PersonalDataRequest;
import nl.stedenband.base.PersonalDataSource;
import nl.stedenband.base.StoredText;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The notes, calls, meetings and e-mails on a person's timeline: exported, and removed with an erasure. */
@Component
class ActivityPersonalData implements PersonalDataSource {

    private final ActivityRepository activities;

    @PersistenceContext
    private EntityManager em;

    ActivityPersonalData(ActivityRepository activities) {
        this.activities = activities;
    }

    @Override
    public String section() {
        return "timeline";
    }

    @Override
    public Object personalDataOf(long contactId) {
        return activities
                .findBySubjectTypeAndSubjectIdOrderByOccurredOnDescIdDesc(PersonalDataRequest.CONTACT, contactId)
                .stream()
                .map(a -> {
                    Map<String, @Nullable Object> row = new LinkedHashMap<>();
                    row.put("date", a.getOccurredOn().toString());
                    row.put("kind", a.getKind().name());
                    row.put("summary", a.getSummary());
                    row.put("details", a.getDetails());
                    row.put("author", a.getAuthor());
                    return row;
                })
                .toList();
    }

    /**
     * Free text about the person goes: the entries leave by a bulk delete (Envers would otherwise
     * copy their text into a deletion revision) and their stored history keeps only that they were.
     */
    @EventListener
    void onRequest(PersonalDataRequest request) {
        if (request.kind() != PersonalDataRequest.Kind.ERASURE) {
            return;
        }
        activities.deleteBySubject(PersonalDataRequest.CONTACT, request.contactId());
        em.createNativeQuery(
                        "UPDATE activity_aud SET summary = :removed, details = NULL, summary_key = NULL, summary_args = NULL"
                                + " WHERE subject_type = :type AND subject_id = :id")
                .setParameter("removed", StoredText.of("activity.erased"))
                .setParameter("type", PersonalDataRequest.CONTACT)
                .setParameter("id", request.contactId())
                .executeUpdate();
    }
}
