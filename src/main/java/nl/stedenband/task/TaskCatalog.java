package nl.stedenband.task;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.stedenband.base.Phrase;
import nl.stedenband.base.RecordCatalog;
import nl.stedenband.base.RecordLink;
import nl.stedenband.base.SearchText;
import nl.stedenband.security.AppUser;
import nl.stedenband.security.CurrentUser;
import nl.stedenband.security.Role;
import nl.stedenband.security.UserService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks for links and the global search: only the tasks the signed-in user may read (those they
 * created or are assigned to; administrators all), searched on the title's full-text index.
 */
@Component
class TaskCatalog implements RecordCatalog {

    private final TaskRepository tasks;
    private final UserService users;
    private final Clock clock;

    @PersistenceContext
    private EntityManager em;

    TaskCatalog(TaskRepository tasks, UserService users, Clock clock) {
        this.tasks = tasks;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public String type() {
        return TaskService.SUBJECT_TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RecordLink> find(long id) {
        AppUser me = users.currentUser().orElse(null);
        return tasks.findWithPeople(id).filter(t -> readable(t, me)).map(this::link);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, RecordLink> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        AppUser me = users.currentUser().orElse(null);
        Map<Long, RecordLink> found = new HashMap<>();
        em
                .createQuery(
                        "select t from Task t left join fetch t.assignee left join fetch t.creator where t.id in :ids",
                        Task.class)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .filter(t -> readable(t, me))
                .forEach(t -> found.put(t.getId(), link(t)));
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RecordLink> search(String text, int limit) {
        SearchText search = SearchText.of(text);
        if (search == null || limit <= 0) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("SELECT t.id FROM task t WHERE ");
        if (search.usesFullText()) {
            sql.append("MATCH(t.title) AGAINST (:words IN BOOLEAN MODE)");
            params.put("words", search.booleanQuery());
        } else {
            sql.append("t.title LIKE :prefix ESCAPE '!'");
            params.put("prefix", search.prefixPattern());
        }
        if (!CurrentUser.hasAnyRole(Role.ADMIN)) {
            AppUser me = users.currentUser().orElse(null);
            if (me == null) {
                return List.of();
            }
            sql.append(" AND (t.assignee_id = :me OR t.creator_id = :me)");
            params.put("me", me.getId());
        }
        sql.append(" ORDER BY t.status DESC, t.due_date, t.id LIMIT ").append(limit);
        var query = em.createNativeQuery(sql.toString(), Long.class);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Long> ids = query.getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Task> byId = new HashMap<>();
        em.createQuery("select t from Task t join fetch t.assignee where t.id in :ids", Task.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(t -> byId.put(t.getId(), t));
        return ids.stream()
                .map(byId::get)
                .filter(Objects::nonNull)
                .map(this::link)
                .toList();
    }

    private RecordLink link(Task t) {
        LocalDate today = LocalDate.now(clock);
        Phrase due = Phrase.date(t.dueDate());
        Phrase when = !t.isOpen()
                ? Phrase.of("task.search.done")
                : t.isOverdue(today) ? Phrase.of("task.search.overdue", due) : Phrase.of("task.search.due", due);
        List<Phrase> detail = t.getAssignee() == null
                ? List.of(when)
                : List.of(when, Phrase.text(t.getAssignee().getDisplayName()));
        return new RecordLink(type(), t.id(), t.title().phrase(), detail, "tasks/" + t.id());
    }

    static boolean readable(Task task, @Nullable AppUser me) {
        if (CurrentUser.hasAnyRole(Role.ADMIN)) {
            return true;
        }
        return me != null && (sameUser(task.getAssignee(), me) || sameUser(task.getCreator(), me));
    }

    private static boolean sameUser(@Nullable AppUser a, AppUser b) {
        return a != null && Objects.equals(a.getId(), b.getId());
    }
}
