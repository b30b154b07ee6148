package nl.stedenband.task;

import static nl.stedenband.task.TaskService.shorten;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.stedenband.base.BusinessRuleException;
import nl.stedenband.base.RecordDirectory;
import nl.stedenband.security.Access;
import nl.stedenband.security.AppUser;
import nl.stedenband.security.UserService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up tasks made of what a record says needs doing: the lines of a videoconference's
 * follow-up text, a mission's outcome. They need the right to change that record, are assigned to
 * the signed-in user and due in a week, and are never made twice while the same one is still open.
 */
@Service
@PreAuthorize(Access.SIGNED_IN)
public class FollowUpService {

    private static final int FOLLOW_UP_TITLE_LENGTH = 80;

    private final TaskRepository tasks;
    private final UserService users;
    private final RecordDirectory records;
    private final Clock clock;

    FollowUpService(TaskRepository tasks, UserService users, RecordDirectory records, Clock clock) {
        this.tasks = tasks;
        this.users = users;
        this.records = records;
        this.clock = clock;
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
                String title = shorten(
                        line.strip()
                                .replaceFirst("^(?:[-*•–]|\\[[ xX]?]|\\d+[.)])\\s*", "")
                                .strip(),
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
    public FollowUpResult createFollowUpTask(
            String subjectType, long subjectId, TaskTitle title, @Nullable String description) {
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
    private Optional<FollowUpResult.Existing> makeFollowUp(
            String subjectType, long subjectId, TaskTitle title, @Nullable String description) {
        Optional<Task> open = tasks.findOpen(subjectType, subjectId, title.words()).stream()
                .filter(t -> t.title().equals(title))
                .findFirst();
        if (open.isPresent()) {
            Task t = open.get();
            return Optional.of(
                    new FollowUpResult.Existing(t.id(), t.title(), t.assignee().getDisplayName()));
        }
        AppUser me = me();
        if (me == null) {
            throw new BusinessRuleException("task.error.signIn");
        }
        Task task = new Task(title, today().plusDays(TaskService.DEFAULT_DAYS), me);
        task.setDescription(
                description == null || description.isBlank()
                        ? null
                        : shorten(description.strip(), Task.DESCRIPTION_LENGTH));
        task.setCreator(me);
        task.link(subjectType, subjectId);
        tasks.saveAndFlush(task);
        return Optional.empty();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private @Nullable AppUser me() {
        return users.currentUser().orElse(null);
    }
}
