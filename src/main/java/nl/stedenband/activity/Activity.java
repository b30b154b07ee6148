package nl.stedenband.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.stedenband.base.AuditedEntity;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** One entry of a record's timeline. */
@Entity
@Audited
@Table(name = "activity")
public class Activity extends AuditedEntity {

    @Column(name = "subject_type", nullable = false, length = 30)
    private String subjectType = "";

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActivityKind kind = ActivityKind.NOTE;

    @NotNull(message = "{activity.validation.date}")
    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn = LocalDate.now();

    @NotBlank(message = "{activity.validation.summary}")
    @Size(max = 200, message = "{base.validation.sizeMax}")
    @Column(nullable = false, length = 200)
    private String summary = "";

    @Size(max = 4000, message = "{base.validation.sizeMax}")
    @Column(length = 4000)
    private @Nullable String details;

    @Column(nullable = false, length = 64)
    private String author = "";

    /** Lines the app writes: the summary as a bundle key, so each reader sees it in their language. */
    @Column(name = "summary_key", length = 100)
    private @Nullable String summaryKey;

    @Column(name = "summary_args", length = 1000)
    private @Nullable String summaryArgs;

    // a character nobody types, so a task's title with any punctuation is one argument
    private static final String SEPARATOR = "\u001F";

    protected Activity() {}

    Activity(
            SubjectRef subject,
            ActivityKind kind,
            LocalDate occurredOn,
            String summary,
            @Nullable String details,
            String author) {
        this.subjectType = subject.type();
        this.subjectId = subject.id();
        this.kind = kind;
        this.occurredOn = occurredOn;
        this.summary = summary;
        this.details = details;
        this.author = author;
    }

    Activity(
            SubjectRef subject,
            ActivityKind kind,
            LocalDate occurredOn,
            String summary,
            @Nullable String details,
            String author,
            @Nullable String summaryKey,
            List<String> summaryArgs) {
        this(subject, kind, occurredOn, summary, details, author);
        this.summaryKey = summaryKey;
        this.summaryArgs = summaryKey == null || summaryArgs.isEmpty() ? null : String.join(SEPARATOR, summaryArgs);
    }

    public SubjectRef getSubject() {
        return new SubjectRef(subjectType, subjectId);
    }

    public ActivityKind getKind() {
        return kind;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public String getSummary() {
        return summary;
    }

    public @Nullable String getDetails() {
        return details;
    }

    public String getAuthor() {
        return author;
    }

    /** The bundle key of a line the app wrote; null for lines people typed (and for old ones). */
    public @Nullable String getSummaryKey() {
        return summaryKey;
    }

    public List<String> getSummaryArgs() {
        return summaryArgs == null ? List.of() : List.of(summaryArgs.split(SEPARATOR, -1));
    }
}
