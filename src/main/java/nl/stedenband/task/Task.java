package nl.stedenband.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import nl.stedenband.base.AuditedEntity;
import nl.stedenband.security.AppUser;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jspecify.annotations.Nullable;

/**
 * Something someone has to do by a date: assigned to a user, optionally about a record of any
 * kind (by its type and id, as timelines name records).
 */
@Entity
@Audited
@Table(name = "task")
public class Task extends AuditedEntity {

    public static final int TITLE_LENGTH = 200;
    public static final int DESCRIPTION_LENGTH = 4000;

    @NotBlank(message = "{task.validation.title}")
    @Size(max = TITLE_LENGTH, message = "{base.validation.sizeMax}")
    @Column(nullable = false, length = TITLE_LENGTH)
    private String title = "";

    /** A title the app made: its bundle key and arguments (see {@link TaskTitle}); null for typed titles. */
    @Column(name = "title_key", length = 100)
    private @Nullable String titleKey;

    @Column(name = "title_args", length = 1000)
    private @Nullable String titleArgs;

    @Size(max = DESCRIPTION_LENGTH, message = "{base.validation.sizeMax}")
    @Column(length = DESCRIPTION_LENGTH)
    private @Nullable String description;

    @NotNull(message = "{task.validation.dueDate}")
    @Column(name = "due_date", nullable = false)
    private @Nullable LocalDate dueDate;

    @NotNull(message = "{task.validation.assignee}")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignee_id", nullable = false)
    private @Nullable AppUser assignee;

    /** Null for tasks the app made on its own (demo data, start-up jobs). */
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "creator_id", updatable = false)
    private @Nullable AppUser creator;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TaskStatus status = TaskStatus.OPEN;

    @Column(name = "completed_at")
    private @Nullable Instant completedAt;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "completed_by_id")
    private @Nullable AppUser completedBy;

    @Column(name = "subject_type", length = 30)
    private @Nullable String subjectType;

    @Column(name = "subject_id")
    private @Nullable Long subjectId;

    protected Task() {}

    Task(String title, LocalDate dueDate, @Nullable AppUser assignee) {
        this(TaskTitle.typed(title), dueDate, assignee);
    }

    Task(TaskTitle title, LocalDate dueDate, @Nullable AppUser assignee) {
        setTitle(title);
        this.dueDate = dueDate;
        this.assignee = assignee;
    }

    /**
     * The stored words of the title: the typed title, or what an app-made title is about. Screens
     * show {@link #title()} in their language instead.
     */
    public String getTitle() {
        return title;
    }

    /** A title a person typed: it replaces any title the app made. */
    public void setTitle(String title) {
        setTitle(TaskTitle.typed(title));
    }

    public TaskTitle title() {
        return TaskTitle.stored(title, titleKey, titleArgs);
    }

    public void setTitle(TaskTitle title) {
        this.title = title.words();
        this.titleKey = title.key();
        this.titleArgs = title.joinedArgs();
    }

    /**
     * What the form writes: the title as it showed it in {@code shownIn}'s language; unchanged, an
     * app-made title stays one (and so stays in every reader's language), changed, it is typed.
     */
    public void setTitleFromForm(String text, java.util.Locale shownIn) {
        if (!text.equals(title().in(shownIn))) {
            setTitle(text);
        }
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    public @Nullable LocalDate getDueDate() {
        return dueDate;
    }

    /** The due date of a stored task, which validation requires. */
    public LocalDate dueDate() {
        return required(dueDate, "dueDate");
    }

    public void setDueDate(@Nullable LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public @Nullable AppUser getAssignee() {
        return assignee;
    }

    /** The assignee of a stored task, which validation requires. */
    public AppUser assignee() {
        return required(assignee, "assignee");
    }

    public void setAssignee(@Nullable AppUser assignee) {
        this.assignee = assignee;
    }

    public @Nullable AppUser getCreator() {
        return creator;
    }

    void setCreator(@Nullable AppUser creator) {
        this.creator = creator;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public boolean isOpen() {
        return status == TaskStatus.OPEN;
    }

    public @Nullable Instant getCompletedAt() {
        return completedAt;
    }

    public @Nullable AppUser getCompletedBy() {
        return completedBy;
    }

    void markDone(@Nullable AppUser by, Instant at) {
        status = TaskStatus.DONE;
        completedBy = by;
        completedAt = at;
    }

    void reopen() {
        status = TaskStatus.OPEN;
        completedBy = null;
        completedAt = null;
    }

    /** The record the task is about: type (e.g. "CONTACT") and id; both null for a task on its own. */
    public @Nullable String getSubjectType() {
        return subjectType;
    }

    public @Nullable Long getSubjectId() {
        return subjectId;
    }

    public boolean isLinked() {
        return subjectType != null && subjectId != null;
    }

    void link(@Nullable String type, @Nullable Long id) {
        this.subjectType = type;
        this.subjectId = id;
    }

    /** Open and due before {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return status == TaskStatus.OPEN && dueDate != null && dueDate.isBefore(today);
    }

    @Override
    public String toString() {
        return title().toString();
    }
}
