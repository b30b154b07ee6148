package nl.stedenband.mission;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import nl.stedenband.base.BusinessRuleException;
import nl.stedenband.base.RecordDeleted;
import nl.stedenband.base.RecordNotFoundException;
import nl.stedenband.base.Term;
import nl.stedenband.base.TimelineEvent;
import nl.stedenband.contact.Contact;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationType;
import nl.stedenband.security.Access;
import nl.stedenband.security.CurrentUser;
import nl.stedenband.security.Role;
import nl.stedenband.security.UserService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trade missions. Officers and administrators run them; startup coordinators read them and may
 * add or remove the companies, startups and innovation hubs of the delegation; viewers read.
 * The status moves one step at a time: "underway" not before the first day and "completed" not
 * before the last, in the destination's time, unless an administrator overrides with a reason;
 * one step back with a reason. Once reported, the delegation, itinerary and outcomes are what was
 * reported: nobody changes them until an administrator reopens the mission with a reason.
 */
@Service
@PreAuthorize(Access.SIGNED_IN)
public class MissionService {

    public static final String SUBJECT_TYPE = "MISSION";

    private final TradeMissionRepository missions;
    private final MissionParticipantRepository participants;
    private final ItineraryItemRepository itinerary;
    private final MissionOutcomeRepository outcomes;
    private final ApplicationEventPublisher events;
    private final UserService users;
    private final Clock clock;

    @PersistenceContext
    private EntityManager em;

    MissionService(
            TradeMissionRepository missions,
            MissionParticipantRepository participants,
            ItineraryItemRepository itinerary,
            MissionOutcomeRepository outcomes,
            ApplicationEventPublisher events,
            UserService users,
            Clock clock) {
        this.clock = clock;
        this.users = users;
        this.missions = missions;
        this.participants = participants;
        this.itinerary = itinerary;
        this.outcomes = outcomes;
        this.events = events;
    }

