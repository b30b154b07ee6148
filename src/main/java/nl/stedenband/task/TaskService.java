package nl.stedenband.task;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.stedenband.base.BusinessRuleException;
import nl.stedenband.base.RecordDeleted;
import nl.stedenband.base.RecordDirectory;
import nl.stedenband.base.RecordLink;
import nl.stedenband.base.RecordNotFoundException;
import nl.stedenband.base.TimelineEvent;
import nl.stedenband.security.Access;
import nl.stedenband.security.AppUser;
import nl.stedenband.security.CurrentUser;
import nl.stedenband.security.Role;
import nl.stedenband.security.UserService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks. Everyone reads the tasks they created or are assigned to, and the tasks about a record they
 * may read (tasks follow the record); administrators read all. Follow-up tasks made of a record's
 * actions or outcomes need the right to change that record. Administrators and officers may assign tasks to anyone, coordinators and viewers only to
 * themselves. The creator (or an administrator) changes a task; the assignee may add to its
 * description. The assignee, the creator or an administrator marks it as done, which is written
 * on the timeline of the record the task is about.
 */
@Service
@PreAuthorize(Access.SIGNED_IN)
public class TaskService {

    public static final String SUBJECT_TYPE = "TASK";

    /** The default due date of a new task: a week from today. */
    public static final int DEFAULT_DAYS = 7;

    private static final int TIMELINE_SUMMARY_LENGTH = 200;
    private static final int FOLLOW_UP_TITLE_LENGTH = 80;

    private static final Map<String, String> SORT_KEYS = Map.of(
            "title", "t.title",
            "dueDate", "t.dueDate",
            "assignee", "a.displayName",
            "status", "t.status");

    private final TaskRepository tasks;
    private final UserService users;
    private final RecordDirectory records;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @PersistenceContext
    private EntityManager em;

    TaskService(TaskRepository tasks, UserService users, RecordDirectory records, ApplicationEventPublisher events,
            Clock clock) {
        this.tasks = tasks;
        this.users = users;
        this.records = records;
        this.events = events;
        this.clock = clock;
    }

    // --- reading

