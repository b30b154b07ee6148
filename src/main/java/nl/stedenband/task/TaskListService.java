package nl.stedenband.task;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.stedenband.base.RecordDirectory;
import nl.stedenband.base.RecordLink;
import nl.stedenband.security.Access;
import nl.stedenband.security.CurrentUser;
import nl.stedenband.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists and counts of tasks, as rows ({@link TaskListItem}) with the record each is about already
 * looked up for the whole page. The same read rule as {@link TaskService}: one's own and assigned
 * tasks, all of them for administrators, and every task about a record one may read.
 */
@Service
@PreAuthorize(Access.SIGNED_IN)
public class TaskListService {

    private static final Map<String, String> SORT_KEYS = Map.of(
            "title", "t.title",
            "dueDate", "t.dueDate",
            "assignee", "a.displayName",
            "status", "t.status");

    private final RecordDirectory records;
    private final Clock clock;

    @PersistenceContext
    private EntityManager em;

    TaskListService(RecordDirectory records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /**
     * A page of tasks. Default order: open before done, then by due date (so overdue ones come
     * first); done tasks alone are listed most recently done first. Sort keys: title, dueDate,
     * assignee, status.
     */
    @Transactional(readOnly = true)
    public List<TaskListItem> list(TaskFilter filter, int offset, int limit, Sort sort) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        TypedQuery<TaskRow> q = em.createQuery(SELECT + FROM + where + orderBy(sort, filter.status()), TaskRow.class);
        params.forEach(q::setParameter);
        return rows(q.setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.max(1, limit))
                .getResultList());
    }

    @Transactional(readOnly = true)
    public long count(TaskFilter filter) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("select count(t)" + FROM + where(filter, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** Assigned to me, open first, overdue first, then by due date. */
    @Transactional(readOnly = true)
    public List<TaskListItem> myTasks(@Nullable TaskStatus status, int offset, int limit) {
        return list(new TaskFilter(TaskFilter.Show.MINE, status), offset, limit, Sort.unsorted());
    }

    @Transactional(readOnly = true)
    public long countMyTasks(@Nullable TaskStatus status) {
        return count(new TaskFilter(TaskFilter.Show.MINE, status));
    }

    /** Created by me, for myself or for others. */
    @Transactional(readOnly = true)
    public List<TaskListItem> createdByMe(@Nullable TaskStatus status, int offset, int limit) {
        return list(new TaskFilter(TaskFilter.Show.CREATED, status), offset, limit, Sort.unsorted());
    }

    @Transactional(readOnly = true)
    public long countCreatedByMe(@Nullable TaskStatus status) {
        return count(new TaskFilter(TaskFilter.Show.CREATED, status));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.ADMIN)
    public List<TaskListItem> all(@Nullable TaskStatus status, int offset, int limit) {
        return list(new TaskFilter(TaskFilter.Show.ALL, status), offset, limit, Sort.unsorted());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.ADMIN)
    public long countAll(@Nullable TaskStatus status) {
        return count(new TaskFilter(TaskFilter.Show.ALL, status));
    }

    /**
     * The tasks about a record, whoever made them or does them, open first, by due date: all of them
     * for everyone who may read the record, none for anyone else.
     */
    @Transactional(readOnly = true)
    public List<TaskListItem> tasksFor(
            String subjectType, long subjectId, @Nullable TaskStatus status, int offset, int limit) {
        if (records.find(subjectType, subjectId).isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        String where = subjectWhere(subjectType, subjectId, status, params);
        TypedQuery<TaskRow> q = em.createQuery(SELECT + FROM + where + orderBy(Sort.unsorted(), status), TaskRow.class);
        params.forEach(q::setParameter);
        return rows(q.setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.max(1, limit))
                .getResultList());
    }

    @Transactional(readOnly = true)
    public long countFor(String subjectType, long subjectId, @Nullable TaskStatus status) {
        if (records.find(subjectType, subjectId).isEmpty()) {
            return 0;
        }
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery(
                "select count(t)" + FROM + subjectWhere(subjectType, subjectId, status, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** For the dashboard: my open tasks, overdue first, then by due date. */
    @Transactional(readOnly = true)
    public List<TaskListItem> myOpenTasks(int limit) {
        return myTasks(TaskStatus.OPEN, 0, limit);
    }

    /** For the dashboard: how many of my open tasks are past their due date. */
    @Transactional(readOnly = true)
    public long countMyOverdue() {
        return em.createQuery(
                        "select count(t) from Task t join t.assignee a where a.username = :me"
                                + " and t.status = nl.stedenband.task.TaskStatus.OPEN and t.dueDate < :today",
                        Long.class)
                .setParameter("me", myName())
                .setParameter("today", today())
                .getSingleResult();
    }

    // --- internals

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Lists and counts name the signed-in user by the username of the session rather than reading
     * their row first: a statement less for every page and every count.
     */
    private static String myName() {
        return CurrentUser.username().orElse("");
    }

    private static final String FROM = " from Task t join t.assignee a left join t.creator c";

    private static final String SELECT = "select new nl.stedenband.task.TaskRow(t.id, t.title, t.dueDate, t.status,"
            + " a.id, a.displayName, c.id, c.displayName, t.subjectType, t.subjectId, t.completedAt, t.titleKey, t.titleArgs)";

    private List<TaskListItem> rows(List<TaskRow> result) {
        LocalDate today = today();
        // the linked records of the whole page at once: one statement per kind, not one per row
        Map<String, Set<Long>> linked = new HashMap<>();
        for (TaskRow r : result) {
            if (r.subjectType() != null && r.subjectId() != null) {
                linked.computeIfAbsent(r.subjectType(), k -> new HashSet<>()).add(r.subjectId());
            }
        }
        Map<String, Map<Long, RecordLink>> links = linked.isEmpty() ? Map.of() : records.findAll(linked);
        List<TaskListItem> items = new ArrayList<>(result.size());
        for (TaskRow r : result) {
            String type = r.subjectType();
            Long subjectId = r.subjectId();
            RecordLink link = type == null || subjectId == null
                    ? null
                    : links.getOrDefault(type, Map.of()).get(subjectId);
            items.add(new TaskListItem(
                    r.id(),
                    TaskTitle.stored(r.title(), r.titleKey(), r.titleArgs()),
                    r.dueDate(),
                    r.status(),
                    r.status() == TaskStatus.OPEN && r.dueDate().isBefore(today),
                    r.assigneeId(),
                    r.assigneeName(),
                    r.creatorId(),
                    r.creatorName(),
                    type,
                    subjectId,
                    link,
                    r.completedAt()));
        }
        return items;
    }

    /** The read rule as a condition: administrators everything, everyone else what they created or were given. */
    private static String where(TaskFilter filter, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        switch (filter.show()) {
            case MINE -> {
                where.add("a.username = :me");
                params.put("me", myName());
            }
            case CREATED -> {
                where.add("c.username = :me");
                params.put("me", myName());
            }
            case ALL -> {
                if (!CurrentUser.hasAnyRole(Role.ADMIN)) {
                    throw new AccessDeniedException("task.error.allTasksDenied");
                }
            }
        }
        if (filter.status() != null) {
            where.add("t.status = :status");
            params.put("status", filter.status());
        }
        return " where " + String.join(" and ", where.isEmpty() ? List.of("1 = 1") : where);
    }

    private static String subjectWhere(String type, long id, @Nullable TaskStatus status, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where t.subjectType = :type and t.subjectId = :id");
        params.put("type", type);
        params.put("id", id);
        if (status != null) {
            where.append(" and t.status = :status");
            params.put("status", status);
        }
        return where.toString();
    }

    private static String orderBy(Sort sort, @Nullable TaskStatus status) {
        List<String> parts = new ArrayList<>();
        for (Sort.Order order : sort) {
            String key = SORT_KEYS.get(order.getProperty());
            if (key != null) {
                parts.add(key + (order.isAscending() ? " asc" : " desc"));
            }
        }
        if (parts.isEmpty()) {
            if (status == null) {
                parts.add("t.status desc"); // OPEN before DONE
                parts.add("t.dueDate asc");
            } else if (status == TaskStatus.OPEN) {
                parts.add("t.dueDate asc");
            } else {
                parts.add("t.completedAt desc");
            }
        }
        parts.add("t.id asc");
        return " order by " + String.join(", ", parts);
    }
}