    /** A page of missions, newest first, each with its destination, lead officer and number of organizations. */
    @Transactional(readOnly = true)
    public List<MissionListItem> list(MissionFilter filter, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<MissionListItem> q = em.createQuery(
                "select new nl.stedenband.mission.MissionListItem(m.id, m.title,"
                        + " d.name, m.startDate, m.endDate, m.status, u.displayName,"
                        + " (select count(distinct p.organization) from MissionParticipant p where p.mission = m))"
                        + " from TradeMission m join m.destination d left join m.leadOfficer u" + where(filter, params)
                        + " order by m.startDate desc, m.id desc",
                MissionListItem.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /**
     * Missions not yet over and still to come or under way (not completed, reported or cancelled),
     * soonest first: the dashboard's "upcoming missions".
     */
    @Transactional(readOnly = true)
    public List<MissionListItem> upcoming(int limit) {
        return em.createQuery(
                        "select new nl.stedenband.mission.MissionListItem(m.id, m.title,"
                                + " d.name, m.startDate, m.endDate, m.status, u.displayName,"
                                + " (select count(distinct p.organization) from MissionParticipant p where p.mission = m))"
                                + " from TradeMission m join m.destination d left join m.leadOfficer u"
                                + " where m.endDate >= :today and m.status in :upcoming"
                                + " order by m.startDate, m.id",
                        MissionListItem.class)
                .setParameter("today", LocalDate.now(clock))
                .setParameter(
                        "upcoming",
                        java.util.Arrays.stream(MissionStatus.values())
                                .filter(MissionStatus::upcoming)
                                .toList())
                .setMaxResults(limit)
                .getResultList();
    }

    @Transactional(readOnly = true)
    public long count(MissionFilter filter) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("select count(m) from TradeMission m" + where(filter, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    @Transactional(readOnly = true)
    public MissionFigures figures() {
        List<Object[]> perYear = em.createQuery(
                        "select year(m.startDate), count(distinct p.organization.id)"
                                + " from MissionParticipant p join p.mission m where m.status in :travelled and p.organization.type in :companies"
                                + " group by year(m.startDate) order by year(m.startDate)",
                        Object[].class)
                .setParameter("travelled", travelled())
                .setParameter("companies", List.of(OrganizationType.COMPANY, OrganizationType.STARTUP))
                .getResultList();
        Map<Integer, Long> companiesPerYear = new TreeMap<>();
        perYear.forEach(r -> companiesPerYear.put(((Number) r[0]).intValue(), ((Number) r[1]).longValue()));
        long total = em.createQuery(
                        "select count(distinct p.organization.id) from MissionParticipant p join p.mission m"
                                + " where m.status in :travelled and p.organization.type in :companies",
                        Long.class)
                .setParameter("travelled", travelled())
                .setParameter("companies", List.of(OrganizationType.COMPANY, OrganizationType.STARTUP))
                .getSingleResult();
        Map<String, Long> perCity = new LinkedHashMap<>();
        em.createQuery(
                        "select d.name, count(m) from TradeMission m join m.destination d"
                                + " where m.status <> nl.stedenband.mission.MissionStatus.CANCELLED group by d.name order by d.name",
                        Object[].class)
                .getResultList()
                .forEach(r -> perCity.put((String) r[0], ((Number) r[1]).longValue()));
        return new MissionFigures(companiesPerYear, total, perCity);
    }

    @Transactional(readOnly = true)
    public TradeMission get(long id) {
        return missions.findWithDetails(id).orElseThrow(() -> new RecordNotFoundException("mission.record", id));
    }

    @Transactional
    @PreAuthorize(Access.ADMIN_OR_OFFICER)
    public TradeMission save(TradeMission mission) {
        if (mission.getStartDate() != null
                && mission.getEndDate() != null
                && mission.getEndDate().isBefore(mission.getStartDate())) {
            throw new BusinessRuleException("mission.refusal.endBeforeStart");
        }
        if (!mission.isNew() && get(mission.id()).getStatus() != mission.getStatus()) {
            throw new BusinessRuleException("mission.refusal.statusOwnButton");
        }
        if (mission.isNew() && mission.getLeadOfficer() == null && CurrentUser.hasAnyRole(Role.OFFICER)) {
            users.currentUser().ifPresent(mission::setLeadOfficer);
        }
        long id = missions.saveAndFlush(mission).id();
        return get(id);
    }

    /** One step along the flow; "underway" and "completed" not before their day in the destination. */
    @Transactional
    @PreAuthorize(Access.ADMIN_OR_OFFICER)
    public TradeMission changeStatus(long id, long expectedVersion, MissionStatus target) {
        TradeMission m = current(id, expectedVersion);
        checkStep(m, target);
        tooEarly(m, target).ifPresent(day -> {
            throw new BusinessRuleException(
                    target == MissionStatus.UNDERWAY
                            ? "mission.refusal.underwayTooEarly"
                            : "mission.refusal.completedTooEarly",
                    day,
                    m.destination().getName());
        });
        return move(m, target, null, "timeline.status");
    }

    /** The same step before its day in the destination (a delegation that left early): administrators, with a reason. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public TradeMission changeStatusEarly(long id, long expectedVersion, MissionStatus target, String reason) {
        TradeMission m = current(id, expectedVersion);
        checkStep(m, target);
        return move(m, target, reason(reason), "timeline.statusEarly");
    }

    /**
     * One step back along the flow, with the reason, which the timeline and the history keep. A
     * reported mission goes back only when an administrator {@link #reopen reopens} it.
     */
    @Transactional
    @PreAuthorize(Access.ADMIN_OR_OFFICER)
    public TradeMission stepBack(long id, long expectedVersion, String reason) {
        TradeMission m = current(id, expectedVersion);
        if (m.getStatus().locksRecord()) {
            throw new BusinessRuleException("mission.refusal.reopenByAdministrator");
        }
        MissionStatus back = m.getStatus()
                .previous()
                .orElseThrow(() -> new BusinessRuleException(
                        "mission.refusal.noStepBack", Term.lower(m.getStatus().labelKey())));
        return move(m, back, reason(reason), "timeline.statusBack");
    }

    /** A reported mission becomes completed again, so that its delegation, itinerary and outcomes can change. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public TradeMission reopen(long id, long expectedVersion, String reason) {
        TradeMission m = current(id, expectedVersion);
        if (!m.getStatus().locksRecord()) {
            throw new BusinessRuleException("mission.refusal.notReported");
        }
        return move(m, MissionStatus.COMPLETED, reason(reason), "timeline.statusReopened");
    }

    /**
     * The day before which the step may not be taken, if that day has not come yet in the destination:
     * the first day for "underway", the last for "completed". Reads only the mission and the clock.
     */
    public Optional<LocalDate> tooEarly(TradeMission mission, MissionStatus target) {
        LocalDate day = target == MissionStatus.UNDERWAY
                ? mission.getStartDate()
                : target == MissionStatus.COMPLETED ? mission.getEndDate() : null;
        if (day == null || mission.getDestination() == null) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock.withZone(mission.getDestination().zone()));
        return today.isBefore(day) ? Optional.of(day) : Optional.empty();
    }

    /** Whether the delegation, itinerary and outcomes may change: not once the mission is reported. */
    public boolean isOpenForChanges(TradeMission mission) {
        return !mission.getStatus().locksRecord();
    }

    @Transactional
    @PreAuthorize(Access.ADMIN_OR_OFFICER)
    public void delete(long id) {
        TradeMission m = get(id);
        if (m.getStatus().travelled()) {
            throw new BusinessRuleException("mission.refusal.travelledStays");
        }
        events.publishEvent(new RecordDeleted(SUBJECT_TYPE, id));
        missions.delete(m);
    }

    @Transactional(readOnly = true)
    public List<MissionParticipant> participants(long missionId) {
        return participants.findByMission(missionId);
    }

    /** Adds an organization, or one of its people, to the delegation; the same one twice is refused. */
    @Transactional
    @PreAuthorize(Access.ADMIN_OFFICER_OR_COORDINATOR)
    public MissionParticipant addParticipant(
            long missionId, Organization organization, @Nullable Contact contact, ParticipantRole role) {
        checkParticipantWrite(organization);
        TradeMission m = openForChanges(missionId);
        if (contact != null
                && (contact.getOrganization() == null
                        || !contact.getOrganization().equals(organization))) {
            throw new BusinessRuleException(
                    "mission.refusal.notWorkingAt", contact.getFullName(), organization.getName());
        }
        if (participants.exists(missionId, organization.id(), contact == null ? null : contact.getId())) {
            throw new BusinessRuleException(
                    "mission.refusal.alreadyTakesPart",
                    contact == null ? organization.getName() : contact.getFullName());
        }
        return participants.saveAndFlush(new MissionParticipant(m, organization, contact, role));
    }

    @Transactional
    @PreAuthorize(Access.ADMIN_OFFICER_OR_COORDINATOR)
    public void removeParticipant(long participantId) {
        MissionParticipant p = participants
                .findById(participantId)
                .orElseThrow(() -> new RecordNotFoundException("mission.participant.record", participantId));
        checkParticipantWrite(p.getOrganization());
        openForChanges(p.getMission().id());
        participants.delete(p);
    }

    /** Whether the signed-in user may add or remove this kind of organization: coordinators the business kinds only. */
    public boolean canManageParticipant(@Nullable OrganizationType type) {
        if (CurrentUser.hasAnyRole(Role.ADMIN, Role.OFFICER)) {
            return true;
        }
        return CurrentUser.hasAnyRole(Role.COORDINATOR) && type != null && type.isBusiness();
    }

    public boolean canEdit() {
        return CurrentUser.hasAnyRole(Role.ADMIN, Role.OFFICER);
    }

    @Transactional(readOnly = true)
    public List<ItineraryItem> itinerary(long missionId) {
        return itinerary.findByMission(missionId);
    }

    /** A visit or meeting, entered in the destination's local time, on one of the mission's days there. */
    @Transactional
    @PreAuthorize(Access.ADMIN_OR_OFFICER)
    public ItineraryItem addItineraryItem(
            long missionId,
            LocalDateTime localStart,
            int durationMinutes,
            String title,
            @Nullable String place,
            @Nullable Organization host) {
        TradeMission m = openForChanges(missionId);
        checkItineraryItem(m, localStart, durationMinutes, title, place);
        return itinerary.saveAndFlush(new ItineraryItem(
                m,
                localStart.atZone(m.destination().zone()),
                durationMinutes,
                title.strip(),
                blankToNull(place),
                host));
    }

    /** The item changed as the form says, under the same rules as a new one. */
    @Transactional
    @PreAuthorize(Access.ADMIN_OR_OFFICER)
    public ItineraryItem updateItineraryItem(
            long itemId,
            long expectedVersion,
            LocalDateTime localStart,
            int durationMinutes,
            String title,
            @Nullable String place,
            @Nullable Organization host) {
        ItineraryItem item = itinerary
                .findById(itemId)
                .orElseThrow(() -> new RecordNotFoundException("mission.itinerary.record", itemId));
        if (item.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Itinerary item " + itemId + " was changed");
        }
        TradeMission m = openForChanges(item.getMission().id());
        checkItineraryItem(m, localStart, durationMinutes, title, place);
        item.change(
                localStart.atZone(m.destination().zone()), durationMinutes, title.strip(), blankToNull(place), host);
        return itinerary.saveAndFlush(item);
    }

    @Transactional
    @PreAuthorize(Access.ADMIN_OR_OFFICER)
    public void removeItineraryItem(long itemId) {
        itinerary.findById(itemId).ifPresent(item -> {
            openForChanges(item.getMission().id());
            itinerary.delete(item);
        });
    }

    @Transactional(readOnly = true)
    public List<MissionOutcome> outcomes(long missionId) {
        return outcomes.findByMission(missionId);
    }

    @Transactional
    @PreAuthorize(Access.ADMIN_OR_OFFICER)
    public MissionOutcome addOutcome(long missionId, OutcomeKind kind, Organization organization, String description) {
        TradeMission m = openForChanges(missionId);
        if (description.isBlank()) {
            throw new BusinessRuleException("mission.refusal.outcomeDescription");
        }
        return outcomes.saveAndFlush(new MissionOutcome(m, kind, organization, description.trim()));
    }

    /** The itinerary as an iCalendar file: each item at its UTC instant, so calendars show the right local time. */
    @Transactional(readOnly = true)
    public String itineraryCalendar(long missionId) {
        TradeMission m = get(missionId);
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Stedenband//Trade missions//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        for (ItineraryItem item : itinerary(missionId)) {
            VEvent event =
                    new VEvent(item.getStartsAt(), Duration.ofMinutes(item.getDurationMinutes()), item.getTitle());
            event.add(new Uid("mission-" + missionId + "-item-" + item.getId() + "@stedenband"));
            if (item.getPlace() != null) {
                event.add(new Location(item.getPlace()));
            }
            event.add(new Description(m.getTitle()
                    + (item.getHost() == null ? "" : "; host: " + item.getHost().getName()) + "; local time "
                    + item.localStart().toLocalTime() + " "
                    + item.localStart().getZone().getId()));
            calendar.add(event);
        }
        try (StringWriter out = new StringWriter()) {
            new CalendarOutputter(false).output(calendar, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TradeMission current(long id, long expectedVersion) {
        TradeMission m = get(id);
        if (m.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Trade mission " + id + " was changed");
        }
        return m;
    }

    private static void checkStep(TradeMission m, MissionStatus target) {
        if (!m.getStatus().canBecome(target)) {
            throw illegalStep(m.getStatus(), target);
        }
        if (target == MissionStatus.REPORTED
                && (m.getReport() == null || m.getReport().isBlank())) {
            throw new BusinessRuleException("mission.refusal.reportFirst");
        }
    }

    /** The move, with its reason (or none) in the record, so the history keeps it, and on the timeline. */
    private TradeMission move(TradeMission m, MissionStatus target, @Nullable String reason, String timelineKey) {
        MissionStatus from = m.getStatus();
        m.setStatus(target);
        m.setStatusReason(reason);
        missions.flush();
        events.publishEvent(TimelineEvent.said(
                SUBJECT_TYPE,
                m.id(),
                TimelineEvent.Kind.STATUS,
                reason,
                timelineKey,
                from.labelKey(),
                target.labelKey()));
        return get(m.id());
    }

    private static String reason(@Nullable String reason) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw new BusinessRuleException("mission.refusal.reasonRequired");
        }
        if (r.length() > TradeMission.STATUS_REASON_LENGTH) {
            throw new BusinessRuleException("mission.refusal.reasonLength", TradeMission.STATUS_REASON_LENGTH);
        }
        return r;
    }

    private TradeMission openForChanges(long missionId) {
        TradeMission m = get(missionId);
        if (!isOpenForChanges(m)) {
            throw new BusinessRuleException("mission.refusal.reportedReadOnly");
        }
        return m;
    }

    private static void checkItineraryItem(
            TradeMission m, LocalDateTime localStart, int durationMinutes, String title, @Nullable String place) {
        if (title == null || title.isBlank()) {
            throw new BusinessRuleException("mission.refusal.itineraryTitle");
        }
        if (title.strip().length() > ItineraryItem.TEXT_LENGTH
                || place != null && place.strip().length() > ItineraryItem.TEXT_LENGTH) {
            throw new BusinessRuleException("mission.refusal.itineraryTextLength", ItineraryItem.TEXT_LENGTH);
        }
        if (durationMinutes <= 0 || durationMinutes > ItineraryItem.LONGEST_MINUTES) {
            throw new BusinessRuleException("mission.refusal.duration", ItineraryItem.LONGEST_MINUTES / 60);
        }
        LocalDate day = localStart.toLocalDate();
        if (day.isBefore(m.getStartDate()) || day.isAfter(m.getEndDate())) {
            throw new BusinessRuleException(
                    "mission.refusal.itineraryOutsideDates",
                    m.startDate(),
                    m.endDate(),
                    m.destination().getName());
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void checkParticipantWrite(Organization organization) {
        if (!canManageParticipant(organization.getType())) {
            throw new AccessDeniedException("mission.refusal.coordinatorKinds");
        }
    }

    /** The refusal of a step the flow does not allow, naming the steps it does allow. */
    private static BusinessRuleException illegalStep(MissionStatus from, MissionStatus target) {
        List<Term> allowed =
                from.next().stream().map(s -> Term.lower(s.labelKey())).toList();
        Term fromWord = Term.lower(from.labelKey());
        Term targetWord = Term.lower(target.labelKey());
        return switch (allowed.size()) {
            case 0 -> new BusinessRuleException("mission.refusal.statusFinal", fromWord, targetWord);
            case 1 -> new BusinessRuleException("mission.refusal.statusOneWay", fromWord, targetWord, allowed.get(0));
            default ->
                new BusinessRuleException(
                        "mission.refusal.statusTwoWays", fromWord, targetWord, allowed.get(0), allowed.get(1));
        };
    }

    private static List<MissionStatus> travelled() {
        List<MissionStatus> list = new ArrayList<>();
        for (MissionStatus s : MissionStatus.values()) {
            if (s.travelled()) {
                list.add(s);
            }
        }
        return list;
    }

    private static String where(MissionFilter f, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        if (f.year() != null) {
            params.put("year", f.year());
            where.add("year(m.startDate) = :year");
        }
        if (f.destinationId() != null) {
            params.put("destinationId", f.destinationId());
            where.add("m.destination.id = :destinationId");
        }
        if (f.status() != null) {
            params.put("status", f.status());
            where.add("m.status = :status");
        }
        if (f.leadOfficerId() != null) {
            params.put("leadId", f.leadOfficerId());
            where.add("m.leadOfficer.id = :leadId");
        }
        if (f.text() != null && !f.text().isBlank()) {
            params.put("text", "%" + f.text().trim().replace("%", "").replace("_", "") + "%");
            where.add("(m.title like :text or m.goals like :text)");
        }
        return where.isEmpty() ? "" : " where " + String.join(" and ", where);
    }
}
