package nl.stedenband.exchange;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.stedenband.activity.ActivityService;
import nl.stedenband.base.Bundles;
import nl.stedenband.base.BusinessRuleException;
import nl.stedenband.base.RecordNotFoundException;
import nl.stedenband.base.Term;
import nl.stedenband.base.TimelineEvent;
import nl.stedenband.contact.Contact;
import nl.stedenband.contact.Organization;
import nl.stedenband.security.Access;
import nl.stedenband.security.CurrentUser;
import nl.stedenband.security.Role;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Exchange programmes and their mobilities. Officers and administrators write; coordinators and viewers read. */
@Service
@PreAuthorize(Access.SIGNED_IN)
public class ExchangeService {

    public static final String SUBJECT_TYPE = "PROGRAMME";

    /** Why the retention job erases a past participant: a bundle key, said in each reader's language. */
    static final String RETENTION_REASON = "exchange.retention.erasureReason";

    /** How long after a minors' programme ends its participants' data is kept. */
    static final int RETENTION_YEARS = 2;

    private static final Set<MobilityStatus> USING_PLACES =
            EnumSet.of(MobilityStatus.ACCEPTED, MobilityStatus.IN_PROGRESS, MobilityStatus.COMPLETED);
    private static final Set<MobilityStatus> FINISHED = EnumSet.of(MobilityStatus.COMPLETED, MobilityStatus.WITHDRAWN);

    private final ExchangeProgrammeRepository programmes;
    private final MobilityRepository mobilities;
    private final MobilityAnonymiser anonymiser;
    private final ActivityService activities;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    @PersistenceContext
    private EntityManager em;

