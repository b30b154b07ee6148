package nl.stedenband.opportunity;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.stedenband.base.BusinessRuleException;
import nl.stedenband.base.RecordDeleted;
import nl.stedenband.base.RecordNotFoundException;
import nl.stedenband.base.Term;
import nl.stedenband.base.TimelineEvent;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationService;
import nl.stedenband.security.Access;
import nl.stedenband.security.CurrentUser;
import nl.stedenband.security.Role;
import nl.stedenband.security.UserService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Novel-T's pipeline. Everyone signed in reads it; startup coordinators and administrators write.
 * A stage changes only through {@link #changeStage}, along {@link OpportunityStage}'s flow, and
 * each change lands on the timeline of the opportunity and of its organization.
 */
@Service
@PreAuthorize(Access.SIGNED_IN)
public class OpportunityService {

    public static final String SUBJECT_TYPE = "OPPORTUNITY";

    /** The board shows at most this many cards per stage, with the stage's full count beside them. */
    public static final int CARDS_PER_COLUMN = 50;

    /** Longest title quoted on the organization's timeline, whose lines hold 200 characters. */
    private static final int QUOTED_TITLE = 120;

    private final OpportunityRepository opportunities;
    private final OpportunityQueries queries;
    private final OrganizationService organizations;
    private final UserService users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OpportunityService(
            OpportunityRepository opportunities,
            OpportunityQueries queries,
            OrganizationService organizations,
            UserService users,
            ApplicationEventPublisher events,
            Clock clock) {
        this.opportunities = opportunities;
        this.queries = queries;
        this.organizations = organizations;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A page of opportunities matching the filter, sorted by the given keys (title, kind,
     * organization, city, owner, stage, value, nextStepOn; by default stage, then title).
     */
    @Transactional(readOnly = true)
    public List<OpportunityListItem> list(OpportunityFilter filter, int offset, int limit, Sort sort) {
        return queries.list(filter, offset, limit, sort);
    }

    @Transactional(readOnly = true)
    public long count(OpportunityFilter filter) {
        return queries.count(filter);
    }

    /** The opportunity with its organization, city and owner, ready for a form. */
    @Transactional(readOnly = true)
    public Opportunity get(long id) {
        return opportunities
                .findWithDetails(id)
                .orElseThrow(() -> new RecordNotFoundException("opportunity.record", id));
    }

    /**
     * Saves what the form edits. A new opportunity starts as identified, in its organization's city
     * unless another is given, owned by whoever creates it unless someone else is named. The stage
     * does not change here: that is {@link #changeStage}'s work.
     */
    @Transactional
    @PreAuthorize(Access.ADMIN_OR_COORDINATOR)
    public Opportunity save(Opportunity opportunity) {
        if (opportunity.isNew()) {
            if (opportunity.getStage() != OpportunityStage.IDENTIFIED) {
                throw new BusinessRuleException("opportunity.refusal.startsIdentified");
            }
        } else {
            Opportunity stored = get(opportunity.id());
            if (stored.getStage() != opportunity.getStage()) {
                throw new BusinessRuleException("opportunity.refusal.stageOwnButtons");
            }
        }
        Organization organization = opportunity.getOrganization();
        if (organization != null && organization.getId() != null && opportunity.getCity() == null) {
            opportunity.setCity(organizations.get(organization.getId()).getCity());
        }
        if (opportunity.isNew() && opportunity.getOwner() == null) {
            opportunity.setOwner(users.currentUser().orElse(null));
        }
        opportunity.setTitle(opportunity.getTitle().trim());
        opportunity.setNextStep(blankToNull(opportunity.getNextStep()));
        opportunity.setNotes(blankToNull(opportunity.getNotes()));
        long id = opportunities.saveAndFlush(opportunity).id();
        return get(id);
    }

    /** {@link #changeStage(long, long, OpportunityStage, String)} for any stage but lost. */
    @Transactional
    @PreAuthorize(Access.ADMIN_OR_COORDINATOR)
    public Opportunity changeStage(long id, long expectedVersion, OpportunityStage target) {
        return changeStage(id, expectedVersion, target, null);
    }

    /**
     * Moves the opportunity to the next stage of its flow, or to lost (which needs the reason). A
     * move the flow does not allow is refused with the moves that are allowed; a version that is not
     * the stored one means someone else changed it first. The change is written on the timeline of
     * the opportunity and of its organization.
     */
    @Transactional
    @PreAuthorize(Access.ADMIN_OR_COORDINATOR)
    public Opportunity changeStage(
            long id, long expectedVersion, OpportunityStage target, @Nullable String lostReason) {
        Opportunity o = get(id);
        if (o.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Opportunity " + id + " was changed");
        }
        OpportunityStage from = o.getStage();
        if (!from.canBecome(target)) {
            throw refusal(from, target);
        }
        String reason = null;
        if (target == OpportunityStage.LOST) {
            reason = lostReason == null ? "" : lostReason.strip();
            if (reason.isEmpty()) {
                throw new BusinessRuleException("opportunity.refusal.lostReason");
            }
            if (reason.length() > Opportunity.MAX_LOST_REASON) {
                throw new BusinessRuleException("opportunity.refusal.lostReasonLength", Opportunity.MAX_LOST_REASON);
            }
            o.setLostReason(reason);
        }
        o.setStage(target);
        if (!target.isOpen()) {
            o.setClosedOn(LocalDate.now(clock));
        }
        opportunities.flush();
        events.publishEvent(TimelineEvent.said(
                SUBJECT_TYPE,
                id,
                TimelineEvent.Kind.STATUS,
                reason,
                "timeline.status",
                from.labelKey(),
                target.labelKey()));
        Organization organization = o.getOrganization();
        if (organization != null && organization.getId() != null) {
            events.publishEvent(TimelineEvent.said(
                    OrganizationService.SUBJECT_TYPE,
                    organization.getId(),
                    TimelineEvent.Kind.STATUS,
                    reason,
                    "timeline.opportunityStage",
                    quoted(o.getTitle()),
                    from.labelKey(),
                    target.labelKey()));
        }
        return get(id);
    }

    /** Deletes an open opportunity with its timeline; won and lost ones stay on record. */
    @Transactional
    @PreAuthorize(Access.ADMIN_OR_COORDINATOR)
    public void delete(long id) {
        Opportunity o = get(id);
        if (!o.getStage().isOpen()) {
            throw new BusinessRuleException(
                    "opportunity.refusal.closedStays", Term.lower(o.getStage().labelKey()));
        }
        events.publishEvent(new RecordDeleted(SUBJECT_TYPE, id));
        opportunities.delete(o);
    }

    /**
     * The pipeline as a board: a column per stage, in the flow's order, with the number and value
     * of all matching opportunities in it and the first {@link #CARDS_PER_COLUMN} as cards (nearest
     * next step first). The filter's stage is ignored: every stage is a column. Three statements,
     * whatever the number of opportunities.
     */
    @Transactional(readOnly = true)
    public List<BoardColumn> board(OpportunityFilter filter) {
        Map<OpportunityStage, StageSummary> summary = queries.summary(filter);
        Map<OpportunityStage, List<OpportunityCard>> cards = queries.cards(filter, CARDS_PER_COLUMN);
        return summary.values().stream()
                .map(s -> new BoardColumn(s.stage(), s.count(), s.value(), List.copyOf(cards.get(s.stage()))))
                .toList();
    }

    /** Number and value per stage of the matching opportunities, every stage in the flow's order. */
    @Transactional(readOnly = true)
    public List<StageSummary> summary(OpportunityFilter filter) {
        return List.copyOf(queries.summary(filter).values());
    }

    /** For the dashboard: how many opportunities are in each stage (every stage, zero included). */
    @Transactional(readOnly = true)
    public Map<OpportunityStage, Long> countsByStage() {
        Map<OpportunityStage, Long> counts = new EnumMap<>(OpportunityStage.class);
        queries.summary(OpportunityFilter.NONE).forEach((stage, s) -> counts.put(stage, s.count()));
        return counts;
    }

    /** For the dashboard: the expected value in euros of each stage's opportunities (zero when none). */
    @Transactional(readOnly = true)
    public Map<OpportunityStage, BigDecimal> valueByStage() {
        Map<OpportunityStage, BigDecimal> values = new EnumMap<>(OpportunityStage.class);
        queries.summary(OpportunityFilter.NONE).forEach((stage, s) -> values.put(stage, s.value()));
        return values;
    }

    /** Whether the signed-in user may create, change, move and delete opportunities. */
    public boolean canEdit() {
        return CurrentUser.hasAnyRole(Role.ADMIN, Role.COORDINATOR);
    }

    /** The refusal of a move the flow does not allow, naming the moves it does allow. */
    static BusinessRuleException refusal(OpportunityStage from, OpportunityStage target) {
        List<Term> allowed =
                from.next().stream().map(s -> Term.lower(s.labelKey())).toList();
        Term fromWord = Term.lower(from.labelKey());
        Term targetWord = Term.lower(target.labelKey());
        if (allowed.isEmpty()) {
            return new BusinessRuleException("opportunity.refusal.stageFinal", fromWord, targetWord);
        }
        Term either = allowed.get(0);
        Term or = allowed.get(allowed.size() - 1);
        // a key per open stage: English needs "an identified" but "a contacted"
        return switch (from) {
            case IDENTIFIED ->
                new BusinessRuleException("opportunity.refusal.stageFrom.IDENTIFIED", targetWord, either, or);
            case CONTACTED ->
                new BusinessRuleException("opportunity.refusal.stageFrom.CONTACTED", targetWord, either, or);
            case INTRODUCED ->
                new BusinessRuleException("opportunity.refusal.stageFrom.INTRODUCED", targetWord, either, or);
            case IN_DISCUSSION ->
                new BusinessRuleException("opportunity.refusal.stageFrom.IN_DISCUSSION", targetWord, either, or);
            case WON, LOST -> new BusinessRuleException("opportunity.refusal.stageFinal", fromWord, targetWord);
        };
    }

    private static String quoted(String title) {
        return title.length() <= QUOTED_TITLE ? title : title.substring(0, QUOTED_TITLE - 1) + "…";
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
