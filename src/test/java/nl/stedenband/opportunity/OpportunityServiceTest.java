package nl.stedenband.opportunity;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.util.List;
import nl.stedenband.StedenbandTest;
import nl.stedenband.activity.Activity;
import nl.stedenband.activity.ActivityService;
import nl.stedenband.activity.SubjectRef;
import nl.stedenband.base.BusinessRuleException;
import nl.stedenband.base.RecordDirectory;
import nl.stedenband.base.RecordLink;
import nl.stedenband.base.RecordNotFoundException;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationService;
import nl.stedenband.contact.OrganizationType;
import nl.stedenband.security.AppUser;
import nl.stedenband.security.Role;
import nl.stedenband.security.RunAs;
import nl.stedenband.security.UserService;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@StedenbandTest
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class OpportunityServiceTest {

    @Autowired
    OpportunityService opportunities;

    @Autowired
    ActivityService activities;

    @Autowired
    RecordDirectory directory;

    @Autowired
    UserService users;

    @Autowired
    CrmFixtures fixtures;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void aNewOpportunityStartsIdentifiedInItsOrganizationsCityOwnedByWhoeverCreatedIt() {
        Organization hub = fixtures.organization(OrganizationType.INNOVATION_HUB, "Palo Alto");

        Opportunity o = opportunities.save(
                new Opportunity("  " + CrmFixtures.unique("Intro") + "  ", OpportunityKind.STARTUP_INTRODUCTION, hub));

        assertThat(o.getStage()).isEqualTo(OpportunityStage.IDENTIFIED);
        assertThat(o.getTitle()).doesNotStartWith(" ").doesNotEndWith(" ");
        assertThat(requireNonNull(o.getCity()).getName()).isEqualTo("Palo Alto");
        assertThat(requireNonNull(o.getOwner()).getUsername()).isEqualTo("coordinator");
        assertThat(o.getClosedOn()).isNull();
    }

    @Test
    void anOpportunityMovesOneStepAtATimeAndWonIsFinal() {
        Opportunity o = newOpportunity(OpportunityKind.INVESTMENT_LEAD);
        for (OpportunityStage step : List.of(
                OpportunityStage.CONTACTED,
                OpportunityStage.INTRODUCED,
                OpportunityStage.IN_DISCUSSION,
                OpportunityStage.WON)) {
            assertThat(o.getClosedOn()).isNull();
            o = opportunities.changeStage(o.id(), o.getVersion(), step);
            assertThat(o.getStage()).isEqualTo(step);
        }
        assertThat(o.getClosedOn()).isNotNull();
        Opportunity won = o;

        assertThatThrownBy(() -> opportunities.changeStage(
                        won.id(), won.getVersion(), OpportunityStage.LOST, "Changed their mind"))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> Texts.message((RuntimeException) e))
                .isEqualTo("A won opportunity is final: it cannot become lost");
        assertThatThrownBy(() -> opportunities.changeStage(won.id(), won.getVersion(), OpportunityStage.IN_DISCUSSION))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> Texts.message((RuntimeException) e))
                .isEqualTo("A won opportunity is final: it cannot become in discussion");
    }

    @Test
    void skippingAStageOrGoingBackIsRefusedWithTheMovesThatAreAllowed() {
        Opportunity o = newOpportunity(OpportunityKind.PARTNERSHIP);

        assertThatThrownBy(() -> opportunities.changeStage(o.id(), o.getVersion(), OpportunityStage.INTRODUCED))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> Texts.message((RuntimeException) e))
                .isEqualTo("An identified opportunity cannot become introduced; it can become contacted or lost");
        Opportunity contacted = opportunities.changeStage(o.id(), o.getVersion(), OpportunityStage.CONTACTED);
        assertThatThrownBy(() -> opportunities.changeStage(o.id(), contacted.getVersion(), OpportunityStage.IDENTIFIED))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> Texts.message((RuntimeException) e))
                .isEqualTo("A contacted opportunity cannot become identified; it can become introduced or lost");
        assertThat(opportunities.get(o.id()).getStage()).isEqualTo(OpportunityStage.CONTACTED);
    }

    @Test
    void losingAnOpportunityNeedsTheReasonAndCloses() {
        Opportunity o = newOpportunity(OpportunityKind.INVESTMENT_LEAD);
        Opportunity contacted = opportunities.changeStage(o.id(), o.getVersion(), OpportunityStage.CONTACTED);

        assertThatThrownBy(() -> opportunities.changeStage(o.id(), contacted.getVersion(), OpportunityStage.LOST))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> Texts.message((RuntimeException) e))
                .isEqualTo("Say why the opportunity was lost");
        assertThatThrownBy(
                        () -> opportunities.changeStage(o.id(), contacted.getVersion(), OpportunityStage.LOST, "   "))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> Texts.message((RuntimeException) e))
                .isEqualTo("Say why the opportunity was lost");
        assertThatThrownBy(() -> opportunities.changeStage(
                        o.id(), contacted.getVersion(), OpportunityStage.LOST, "x".repeat(501)))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> Texts.message((RuntimeException) e))
                .isEqualTo("Say why in at most 500 characters");

        Opportunity lost = opportunities.changeStage(
                o.id(), contacted.getVersion(), OpportunityStage.LOST, " Chose a site in Eindhoven ");
        assertThat(lost.getStage()).isEqualTo(OpportunityStage.LOST);
        assertThat(lost.getLostReason()).isEqualTo("Chose a site in Eindhoven");
        assertThat(lost.getClosedOn()).isNotNull();
    }

    @Test
    void aMoveOrSaveOnAStaleVersionIsRefusedAsAConcurrentChange() {
        Opportunity mine = newOpportunity(OpportunityKind.STARTUP_INTRODUCTION);
        Opportunity theirs = opportunities.get(mine.id());
        theirs.setNextStep("Call the hub's programme manager");
        opportunities.save(theirs);

        assertThatThrownBy(() -> opportunities.changeStage(mine.id(), mine.getVersion(), OpportunityStage.CONTACTED))
                .isInstanceOf(OptimisticLockingFailureException.class);
        mine.setNotes("Written on an old copy");
        assertThatThrownBy(() -> opportunities.save(mine)).isInstanceOf(OptimisticLockingFailureException.class);
        Opportunity stored = opportunities.get(mine.id());
        assertThat(stored.getStage()).isEqualTo(OpportunityStage.IDENTIFIED);
        assertThat(stored.getNotes()).isNull();
        assertThat(stored.getNextStep()).isEqualTo("Call the hub's programme manager");
    }

    @Test
    void theStageDoesNotChangeThroughTheForm() {
        Opportunity o = newOpportunity(OpportunityKind.PARTNERSHIP);
        o.setStage(OpportunityStage.WON);

        assertThatThrownBy(() -> opportunities.save(o))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> Texts.message((RuntimeException) e))
                .isEqualTo("Change the stage with its own buttons");
        assertThat(opportunities.get(o.id()).getStage()).isEqualTo(OpportunityStage.IDENTIFIED);
    }

    @Test
    void everyStageChangeIsOnTheTimelineOfTheOpportunityAndOfItsOrganization() {
        Opportunity o = newOpportunity(OpportunityKind.INVESTMENT_LEAD);
        o = opportunities.changeStage(o.id(), o.getVersion(), OpportunityStage.CONTACTED);
        opportunities.changeStage(o.id(), o.getVersion(), OpportunityStage.LOST, "Budget frozen until 2028");

        List<Activity> own = activities.timeline(new SubjectRef(OpportunityService.SUBJECT_TYPE, o.id()));
        assertThat(own)
                .extracting(Activity::getSummary)
                .containsExactly("Status: contacted → lost", "Status: identified → contacted");
        assertThat(own.getFirst().getDetails()).isEqualTo("Budget frozen until 2028");
        assertThat(own.getFirst().getAuthor()).isEqualTo("coordinator");

        List<Activity> company = activities.timeline(new SubjectRef(
                OrganizationService.SUBJECT_TYPE,
                requireNonNull(o.getOrganization()).id()));
        assertThat(company)
                .extracting(Activity::getSummary)
                .containsExactly(
                        "Opportunity “" + o.getTitle() + "”: contacted → lost",
                        "Opportunity “" + o.getTitle() + "”: identified → contacted");
        assertThat(company.getFirst().getDetails()).isEqualTo("Budget frozen until 2028");
    }

    @Test
    void aLongTitleIsShortenedOnTheOrganizationsTimelineSoTheMoveIsStillRecorded() {
        Organization org = fixtures.organization(OrganizationType.COMPANY, "Dalian");
        Opportunity o = opportunities.save(new Opportunity(
                CrmFixtures.unique("Long") + " " + "x".repeat(185), OpportunityKind.INVESTMENT_LEAD, org));

        opportunities.changeStage(o.id(), o.getVersion(), OpportunityStage.CONTACTED);

        assertThat(activities.timeline(new SubjectRef(OrganizationService.SUBJECT_TYPE, org.id())))
                .extracting(Activity::getSummary)
                .singleElement()
                .asString()
                .endsWith("…”: identified → contacted")
                .hasSizeLessThanOrEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void startupCoordinatorsAndAdministratorsWriteEveryoneReads(Role role) {
        boolean writes = role == Role.ADMIN || role == Role.COORDINATOR;
        Opportunity existing = newOpportunity(OpportunityKind.STARTUP_INTRODUCTION);
        Organization org = existing.getOrganization();

        assertThat(RunAs.role(role, () -> opportunities.count(OpportunityFilter.NONE)))
                .as(role.name())
                .isPositive();
        assertThat(RunAs.role(role, () -> opportunities.list(OpportunityFilter.NONE, 0, 5, Sort.unsorted())))
                .isNotEmpty();
        assertThat(RunAs.role(role, () -> opportunities.get(existing.id())).getTitle())
                .isEqualTo(existing.getTitle());
        assertThat(RunAs.role(role, () -> opportunities.board(OpportunityFilter.NONE)))
                .hasSize(OpportunityStage.values().length);
        assertThat(RunAs.role(role, () -> opportunities.countsByStage())).containsKey(OpportunityStage.IDENTIFIED);
        assertThat(RunAs.role(role, () -> opportunities.valueByStage())).containsKey(OpportunityStage.WON);
        assertThat(RunAs.role(role, () -> opportunities.canEdit())).isEqualTo(writes);

        List<Runnable> writing = List.of(
                () -> opportunities.save(
                        new Opportunity(CrmFixtures.unique("Role"), OpportunityKind.PARTNERSHIP, requireNonNull(org))),
                () -> {
                    Opportunity copy = opportunities.get(existing.id());
                    copy.setNextStep("Send the deck");
                    opportunities.save(copy);
                },
                () -> opportunities.changeStage(
                        existing.id(), opportunities.get(existing.id()).getVersion(), OpportunityStage.CONTACTED),
                () -> opportunities.changeStage(
                        existing.id(),
                        opportunities.get(existing.id()).getVersion(),
                        OpportunityStage.LOST,
                        "No budget"),
                () -> opportunities.delete(
                        newOpportunity(OpportunityKind.PARTNERSHIP).id()));
        for (int i = 0; i < writing.size(); i++) {
            Runnable action = writing.get(i);
            if (writes) {
                RunAs.role(role, action);
            } else {
                assertThatThrownBy(() -> RunAs.role(role, action))
                        .as(role + " write " + i)
                        .isInstanceOf(AccessDeniedException.class);
            }
        }
        assertThat(opportunities.get(existing.id()).getStage())
                .isEqualTo(writes ? OpportunityStage.LOST : OpportunityStage.IDENTIFIED);
    }

    @Test
    void theListFiltersByTextKindStageOwnerCityAndOrganization() {
        Organization dalianCompany = fixtures.organization(OrganizationType.COMPANY, "Dalian");
        Organization hub = fixtures.organization(OrganizationType.INNOVATION_HUB, "Palo Alto");
        String word = "Filterword" + CrmFixtures.unique("").strip().replace("-", "");
        Opportunity lead = opportunities.save(
                new Opportunity(word + " European base", OpportunityKind.INVESTMENT_LEAD, dalianCompany));
        Opportunity intro =
                opportunities.save(new Opportunity(word + " hub intro", OpportunityKind.STARTUP_INTRODUCTION, hub));
        intro = opportunities.changeStage(intro.id(), intro.getVersion(), OpportunityStage.CONTACTED);
        Opportunity adminOwned =
                opportunities.save(new Opportunity(word + " admin's", OpportunityKind.PARTNERSHIP, hub));
        AppUser admin = users.listActiveUsers().stream()
                .filter(u -> u.getUsername().equals("admin"))
                .findFirst()
                .orElseThrow();
        adminOwned.setOwner(admin);
        opportunities.save(adminOwned);
        OpportunityFilter byWord = new OpportunityFilter(word, null, null, null, null, null);

        assertThat(titles(byWord)).hasSize(3);
        assertThat(titles(new OpportunityFilter(word + " europ", null, null, null, null, null)))
                .as("every word as the start of a word")
                .containsExactly(lead.getTitle());
        assertThat(titles(new OpportunityFilter(dalianCompany.getName(), null, null, null, null, null)))
                .as("the organization's name")
                .containsExactly(lead.getTitle());
        assertThat(titles(new OpportunityFilter(word, OpportunityKind.INVESTMENT_LEAD, null, null, null, null)))
                .containsExactly(lead.getTitle());
        assertThat(titles(new OpportunityFilter(word, null, OpportunityStage.CONTACTED, null, null, null)))
                .containsExactly(intro.getTitle());
        assertThat(titles(new OpportunityFilter(word, null, null, admin.getId(), null, null)))
                .containsExactly(adminOwned.getTitle());
        assertThat(titles(new OpportunityFilter(
                        null, null, null, null, fixtures.city("Dalian").getId(), dalianCompany.getId())))
                .containsExactly(lead.getTitle());
        assertThat(titles(new OpportunityFilter(null, null, null, null, null, hub.getId())))
                .containsExactlyInAnyOrder(intro.getTitle(), adminOwned.getTitle());
        assertThat(opportunities.count(byWord.withStage(OpportunityStage.IDENTIFIED)))
                .isEqualTo(2);
        assertThat(opportunities.list(byWord, 0, 10, Sort.by(Sort.Order.desc("title"))))
                .extracting(OpportunityListItem::title)
                .as("hub, European, admin's: the collation ignores case")
                .containsExactly(intro.getTitle(), lead.getTitle(), adminOwned.getTitle());
        assertThat(opportunities.list(byWord, 0, 10, Sort.by("stage; drop table opportunity")))
                .hasSize(3);
    }

    @Test
    void aShortSearchMatchesTheStartOfTheTitle() {
        Organization org = fixtures.organization(OrganizationType.STARTUP, "Enschede");
        Opportunity o = opportunities.save(new Opportunity(
                "Q" + CrmFixtures.unique("x").replace(" ", ""), OpportunityKind.STARTUP_INTRODUCTION, org));

        assertThat(titles(new OpportunityFilter(o.getTitle().substring(0, 2), null, null, null, null, org.id())))
                .containsExactly(o.getTitle());
    }

    @Test
    void theBoardHasAColumnPerStageWithCountValueAndAtMostFiftyCardsInThreeStatements() {
        Organization org = fixtures.organization(OrganizationType.COMPANY, "Dalian");
        OpportunityFilter filter = new OpportunityFilter(null, null, null, null, null, org.id());
        for (int i = 0; i < OpportunityService.CARDS_PER_COLUMN + 2; i++) {
            Opportunity o = new Opportunity("Lead " + i, OpportunityKind.INVESTMENT_LEAD, org);
            o.setExpectedValue(BigDecimal.valueOf(1000));
            opportunities.save(o);
        }
        Opportunity moved = opportunities.save(new Opportunity("Moved lead", OpportunityKind.INVESTMENT_LEAD, org));
        moved = opportunities.changeStage(moved.id(), moved.getVersion(), OpportunityStage.CONTACTED);

        Statistics stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        List<BoardColumn> board = opportunities.board(filter);
        long statements = stats.getPrepareStatementCount();

        assertThat(statements)
                .as("counts and values, the cards' ids, the cards")
                .isEqualTo(3);
        assertThat(board).extracting(BoardColumn::stage).containsExactly(OpportunityStage.values());
        BoardColumn identified = board.getFirst();
        assertThat(identified.count()).isEqualTo(OpportunityService.CARDS_PER_COLUMN + 2);
        assertThat(identified.value()).isEqualByComparingTo("52000");
        assertThat(identified.cards()).hasSize(OpportunityService.CARDS_PER_COLUMN);
        assertThat(identified.truncated()).isTrue();
        assertThat(board.get(1).cards()).singleElement().satisfies(card -> {
            assertThat(card.title()).isEqualTo("Moved lead");
            assertThat(card.organizationName()).isEqualTo(org.getName());
            assertThat(card.ownerName()).isEqualTo("Fleur Hendriks");
        });
        assertThat(board.get(1).cards().getFirst().version()).isEqualTo(moved.getVersion());
        assertThat(board.get(4).cards()).isEmpty();
        assertThat(board.get(4).count()).isZero();
        assertThat(board.get(4).value()).isEqualByComparingTo("0");
    }

    @Test
    void theDashboardFiguresCountAndAddUpEachStage() {
        var countsBefore = opportunities.countsByStage();
        var valuesBefore = opportunities.valueByStage();
        Opportunity o = new Opportunity(
                CrmFixtures.unique("Figures"),
                OpportunityKind.INVESTMENT_LEAD,
                fixtures.organization(OrganizationType.COMPANY, "Dalian"));
        o.setExpectedValue(new BigDecimal("2500000.50"));
        o = opportunities.save(o);
        opportunities.changeStage(o.id(), o.getVersion(), OpportunityStage.CONTACTED);

        assertThat(opportunities.countsByStage())
                .containsEntry(
                        OpportunityStage.CONTACTED, requireNonNull(countsBefore.get(OpportunityStage.CONTACTED)) + 1)
                .hasSize(OpportunityStage.values().length);
        assertThat(opportunities.valueByStage().get(OpportunityStage.CONTACTED))
                .isEqualByComparingTo(requireNonNull(valuesBefore.get(OpportunityStage.CONTACTED))
                        .add(new BigDecimal("2500000.50")));
    }

    @Test
    void onlyOpenOpportunitiesAreDeletedAndTheirTimelineGoesWithThem() {
        Opportunity open = newOpportunity(OpportunityKind.PARTNERSHIP);
        open = opportunities.changeStage(open.id(), open.getVersion(), OpportunityStage.CONTACTED);
        Opportunity lost = opportunities.changeStage(open.id(), open.getVersion(), OpportunityStage.LOST, "Went quiet");

        assertThatThrownBy(() -> opportunities.delete(lost.id()))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> Texts.message((RuntimeException) e))
                .isEqualTo("A lost opportunity stays on record; it cannot be deleted");

        Opportunity other = newOpportunity(OpportunityKind.PARTNERSHIP);
        other = opportunities.changeStage(other.id(), other.getVersion(), OpportunityStage.CONTACTED);
        opportunities.delete(other.id());
        long id = other.id();
        assertThatThrownBy(() -> opportunities.get(id)).isInstanceOf(RecordNotFoundException.class);
        assertThat(activities.timeline(new SubjectRef(
                        OrganizationService.SUBJECT_TYPE,
                        requireNonNull(other.getOrganization()).id())))
                .as("the company's history keeps what happened")
                .isNotEmpty();
    }

    @Test
    void aNegativeValueIsRefused() {
        Opportunity o = new Opportunity(
                CrmFixtures.unique("Negative"),
                OpportunityKind.INVESTMENT_LEAD,
                fixtures.organization(OrganizationType.COMPANY, "Dalian"));
        o.setExpectedValue(new BigDecimal("-1"));

        assertThatThrownBy(() -> opportunities.save(o)).hasMessageContaining("The expected value cannot be negative");
    }

    @Test
    void theGlobalSearchFindsOpportunitiesByTitleForEveryRole() {
        Organization org = fixtures.organization(OrganizationType.INNOVATION_HUB, "Palo Alto");
        String word = "Catalogword" + CrmFixtures.unique("").strip();
        Opportunity o = opportunities.save(
                new Opportunity(word + " accelerator intro", OpportunityKind.STARTUP_INTRODUCTION, org));

        for (Role role : Role.values()) {
            List<RecordLink> hits = RunAs.role(role, () -> directory.search(word + " accel", 5));
            assertThat(hits)
                    .as(role.name())
                    .filteredOn(l -> l.type().equals(OpportunityService.SUBJECT_TYPE))
                    .singleElement()
                    .satisfies(link -> {
                        assertThat(link.id()).isEqualTo(o.id());
                        assertThat(Texts.recordType(link)).isEqualTo("Opportunity");
                        assertThat(Texts.recordDetail(link)).isEqualTo(org.getName() + " · Identified");
                        assertThat(link.route()).isEqualTo("opportunities/" + o.id());
                    });
        }
        assertThat(directory.find(OpportunityService.SUBJECT_TYPE, o.id()))
                .map(Texts::recordTitle)
                .hasValue(o.getTitle());
        assertThat(directory.search(o.getTitle().substring(0, 2), 500))
                .as("short words: the start of the title")
                .extracting(RecordLink::id)
                .contains(o.id());
    }

    @Test
    void theDemoPipelineHasOpportunitiesInEveryStage() {
        assertThat(opportunities.count(new OpportunityFilter(
                        "Dalian Bearing Works",
                        OpportunityKind.INVESTMENT_LEAD,
                        OpportunityStage.IN_DISCUSSION,
                        null,
                        null,
                        null)))
                .isEqualTo(1);
        assertThat(opportunities.countsByStage().values())
                .allSatisfy(n -> assertThat(n).isPositive());
    }

    private List<String> titles(OpportunityFilter filter) {
        return opportunities.list(filter, 0, 100, Sort.unsorted()).stream()
                .map(OpportunityListItem::title)
                .toList();
    }

    private Opportunity newOpportunity(OpportunityKind kind) {
        return RunAs.role(
                Role.COORDINATOR,
                () -> opportunities.save(new Opportunity(
                        CrmFixtures.unique("Opportunity"),
                        kind,
                        fixtures.organization(OrganizationType.COMPANY, "Dalian"))));
    }
}