    /** Today, by the app's clock: a task due before it and still open is overdue. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The task with its people, if the signed-in user may read it. */
    @Transactional(readOnly = true)
    public Task get(long id) {
        Task task = tasks.findWithPeople(id).orElseThrow(() -> new RecordNotFoundException("task.record", id));
        if (!canRead(task, me()) && !(task.isLinked() && records.find(task.getSubjectType(), task.getSubjectId()).isPresent())) {
            throw new RecordNotFoundException("task.record", id);
        }
        return task;
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
        TypedQuery<Object[]> q = em.createQuery(SELECT + FROM + where
                + orderBy(sort, filter.status()), Object[].class);
        params.forEach(q::setParameter);
        return rows(q.setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, limit)).getResultList());
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
    public List<TaskListItem> tasksFor(String subjectType, long subjectId, @Nullable TaskStatus status, int offset, int limit) {
        if (records.find(subjectType, subjectId).isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        String where = subjectWhere(subjectType, subjectId, status, params);
        TypedQuery<Object[]> q = em.createQuery(SELECT + FROM + where
                + orderBy(Sort.unsorted(), status), Object[].class);
        params.forEach(q::setParameter);
        return rows(q.setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, limit)).getResultList());
    }

    @Transactional(readOnly = true)
    public long countFor(String subjectType, long subjectId, @Nullable TaskStatus status) {
        if (records.find(subjectType, subjectId).isEmpty()) {
            return 0;
        }
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("select count(t)" + FROM
                + subjectWhere(subjectType, subjectId, status, params), Long.class);
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
        return em.createQuery("select count(t) from Task t join t.assignee a where a.username = :me"
                        + " and t.status = nl.stedenband.task.TaskStatus.OPEN and t.dueDate < :today", Long.class)
                .setParameter("me", myName())
                .setParameter("today", today())
                .getSingleResult();
    }

    /** The record a task is about, if it still exists and the signed-in user may read it. */
    @Transactional(readOnly = true)
    public Optional<RecordLink> linkedRecord(Task task) {
        return task.isLinked() ? records.find(task.getSubjectType(), task.getSubjectId()) : Optional.empty();
    }

    // --- what the signed-in user may do

    /** Administrators and officers assign tasks to anyone; the others only to themselves. */
    public boolean canAssignToOthers() {
        return CurrentUser.hasAnyRole(Role.ADMIN, Role.OFFICER);
    }

    /** Whom the signed-in user may assign a task to: every active user, or only themselves. */
    @Transactional(readOnly = true)
    public List<AppUser> assignableUsers() {
        if (canAssignToOthers()) {
            return users.listActiveUsers();
        }
        return users.currentUser().map(List::of).orElse(List.of());
    }

    /** Change everything about the task: its creator or an administrator. */
    public boolean canEdit(Task task) {
        return CurrentUser.hasAnyRole(Role.ADMIN) || isCreator(task, me());
    }

    /** Add to the description: also the assignee. */
    public boolean canEditDescription(Task task) {
        return canEdit(task) || isAssignee(task, me());
    }

    /** Mark as done or reopen: the assignee, the creator or an administrator. */
    public boolean canComplete(Task task) {
        AppUser me = me();
        return CurrentUser.hasAnyRole(Role.ADMIN) || isCreator(task, me) || isAssignee(task, me);
    }

    /** The same for a row of a list: a record's panel offers the box only to those who may tick it. */
    public boolean canComplete(TaskListItem task) {
        AppUser me = me();
        return CurrentUser.hasAnyRole(Role.ADMIN)
                || me != null && (me.getId().equals(task.assigneeId()) || me.getId().equals(task.creatorId()));
    }

    public boolean canDelete(Task task) {
        return canEdit(task);
    }

    // --- writing

    /**
     * A new, unsaved task with the defaults of the form: due in a week, assigned to me, about the
     * given record if the signed-in user may read it (otherwise on its own).
     */
    @Transactional(readOnly = true)
    public Task prepare(@Nullable String subjectType, @Nullable Long subjectId) {
        AppUser me = me();
        Task task = new Task("", today().plusDays(DEFAULT_DAYS), me);
        if (subjectType != null && subjectId != null && records.find(subjectType, subjectId).isPresent()) {
            task.link(subjectType, subjectId);
        }
        return task;
    }

    /**
     * A task on its own or about a record (which the signed-in user must be able to read). Created
     * by the signed-in user; only administrators and officers assign it to someone else.
     */
    @Transactional
    @PreAuthorize(Access.SIGNED_IN)
    public Task create(String title, @Nullable String description, LocalDate dueDate, AppUser assignee,
            @Nullable String subjectType, @Nullable Long subjectId) {
        Task task = new Task(title, dueDate, assignee);
        task.setDescription(description);
        task.link(subjectType, subjectId);
        return save(task);
    }

    /**
     * Stores a new task (with the link it was prepared with) or the form's changes to an existing
     * one. Only the title, description, due date and assignee come from the caller; status, link and
     * creator stay as stored.
     */
    @Transactional
    @PreAuthorize(Access.SIGNED_IN)
    public Task save(Task task) {
        AppUser me = me();
        TaskTitle given = task.title();
        String title = given.words().strip();
        if (title.isEmpty()) {
            throw new BusinessRuleException("task.validation.title");
        }
        if (title.length() > Task.TITLE_LENGTH) {
            throw new BusinessRuleException("task.error.titleLength", Task.TITLE_LENGTH);
        }
        if (task.getDueDate() == null) {
            throw new BusinessRuleException("task.error.dueDate");
        }
        String description = task.getDescription() == null || task.getDescription().isBlank() ? null : task.getDescription().strip();
        if (description != null && description.length() > Task.DESCRIPTION_LENGTH) {
            throw new BusinessRuleException("task.error.descriptionLength", Task.DESCRIPTION_LENGTH);
        }
        AppUser assignee = assignee(task.getAssignee());
        if (task.isNew()) {
            checkAssignment(assignee, me);
            if (task.isLinked() && records.find(task.getSubjectType(), task.getSubjectId()).isEmpty()) {
                throw new BusinessRuleException("task.error.subject");
            }
            Task fresh = new Task(given.isTyped() ? TaskTitle.typed(title) : given, task.getDueDate(), assignee);
            fresh.setDescription(description);
            fresh.setCreator(me);
            fresh.link(task.getSubjectType(), task.getSubjectId());
            return reload(tasks.saveAndFlush(fresh).getId());
        }
        Task stored = get(task.getId());
        if (stored.getVersion() != task.getVersion()) {
            throw new OptimisticLockingFailureException("Task " + task.getId() + " was changed");
        }
        TaskTitle newTitle = given.isTyped() ? TaskTitle.typed(title) : given;
        boolean othersChanged = !stored.title().equals(newTitle)
                || !Objects.equals(stored.getDueDate(), task.getDueDate())
                || !Objects.equals(stored.getAssignee(), assignee);
        if (!canEdit(stored)) {
            if (!isAssignee(stored, me)) {
                throw new AccessDeniedException("task.error.changeDenied");
            }
            if (othersChanged) {
                throw new BusinessRuleException("task.error.assigneeMayOnlyDescribe");
            }
        }
        if (!Objects.equals(stored.getAssignee(), assignee)) {
            checkAssignment(assignee, me);
        }
        stored.setTitle(newTitle);
        stored.setDescription(description);
        stored.setDueDate(task.getDueDate());
        stored.setAssignee(assignee);
        tasks.flush();
        return reload(stored.getId());
    }

    /** Marks the task as done and writes that it is on the timeline of the record it is about. */
    @Transactional
    @PreAuthorize(Access.SIGNED_IN)
    public Task complete(long id) {
        Task task = get(id);
        if (!canComplete(task)) {
            throw new AccessDeniedException("task.error.doneDenied");
        }
        if (!task.isOpen()) {
            throw new BusinessRuleException("task.error.alreadyDone");
        }
        task.markDone(me(), clock.instant());
        tasks.flush();
        if (task.isLinked()) {
            TaskTitle title = task.title();
            // a follow-up's line names it by its own key, so that the whole line is in the reader's language
            String key = TaskTitle.FOLLOW_UP.equals(title.key()) ? "timeline.followUpDone" : "timeline.taskDone";
            List<String> args = TaskTitle.FOLLOW_UP.equals(title.key()) ? title.args() : List.of(title.in(Locale.ENGLISH));
            events.publishEvent(new TimelineEvent(task.getSubjectType(), task.getSubjectId(), TimelineEvent.Kind.TASK,
                    shorten(TimelineEvent.say(Locale.ENGLISH, key, args), TIMELINE_SUMMARY_LENGTH), null, key, args));
        }
        return reload(id);
    }

    @Transactional
    @PreAuthorize(Access.SIGNED_IN)
    public Task reopen(long id) {
        Task task = get(id);
        if (!canComplete(task)) {
            throw new AccessDeniedException("task.error.reopenDenied");
        }
        if (task.isOpen()) {
            throw new BusinessRuleException("task.error.stillOpen");
        }
        task.reopen();
        tasks.flush();
        return reload(id);
    }

    @Transactional
    @PreAuthorize(Access.SIGNED_IN)
    public void delete(long id) {
        Task task = get(id);
        if (!canDelete(task)) {
            throw new AccessDeniedException("task.error.deleteDenied");
        }
        events.publishEvent(new RecordDeleted(SUBJECT_TYPE, id));
        tasks.delete(task);
    }

    /**
     * Makes a task of each non-empty line of follow-up text (list markers such as "- " or "1. "
     * dropped), assigned to me, due in a week, about the given record, which I must be allowed to
     * change. A line for which the same task about the same record is still open, whoever has it,
     * is skipped and named in the result, so pressing twice makes nothing twice.
     */
    @Transactional
    @PreAuthorize(Access.ADMIN_OFFICER_OR_COORDINATOR)
    public FollowUpResult createFollowUpTasks(String subjectType, long subjectId, @Nullable String followUpText) {
        Set<String> titles = new LinkedHashSet<>();
        if (followUpText != null) {
            for (String line : followUpText.split("\\R")) {
                String title = shorten(line.strip().replaceFirst("^(?:[-*•–]|\\[[ xX]?]|\\d+[.)])\\s*", "").strip(),
                        Task.TITLE_LENGTH);
                if (!title.isEmpty()) {
                    titles.add(title);
                }
            }
        }
        if (titles.isEmpty()) {
            throw new BusinessRuleException("task.error.followUpEmpty");
        }
        checkFollowUp(subjectType, subjectId);
        int made = 0;
        List<FollowUpResult.Existing> existing = new ArrayList<>();
        for (String title : titles) {
            Optional<FollowUpResult.Existing> open = makeFollowUp(subjectType, subjectId, TaskTitle.typed(title), null);
            if (open.isPresent()) {
                existing.add(open.get());
            } else {
                made++;
            }
        }
        return new FollowUpResult(made, existing);
    }

    /**
     * One follow-up task about a record (e.g. a mission's outcome), which I must be allowed to change,
     * assigned to me, due in a week; nothing new if the same task about the record is still open.
     */
    @Transactional
    @PreAuthorize(Access.ADMIN_OFFICER_OR_COORDINATOR)
    public FollowUpResult createFollowUpTask(String subjectType, long subjectId, TaskTitle title, @Nullable String description) {
        TaskTitle t = title.isTyped() ? TaskTitle.typed(shorten(title.words().strip(), Task.TITLE_LENGTH)) : title;
        if (t.words().isBlank()) {
            throw new BusinessRuleException("task.validation.title");
        }
        checkFollowUp(subjectType, subjectId);
        return makeFollowUp(subjectType, subjectId, t, description)
                .map(open -> new FollowUpResult(0, List.of(open)))
                .orElseGet(() -> new FollowUpResult(1, List.of()));
    }

    /**
     * "Follow up: " and the start of the text, for a task made of an outcome or a note: stored as a
     * key with the text, so that each reader sees it in their language.
     */
    public static TaskTitle followUpTitle(String text) {
        return TaskTitle.followUp(shorten(text.strip().replaceAll("\\s+", " "), FOLLOW_UP_TITLE_LENGTH));
    }

    /** The text cut at a word to at most {@code max} characters, with "…" where it was cut. */
    public static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        String cut = text.substring(0, max - 1);
        int space = cut.lastIndexOf(' ');
        if (space > max / 2) {
            cut = cut.substring(0, space);
        }
        return cut.stripTrailing() + "…";
    }

    /** A deleted record's tasks stay, without the link: the work may still need doing. */
    @EventListener
    void onRecordDeleted(RecordDeleted event) {
        if (!SUBJECT_TYPE.equals(event.subjectType())) {
            tasks.unlink(event.subjectType(), event.subjectId());
        }
    }

    // --- internals

    private void checkFollowUp(String subjectType, long subjectId) {
        if (records.find(subjectType, subjectId).isEmpty()) {
            throw new BusinessRuleException("task.error.subject");
        }
        if (!records.canChange(subjectType, subjectId)) {
            throw new AccessDeniedException("task.error.followUpDenied");
        }
    }

    /** The open task of that title about the record, if there is one; otherwise a new one, and empty. */
    private Optional<FollowUpResult.Existing> makeFollowUp(String subjectType, long subjectId, TaskTitle title,
            @Nullable String description) {
        Optional<Task> open = tasks.findOpen(subjectType, subjectId, title.words()).stream()
                .filter(t -> t.title().equals(title))
                .findFirst();
        if (open.isPresent()) {
            Task t = open.get();
            return Optional.of(new FollowUpResult.Existing(t.getId(), t.title(), t.getAssignee().getDisplayName()));
        }
        AppUser me = me();
        if (me == null) {
            throw new BusinessRuleException("task.error.signIn");
        }
        Task task = new Task(title, today().plusDays(DEFAULT_DAYS), me);
        task.setDescription(description == null || description.isBlank() ? null : shorten(description.strip(), Task.DESCRIPTION_LENGTH));
        task.setCreator(me);
        task.link(subjectType, subjectId);
        tasks.saveAndFlush(task);
        return Optional.empty();
    }

    private Task reload(long id) {
        return tasks.findWithPeople(id).orElseThrow(() -> new RecordNotFoundException("task.record", id));
    }

    private @Nullable AppUser me() {
        return users.currentUser().orElse(null);
    }

    private AppUser assignee(@Nullable AppUser chosen) {
        if (chosen == null || chosen.getId() == null) {
            throw new BusinessRuleException("task.error.assignee");
        }
        AppUser user = em.find(AppUser.class, chosen.getId());
        if (user == null || !user.isEnabled()) {
            throw new BusinessRuleException("task.error.inactiveAssignee");
        }
        return user;
    }

    private void checkAssignment(AppUser assignee, @Nullable AppUser me) {
        if (!canAssignToOthers() && (me == null || !me.equals(assignee))) {
            throw new AccessDeniedException("task.error.assignOthersDenied");
        }
    }

    private static boolean isCreator(Task task, @Nullable AppUser me) {
        return me != null && task.getCreator() != null && me.getId().equals(task.getCreator().getId());
    }

    private static boolean isAssignee(Task task, @Nullable AppUser me) {
        return me != null && task.getAssignee() != null && me.getId().equals(task.getAssignee().getId());
    }

    private static boolean canRead(Task task, @Nullable AppUser me) {
        return CurrentUser.hasAnyRole(Role.ADMIN) || isCreator(task, me) || isAssignee(task, me);
    }

    /**
     * Lists and counts name the signed-in user by the username of the session rather than reading
     * their row first: a statement less for every page and every count.
     */
    private static String myName() {
        return CurrentUser.username().orElse("");
    }

    private static final String FROM = " from Task t join t.assignee a left join t.creator c";

    private static final String SELECT = "select t.id, t.title, t.dueDate, t.status, a.id, a.displayName, c.displayName,"
            + " t.subjectType, t.subjectId, t.completedAt, c.id, t.titleKey, t.titleArgs";

    private List<TaskListItem> rows(List<Object[]> result) {
        LocalDate today = today();
        // the linked records of the whole page at once: one statement per kind, not one per row
        Map<String, Set<Long>> linked = new HashMap<>();
        for (Object[] r : result) {
            if (r[7] != null && r[8] != null) {
                linked.computeIfAbsent((String) r[7], k -> new HashSet<>()).add((Long) r[8]);
            }
        }
        Map<String, Map<Long, RecordLink>> links = linked.isEmpty() ? Map.of() : records.findAll(linked);
        List<TaskListItem> items = new ArrayList<>(result.size());
        for (Object[] r : result) {
            TaskStatus status = (TaskStatus) r[3];
            LocalDate due = (LocalDate) r[2];
            String type = (String) r[7];
            Long subjectId = (Long) r[8];
            RecordLink link = type == null || subjectId == null ? null : links.getOrDefault(type, Map.of()).get(subjectId);
            items.add(new TaskListItem((Long) r[0], TaskTitle.stored((String) r[1], (String) r[11], (String) r[12]), due, status,
                    status == TaskStatus.OPEN && due.isBefore(today), (Long) r[4], (String) r[5], (Long) r[10], (String) r[6],
                    type, subjectId, link, (Instant) r[9]));
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