    ExchangeService(
            ExchangeProgrammeRepository programmes,
            MobilityRepository mobilities,
            MobilityAnonymiser anonymiser,
            ActivityService activities,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.programmes = programmes;
        this.mobilities = mobilities;
        this.anonymiser = anonymiser;
        this.activities = activities;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ProgrammeListItem> list(@Nullable String academicYear, @Nullable String text, int offset, int limit) {
        String where = where(academicYear, text);
        var q = em.createQuery(
                        "select new nl.stedenband.exchange.ProgrammeListItem(p.id, p.name, p.type, c.name, p.academicYear,"
                                + " h.name, pi.name,"
                                + " (select count(m) from Mobility m where m.programme = p and m.direction = nl.stedenband.exchange.Direction.OUTBOUND and m.status in :using),"
                                + " p.quotaOutbound,"
                                + " (select count(m) from Mobility m where m.programme = p and m.direction = nl.stedenband.exchange.Direction.INBOUND and m.status in :using),"
                                + " p.quotaInbound, p.status)"
                                + " from ExchangeProgramme p join p.partnerCity c join p.homeInstitution h join p.partnerInstitution pi"
                                + where
                                + " order by p.academicYear desc, p.name, p.id",
                        ProgrammeListItem.class)
                .setParameter("using", USING_PLACES);
        bind(q, academicYear, text);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** The academic year running on a date; it starts on 1 September: 23 Nov 2026 is in "2026/27". */
    public static String academicYearOf(LocalDate date) {
        int start = date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
        return start + "/" + String.format("%02d", (start + 1) % 100);
    }

    /** This academic year's programmes with their places used against the quota, for the dashboard. */
    @Transactional(readOnly = true)
    public List<ProgrammeListItem> thisAcademicYear(int limit) {
        return list(academicYearOf(LocalDate.now(clock)), null, 0, limit);
    }

    @Transactional(readOnly = true)
    public long count(@Nullable String academicYear, @Nullable String text) {
        var q = em.createQuery("select count(p) from ExchangeProgramme p" + where(academicYear, text), Long.class);
        bind(q, academicYear, text);
        return q.getSingleResult();
    }

    @Transactional(readOnly = true)
    public ExchangeProgramme get(long id) {
        return programmes.findWithDetails(id).orElseThrow(() -> new RecordNotFoundException("exchange.record", id));
    }

    @Transactional
    @PreAuthorize(Access.ADMIN_OR_OFFICER)
    public ExchangeProgramme save(ExchangeProgramme programme) {
        for (Organization institution :
                new Organization[] {programme.getHomeInstitution(), programme.getPartnerInstitution()}) {
            if (institution != null
                    && institution.getType() != nl.stedenband.contact.OrganizationType.UNIVERSITY
                    && institution.getType() != nl.stedenband.contact.OrganizationType.SCHOOL) {
                throw new BusinessRuleException("exchange.refusal.notAnInstitution", institution.getName());
            }
        }
        long id = programmes.saveAndFlush(programme).id();
        return get(id);
    }

    @Transactional(readOnly = true)
    public List<Mobility> mobilities(long programmeId) {
        return mobilities.findByProgramme(programmeId);
    }

    @Transactional
    @PreAuthorize(Access.ADMIN_OR_OFFICER)
    public Mobility nominate(
            long programmeId,
            Contact person,
            Direction direction,
            LocalDate start,
            LocalDate end,
            @Nullable Organization host) {
        ExchangeProgramme p = get(programmeId);
        if (p.getStatus() == ProgrammeStatus.ENDED) {
            throw new BusinessRuleException("exchange.refusal.programmeEnded", p.getName());
        }
        if (end.isBefore(start)) {
            throw new BusinessRuleException("exchange.refusal.endBeforeStart");
        }
        Mobility m = new Mobility(p, person, direction, start, end, host);
        if (p.isMinors()) {
            m.setRetentionUntil(p.endsOn().plusYears(RETENTION_YEARS));
        }
        return mobilities.saveAndFlush(m);
    }

    /** Secondary-school exchanges: a guardian has consented; needed before the mobility can be accepted. */
    @Transactional
    @PreAuthorize(Access.ADMIN_OR_OFFICER)
    public Mobility recordGuardianConsent(long mobilityId) {
        Mobility m = mobility(mobilityId);
        m.setGuardianConsent(true);
        return m;
    }

    /**
     * Moves a mobility along NOMINATED → ACCEPTED → IN_PROGRESS → COMPLETED, or withdraws it.
     * Accepting takes a lock on the programme first and then counts the places in use, so that two
     * officers accepting the last place at the same moment cannot both get it. Read committed, so
     * that the count after the lock sees what the other officer has just committed (under MariaDB's
     * default repeatable read it would still see the snapshot from before the wait).
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize(Access.ADMIN_OR_OFFICER)
    public Mobility changeStatus(long mobilityId, long expectedVersion, MobilityStatus target) {
        Mobility before = mobility(mobilityId);
        ExchangeProgramme programme = before.getProgramme();
        if (target == MobilityStatus.ACCEPTED) {
            programmes.lockForPlaces(programme.id());
            em.refresh(before);
        }
        Mobility m = before;
        if (m.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Mobility " + mobilityId + " was changed");
        }
        if (!m.getStatus().canBecome(target)) {
            throw illegalStep(m.getStatus(), target);
        }
        if (target == MobilityStatus.ACCEPTED) {
            if (programme.isMinors() && !m.isGuardianConsent()) {
                throw new BusinessRuleException("exchange.refusal.guardianConsent");
            }
            long used = mobilities.countPlacesUsed(programme.id(), m.getDirection(), USING_PLACES);
            int quota = programme.quota(m.getDirection());
            if (used >= quota) {
                throw new BusinessRuleException(
                        m.getDirection() == Direction.OUTBOUND
                                ? "exchange.refusal.outboundPlacesTaken"
                                : "exchange.refusal.inboundPlacesTaken",
                        quota,
                        programme.getName());
            }
        }
        MobilityStatus from = m.getStatus();
        m.setStatus(target);
        mobilities.flush();
        // by number, not name: the programme's timeline outlives the person's data (anonymisation)
        events.publishEvent(TimelineEvent.said(
                SUBJECT_TYPE,
                programme.id(),
                TimelineEvent.Kind.STATUS,
                null,
                "timeline.mobility." + m.getDirection().name(),
                String.valueOf(m.id()),
                from.labelKey(),
                target.labelKey()));
        return m;
    }

    /**
     * Erases the personal data of past participants whose retention date has passed: the mobilities
     * stay (the figures do not change), the people are erased as a GDPR erasure erases them (one
     * rule: the record, its stored history, notes and tasks about them), and the programme's
     * timeline records that it happened.
     */
    @Transactional
    @PreAuthorize(Access.ADMIN_OR_OFFICER)
    public int anonymisePastParticipants(long programmeId) {
        List<Mobility> due = mobilities.findPastRetention(programmeId, LocalDate.now(clock), FINISHED);
        for (Mobility m : due) {
            anonymiser.anonymise(m, RETENTION_REASON);
        }
        if (!due.isEmpty()) {
            events.publishEvent(TimelineEvent.said(
                    SUBJECT_TYPE,
                    programmeId,
                    TimelineEvent.Kind.NOTE,
                    null,
                    "timeline.participantsAnonymised",
                    String.valueOf(due.size())));
        }
        return due.size();
    }

    /** Per academic year and partner city: mobilities by type and direction, and places used against quota. */
    @Transactional(readOnly = true)
    public List<ExchangeFigure> figures() {
        List<Object[]> rows = em.createQuery(
                        "select p.academicYear, c.name, p.type, d.direction,"
                                + " count(d), sum(case when d.status in :using then 1 else 0 end)"
                                + " from Mobility d join d.programme p join p.partnerCity c"
                                + " group by p.academicYear, c.name, p.type, d.direction"
                                + " order by p.academicYear desc, c.name, p.type, d.direction",
                        Object[].class)
                .setParameter("using", USING_PLACES)
                .getResultList();
        List<Object[]> quotas = em.createQuery(
                        "select p.academicYear, c.name, p.type, sum(p.quotaOutbound), sum(p.quotaInbound)"
                                + " from ExchangeProgramme p join p.partnerCity c group by p.academicYear, c.name, p.type",
                        Object[].class)
                .getResultList();
        List<ExchangeFigure> figures = new ArrayList<>();
        for (Object[] r : rows) {
            Direction direction = (Direction) r[3];
            long quota = quotas.stream()
                    .filter(q -> q[0].equals(r[0]) && q[1].equals(r[1]) && q[2].equals(r[2]))
                    .mapToLong(q -> ((Number) (direction == Direction.OUTBOUND ? q[3] : q[4])).longValue())
                    .sum();
            figures.add(new ExchangeFigure(
                    (String) r[0],
                    (String) r[1],
                    (ProgrammeType) r[2],
                    direction,
                    ((Number) r[4]).longValue(),
                    ((Number) r[5]).longValue(),
                    quota));
        }
        return figures;
    }

    @Transactional(readOnly = true)
    public String figuresCsv() {
        try (StringWriter out = new StringWriter();
                CSVPrinter csv = new CSVPrinter(
                        out,
                        CSVFormat.DEFAULT
                                .builder()
                                .setHeader(
                                        "academic_year",
                                        "partner_city",
                                        "type",
                                        "direction",
                                        "mobilities",
                                        "places_used",
                                        "quota")
                                .get())) {
            for (ExchangeFigure f : figures()) {
                csv.printRecord(
                        f.academicYear(),
                        f.partnerCity(),
                        english(f.type().labelKey()),
                        english(f.direction().labelKey()),
                        f.mobilities(),
                        f.placesUsed(),
                        f.quota());
            }
            csv.flush();
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean canEdit() {
        return CurrentUser.hasAnyRole(Role.ADMIN, Role.OFFICER);
    }

    /** The refusal of a step the flow does not allow, naming the steps it does allow. */
    private static BusinessRuleException illegalStep(MobilityStatus from, MobilityStatus target) {
        List<Term> allowed =
                from.next().stream().map(s -> Term.lower(s.labelKey())).toList();
        Term fromWord = Term.lower(from.labelKey());
        Term targetWord = Term.lower(target.labelKey());
        return allowed.isEmpty()
                ? new BusinessRuleException("exchange.refusal.statusFinal", fromWord, targetWord)
                : new BusinessRuleException(
                        "exchange.refusal.statusTwoWays",
                        fromWord,
                        targetWord,
                        allowed.get(0),
                        allowed.get(allowed.size() - 1));
    }

    /**
     * The timeline and the figures file keep one language: a stored line is not translated later,
     * and a spreadsheet reads the same columns whoever downloaded it.
     */
    private static String english(String key) {
        return Bundles.t(Locale.ENGLISH, key);
    }

    private Mobility mobility(long id) {
        return mobilities
                .findWithProgramme(id)
                .orElseThrow(() -> new RecordNotFoundException("exchange.mobility.record", id));
    }

    private static String where(@Nullable String academicYear, @Nullable String text) {
        List<String> where = new ArrayList<>();
        if (academicYear != null && !academicYear.isBlank()) {
            where.add("p.academicYear = :year");
        }
        if (text != null && !text.isBlank()) {
            where.add("p.name like :text");
        }
        return where.isEmpty() ? "" : " where " + String.join(" and ", where);
    }

    private static void bind(jakarta.persistence.Query q, @Nullable String academicYear, @Nullable String text) {
        if (academicYear != null && !academicYear.isBlank()) {
            q.setParameter("year", academicYear.trim());
        }
        if (text != null && !text.isBlank()) {
            q.setParameter("text", "%" + text.trim().replace("%", "").replace("_", "") + "%");
        }
    }
}
