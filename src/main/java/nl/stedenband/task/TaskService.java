package nl.stedenband.task;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One task at a time: reading it, what the signed-in user may do with it, and changing it. Everyone
 * reads the tasks they created or are assigned to, and the tasks about a record they may read (tasks
 * follow the record); administrators read all. Administrators and officers may assign tasks to
 * anyone, coordinators and viewers only to themselves. The creator (or an administrator) changes a
 * task; the assignee may add to its description. The assignee, the creator or an administrator
 * marks it as done, which is written on the timeline of the record the task is about. Lists and
 * counts are {@link TaskListService}'s; tasks made of a record's follow-up text or outcomes are
 * {@link FollowUpService}'s.
 */
@Service
@PreAuthorize(Access.SIGNED_IN)
public class TaskService {

    public static final String SUBJECT_TYPE = "TASK";

    /** The default due date of a new task: a week from today. */
    public static final int DEFAULT_DAYS = 7;

    private static final int TIMELINE_SUMMARY_LENGTH = 200;

    private final TaskRepository tasks;
    private final UserService users;
    private final RecordDirectory records;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @PersistenceContext
    private EntityManager em;

    TaskService(
            TaskRepository tasks,
            UserService users,
            RecordDirectory records,
            ApplicationEventPublisher events,
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
        if (!canRead(task, me()) && subject(task).isEmpty()) {
            throw new RecordNotFoundException("task.record", id);
        }
        return task;
    }

    /** The record a task is about, if it still exists and the signed-in user may read it. */
    @Transactional(readOnly = true)
    public Optional<RecordLink> linkedRecord(Task task) {
        return subject(task);
    }

    private Optional<RecordLink> subject(Task task) {
        String type = task.getSubjectType();
        Long id = task.getSubjectId();
        return type != null && id != null ? records.find(type, id) : Optional.empty();
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
                || me != null
                        && (Objects.equals(me.getId(), task.assigneeId())
                                || Objects.equals(me.getId(), task.creatorId()));
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
        if (subjectType != null
                && subjectId != null
                && records.find(subjectType, subjectId).isPresent()) {
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
    public Task create(
            String title,
            @Nullable String description,
            LocalDate dueDate,
            AppUser assignee,
            @Nullable String subjectType,
            @Nullable Long subjectId) {
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
        String description =
                task.getDescription() == null || task.getDescription().isBlank()
                        ? null
                        : task.getDescription().strip();
        if (description != null && description.length() > Task.DESCRIPTION_LENGTH) {
            throw new BusinessRuleException("task.error.descriptionLength", Task.DESCRIPTION_LENGTH);
        }
        AppUser assignee = assignee(task.getAssignee());
        if (task.isNew()) {
            checkAssignment(assignee, me);
            if (task.isLinked() && subject(task).isEmpty()) {
                throw new BusinessRuleException("task.error.subject");
            }
            Task fresh = new Task(given.isTyped() ? TaskTitle.typed(title) : given, task.getDueDate(), assignee);
            fresh.setDescription(description);
            fresh.setCreator(me);
            fresh.link(task.getSubjectType(), task.getSubjectId());
            return reload(tasks.saveAndFlush(fresh).id());
        }
        Task stored = get(task.id());
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
        return reload(stored.id());
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
        String subjectType = task.getSubjectType();
        Long subjectId = task.getSubjectId();
        if (subjectType != null && subjectId != null) {
            TaskTitle title = task.title();
            // a follow-up's line names it by its own key, so that the whole line is in the reader's language
            String key = TaskTitle.FOLLOW_UP.equals(title.key()) ? "timeline.followUpDone" : "timeline.taskDone";
            List<String> args =
                    TaskTitle.FOLLOW_UP.equals(title.key()) ? title.args() : List.of(title.in(Locale.ENGLISH));
            events.publishEvent(new TimelineEvent(
                    subjectType,
                    subjectId,
                    TimelineEvent.Kind.TASK,
                    shorten(TimelineEvent.say(Locale.ENGLISH, key, args), TIMELINE_SUMMARY_LENGTH),
                    null,
                    key,
                    args));
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
        return me != null
                && task.getCreator() != null
                && Objects.equals(me.getId(), task.getCreator().getId());
    }

    private static boolean isAssignee(Task task, @Nullable AppUser me) {
        return me != null
                && task.getAssignee() != null
                && Objects.equals(me.getId(), task.getAssignee().getId());
    }

    private static boolean canRead(Task task, @Nullable AppUser me) {
        return CurrentUser.hasAnyRole(Role.ADMIN) || isCreator(task, me) || isAssignee(task, me);
    }
}
