package nl.stedenband.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.stedenband.base.BusinessRuleException;
import nl.stedenband.base.RecordDeleted;
import nl.stedenband.base.RecordNotFoundException;
import nl.stedenband.base.Term;
import nl.stedenband.base.TimelineEvent;
import nl.stedenband.city.City;
import nl.stedenband.contact.Contact;
import nl.stedenband.security.Access;
import nl.stedenband.security.AppUser;
import nl.stedenband.security.CurrentUser;
import nl.stedenband.security.Role;
import nl.stedenband.security.UserService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Videoconferences. Officers, coordinators and administrators plan them; viewers read them. */
@Service
@PreAuthorize(Access.SIGNED_IN)
public class MeetingService {

    public static final String SUBJECT_TYPE = "VIDEOCONFERENCE";

    /** Sessions longer than this are rare; it bounds the search for overlaps to an index range. */
    private static final Duration LONGEST_SESSION = Duration.ofHours(10);

    private final VideoconferenceRepository meetings;
    private final UserService users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingService(
            VideoconferenceRepository meetings, UserService users, ApplicationEventPublisher events, Clock clock) {
        this.meetings = meetings;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A page of sessions, newest start first, each with its local time in every participating
     * city (relative to {@code reference}, in {@code language}). Two statements whatever the page size.
     * {@code upcomingOnly} lists the sessions still to come, soonest first, without the cancelled ones.
     */
    @Transactional(readOnly = true)
    public List<MeetingListItem> list(
            boolean upcomingOnly, String text, int offset, int limit, ZoneId reference, Locale language) {
        Sort order =
                upcomingOnly ? Sort.by("startAt", "id") : Sort.by(Sort.Order.desc("startAt"), Sort.Order.desc("id"));
        List<Long> ids = meetings.findPageIds(
                upcomingOnly,
                clock.instant(),
                like(text),
                PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit), order));
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Videoconference> byId = meetings.findWithCities(ids).stream()
                .collect(Collectors.toMap(Videoconference::getId, Function.identity()));
        return ids.stream()
                .map(byId::get)
                .map(v -> new MeetingListItem(
                        v.id(),
                        v.getTopic(),
                        v.getTheme(),
                        v.startAt(),
                        v.getDurationMinutes(),
                        v.getStatus(),
                        v.organizingCity().getName(),
                        LocalTimes.perCity(v.startAt(), homeFirst(v.getCities()), reference, language)))
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(boolean upcomingOnly, String text) {
        return meetings.countPage(upcomingOnly, clock.instant(), like(text));
    }

    /** The session with its cities and participants, ready for a form. */
    @Transactional(readOnly = true)
    public Videoconference get(long id) {
        return meetings.findWithDetails(id).orElseThrow(() -> new RecordNotFoundException("meeting.record", id));
    }

    @Transactional
    @PreAuthorize(Access.ADMIN_OFFICER_OR_COORDINATOR)
    public Videoconference save(Videoconference v) {
        if (v.getOrganizingCity() == null || v.getStartAt() == null) {
            throw new BusinessRuleException("meeting.refusal.cityAndStart");
        }
        v.getCities().add(v.getOrganizingCity());
        if (v.getCities().size() < 2) {
            throw new BusinessRuleException("meeting.refusal.otherCity");
        }
        if (!v.isNew()) {
            Videoconference stored = get(v.id());
            if (stored.getStatus() != v.getStatus()) {
                throw new BusinessRuleException("meeting.refusal.statusOwnButton");
            }
        }
        long id = meetings.saveAndFlush(v).id();
        return get(id);
    }

    /** Moves a session along PROPOSED → SCHEDULED → HELD, or cancels it before it is held. */
    @Transactional
    @PreAuthorize(Access.ADMIN_OFFICER_OR_COORDINATOR)
    public Videoconference changeStatus(long id, long expectedVersion, MeetingStatus target) {
        Videoconference v = get(id);
        if (v.getVersion() != expectedVersion) {
            throw new org.springframework.dao.OptimisticLockingFailureException(
                    "Videoconference " + id + " was changed");
        }
        if (!v.getStatus().canBecome(target)) {
            throw illegalStep(v.getStatus(), target);
        }
        MeetingStatus from = v.getStatus();
        v.setStatus(target);
        meetings.flush();
        events.publishEvent(TimelineEvent.statusChanged(SUBJECT_TYPE, id, from.labelKey(), target.labelKey()));
        return get(id);
    }

    /** Other sessions that one of the participants is already in at an overlapping time: a warning, not a refusal. */
    @Transactional(readOnly = true)
    public List<Videoconference> overlapping(Videoconference v) {
        if (v.getStartAt() == null || v.getParticipants().isEmpty()) {
            return List.of();
        }
        Set<Long> contactIds = v.getParticipants().stream().map(Contact::getId).collect(Collectors.toSet());
        return meetings
                .findCandidatesOverlapping(
                        contactIds,
                        v.getId() == null ? -1 : v.getId(),
                        v.endAt(),
                        v.getStartAt().minus(LONGEST_SESSION))
                .stream()
                .filter(other -> other.endAt().isAfter(v.getStartAt()))
                .sorted(Comparator.comparing(Videoconference::getStartAt))
                .toList();
    }

    /** The iCalendar invitation, organized by the signed-in user's office. */
    @Transactional(readOnly = true)
    public String invitation(long id) {
        Videoconference v = get(id);
        String organizer = users.currentUser().map(AppUser::getUsername).orElse("office") + "@stedenband.invalid";
        return Invitation.of(v, organizer);
    }

    @Transactional
    @PreAuthorize(Access.ADMIN_OFFICER_OR_COORDINATOR)
    public void delete(long id) {
        Videoconference v = get(id);
        if (v.getStatus() == MeetingStatus.HELD) {
            throw new BusinessRuleException("meeting.refusal.heldStays");
        }
        events.publishEvent(new RecordDeleted(SUBJECT_TYPE, id));
        meetings.delete(v);
    }

    public boolean canEdit() {
        return CurrentUser.hasAnyRole(Role.ADMIN, Role.OFFICER, Role.COORDINATOR);
    }

    /** The refusal of a step the flow does not allow, naming the steps it does allow. */
    private static BusinessRuleException illegalStep(MeetingStatus from, MeetingStatus target) {
        List<Term> allowed =
                from.next().stream().map(s -> Term.lower(s.labelKey())).toList();
        Term fromWord = Term.lower(from.labelKey());
        Term targetWord = Term.lower(target.labelKey());
        return allowed.isEmpty()
                ? new BusinessRuleException("meeting.refusal.statusFinal", fromWord, targetWord)
                : new BusinessRuleException(
                        "meeting.refusal.statusTwoWays",
                        fromWord,
                        targetWord,
                        allowed.get(0),
                        allowed.get(allowed.size() - 1));
    }

    static List<City> homeFirst(Set<City> cities) {
        return cities.stream()
                .sorted(Comparator.comparing(City::isHome).reversed().thenComparing(City::getName))
                .toList();
    }

    private static String like(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return "%" + text.trim().replace("%", "").replace("_", "") + "%";
    }
}
