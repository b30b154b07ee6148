package nl.stedenband.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.stedenband.base.BusinessRuleException;
import nl.stedenband.base.RecordDeleted;
import nl.stedenband.base.RecordNotFoundException;
import nl.stedenband.base.TimelineEvent;
import nl.stedenband.security.Access;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Timelines. Whoever may read a record reads its timeline; whoever may change the record adds to
 * it. The record's own feature declares both as a {@link TimelineSubject}.
 */
@Service
@PreAuthorize(Access.SIGNED_IN)
public class ActivityService {

    private final ActivityRepository activities;
    private final Clock clock;
    private final Map<String, TimelineSubject> subjects;

    ActivityService(ActivityRepository activities, List<TimelineSubject> subjects, Clock clock) {
        this.activities = activities;
        this.clock = clock;
        // two declarations of one type fail at start-up rather than one silently winning
        this.subjects = subjects.stream().collect(Collectors.toMap(TimelineSubject::type, Function.identity()));
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<Activity> timeline(SubjectRef subject) {
        if (!subjectFor(subject).readable().test(subject.id())) {
            throw new RecordNotFoundException("base.record", subject.id());
        }
        return activities.findBySubjectTypeAndSubjectIdOrderByOccurredOnDescIdDesc(subject.type(), subject.id());
    }

    public boolean canAddTo(SubjectRef subject) {
        return subjectFor(subject).changeable().test(subject.id());
    }

    @Transactional
    @PreAuthorize(Access.ADMIN_OFFICER_OR_COORDINATOR)
    public Activity add(
            SubjectRef subject, ActivityKind kind, LocalDate occurredOn, String summary, @Nullable String details) {
        if (!canAddTo(subject)) {
            throw new AccessDeniedException("activity.error.addDenied");
        }
        if (summary.isBlank()) {
            throw new BusinessRuleException("activity.validation.summary");
        }
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null) {
            throw new AuthenticationCredentialsNotFoundException("An activity needs a signed-in author");
        }
        String author = signedIn.getName();
        String text = details == null || details.isBlank() ? null : details.trim();
        return activities.save(new Activity(subject, kind, occurredOn, summary.trim(), text, author));
    }

    /** Status changes and finished tasks, recorded in the transaction that made them. */
    @EventListener
    void onTimelineEvent(TimelineEvent event) {
        ActivityKind kind = switch (event.kind()) {
            case STATUS -> ActivityKind.STATUS;
            case TASK -> ActivityKind.TASK;
            case NOTE -> ActivityKind.NOTE;
        };
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String author = auth == null ? "system" : auth.getName();
        activities.save(new Activity(
                new SubjectRef(event.subjectType(), event.subjectId()),
                kind,
                LocalDate.now(clock),
                event.summary(),
                event.details(),
                author,
                event.summaryKey(),
                event.summaryArgs()));
    }

    /** A timeline goes with its record. */
    @EventListener
    void onRecordDeleted(RecordDeleted event) {
        activities.deleteBySubject(event.subjectType(), event.subjectId());
    }

    private TimelineSubject subjectFor(SubjectRef subject) {
        TimelineSubject a = subjects.get(subject.type());
        if (a == null) {
            throw new IllegalArgumentException("No timeline for records of type " + subject.type());
        }
        return a;
    }
}
