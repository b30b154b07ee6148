package nl.stedenband.task;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.stedenband.base.PersonalDataRequest;
import nl.stedenband.base.PersonalDataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tasks about a person: exported; with an erasure they stay (the work may still need doing), their
 * titles without the person's name, e-mail or phone and without a description, in their stored
 * history too.
 */
@Component
class TaskPersonalData implements PersonalDataSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public String section() {
        return "tasks";
    }

    @Override
    public Object personalDataOf(long contactId) {
        return about(contactId).stream()
                .map(t -> {
                    Map<String, @Nullable Object> row = new LinkedHashMap<>();
                    row.put("id", t.getId());
                    // the file's words are English throughout, as its field names and statuses are
                    row.put("title", t.title().in(Locale.ENGLISH));
                    row.put("description", t.getDescription());
                    row.put(
                            "dueDate",
                            t.getDueDate() == null ? null : t.getDueDate().toString());
                    row.put("status", t.getStatus().name());
                    row.put(
                            "assignee",
                            t.getAssignee() == null ? null : t.getAssignee().getDisplayName());
                    row.put("createdAt", String.valueOf(t.getCreatedAt()));
                    return row;
                })
                .toList();
    }

    @EventListener
    void onRequest(PersonalDataRequest request) {
        if (request.kind() != PersonalDataRequest.Kind.ERASURE) {
            return;
        }
        for (Task task : about(request.contactId())) {
            TaskTitle title = task.title();
            task.setTitle(new TaskTitle(
                    request.scrub(title.words()),
                    title.key(),
                    title.args().stream().map(request::scrub).toList()));
            task.setDescription(null);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> history = em.createNativeQuery(
                        "SELECT id, rev, title, title_args FROM task_aud WHERE subject_type = :type AND subject_id = :id")
                .setParameter("type", PersonalDataRequest.CONTACT)
                .setParameter("id", request.contactId())
                .getResultList();
        for (Object[] row : history) {
            String title = row[2] == null ? null : request.scrub((String) row[2]);
            String args = row[3] == null ? null : request.scrub((String) row[3]);
            em.createNativeQuery("UPDATE task_aud SET title = :title, title_args = :args, description = NULL"
                            + " WHERE id = :id AND rev = :rev")
                    .setParameter("title", title)
                    .setParameter("args", args)
                    .setParameter("id", row[0])
                    .setParameter("rev", row[1])
                    .executeUpdate();
        }
    }

    private List<Task> about(long contactId) {
        return em.createQuery(
                        "select t from Task t left join fetch t.assignee where t.subjectType = :type"
                                + " and t.subjectId = :id order by t.id",
                        Task.class)
                .setParameter("type", PersonalDataRequest.CONTACT)
                .setParameter("id", contactId)
                .getResultList();
    }
}
