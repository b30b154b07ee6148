package nl.stedenband.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import nl.stedenband.MovableClock;
import nl.stedenband.Refusals;
import nl.stedenband.StedenbandTest;
import nl.stedenband.activity.Activity;
import nl.stedenband.activity.ActivityService;
import nl.stedenband.activity.SubjectRef;
import nl.stedenband.audit.AuditService;
import nl.stedenband.base.BusinessRuleException;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.contact.Contact;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationType;
import nl.stedenband.security.Role;
import nl.stedenband.security.RunAs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@StedenbandTest
@WithMockUser(username = "officer", roles = "OFFICER")
class MissionServiceTest {

    @Autowired
    MissionService missions;

    @Autowired
    CrmFixtures fixtures;

    @Autowired
    MovableClock clock;

    @Autowired
    ActivityService activities;

    @Autowired
    AuditService audit;

    @Test
    void aMissionGoesThroughItsStatusesAndReportedNeedsAReport() {
        TradeMission m = pastMission();
        for (MissionStatus step : List.of(
                MissionStatus.PLANNED, MissionStatus.CONFIRMED, MissionStatus.UNDERWAY, MissionStatus.COMPLETED)) {
            m = missions.changeStatus(m.id(), m.getVersion(), step);
        }
        long id = m.id();
        long version = m.getVersion();

        assertThatThrownBy(() -> missions.changeStatus(id, version, MissionStatus.REPORTED))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> Texts.message((RuntimeException) e))
                .isEqualTo("Write the report before marking the mission as reported");
        assertThatThrownBy(() -> missions.changeStatus(id, version, MissionStatus.CANCELLED))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> Texts.message((RuntimeException) e))
                .isEqualTo("A completed mission cannot become cancelled; it can become reported");
        m.setReport("Three companies travelled.");
        m = missions.save(m);
        assertThat(missions.changeStatus(id, m.getVersion(), MissionStatus.REPORTED)
                        .getStatus())
                .isEqualTo(MissionStatus.REPORTED);
    }

    @Test
    void aSkippedStepIsRefusedWithTheStepsThatAreAllowed() {
        TradeMission m = newMission();

        assertThatThrownBy(() -> missions.changeStatus(m.id(), m.getVersion(), MissionStatus.UNDERWAY))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> Texts.message((RuntimeException) e))
                .isEqualTo("A draft mission cannot become underway; it can become planned or cancelled");
    }

    @Test
    void theSameOrganizationOrPersonTwiceIsRefused() {
        TradeMission m = newMission();
        Organization company = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        Contact ceo = fixtures.contact(company, CrmFixtures.unique("Ceo"), null);

        missions.addParticipant(m.id(), company, null, ParticipantRole.DELEGATE);
        missions.addParticipant(m.id(), company, ceo, ParticipantRole.SPEAKER);

        assertThatThrownBy(() -> missions.addParticipant(m.id(), company, null, ParticipantRole.HOST))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> Texts.message((RuntimeException) e))
                .isEqualTo(company.getName() + " already takes part in this mission");
        assertThatThrownBy(() -> missions.addParticipant(m.id(), company, ceo, ParticipantRole.DELEGATE))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> Texts.message((RuntimeException) e))
                .asString()
                .contains("already takes part");
        assertThat(missions.participants(m.id())).hasSize(2);
    }

    @Test
    void aPersonIsAddedWithTheirOwnOrganization() {
        TradeMission m = newMission();
        Organization one = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        Organization other = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        Contact person = fixtures.contact(one, CrmFixtures.unique("Person"), null);

        assertThatThrownBy(() -> missions.addParticipant(m.id(), other, person, ParticipantRole.DELEGATE))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> Texts.message((RuntimeException) e))
                .asString()
                .contains("does not work at");
    }

    @ParameterizedTest
    @EnumSource(OrganizationType.class)
    void aCoordinatorAddsAndRemovesOnlyCompaniesStartupsAndHubs(OrganizationType type) {
        TradeMission m = newMission();
        Organization org = fixtures.organization(type, "Enschede");

        if (type.isBusiness()) {
            MissionParticipant p = RunAs.role(
                    Role.COORDINATOR, () -> missions.addParticipant(m.id(), org, null, ParticipantRole.DELEGATE));
            RunAs.role(Role.COORDINATOR, () -> missions.removeParticipant(p.id()));
            assertThat(missions.participants(m.id())).isEmpty();
        } else {
            assertThatThrownBy(() -> RunAs.role(
                            Role.COORDINATOR,
                            () -> missions.addParticipant(m.id(), org, null, ParticipantRole.DELEGATE)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void onlyOfficersAndAdministratorsRunMissions() {
        TradeMission m = newMission();
        for (Role role : List.of(Role.COORDINATOR, Role.VIEWER)) {
            assertThatThrownBy(() -> RunAs.role(
                            role,
                            () -> missions.save(new TradeMission(
                                    "x", fixtures.city("Dalian"), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2)))))
                    .as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> RunAs.role(
                            role, () -> missions.changeStatus(m.id(), m.getVersion(), MissionStatus.PLANNED)))
                    .as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> RunAs.role(
                            role,
                            () -> missions.addItineraryItem(
                                    m.id(), LocalDateTime.of(2027, 3, 8, 9, 0), 60, "Visit", null, null)))
                    .as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(RunAs.role(role, () -> missions.count(MissionFilter.NONE)))
                    .as(role.name())
                    .isPositive();
        }
        assertThat(RunAs.role(Role.ADMIN, () -> missions.changeStatus(m.id(), m.getVersion(), MissionStatus.PLANNED))
                        .getStatus())
                .isEqualTo(MissionStatus.PLANNED);
    }

    @Test
    void itineraryItemsAreEnteredInTheDestinationsTimeAndTheCalendarFileKeepsTheInstant() throws Exception {
        TradeMission m = newMission();
        ItineraryItem visit = missions.addItineraryItem(
                m.id(), LocalDateTime.of(2027, 3, 8, 9, 0), 90, "Visit to Stanford", "Stanford campus", null);

        assertThat(visit.localStart().getZone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
        assertThat(visit.getStartsAt())
                .as("9:00 PST on 8 March 2027 is still winter time in California")
                .isEqualTo(Instant.parse("2027-03-08T17:00:00Z"));
        assertThat(visit.getStartsAt().atZone(ZoneId.of("Europe/Amsterdam")).toLocalTime())
                .hasToString("18:00");

        Calendar calendar = new CalendarBuilder().build(new StringReader(missions.itineraryCalendar(m.id())));
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        Instant parsed = LocalDateTime.parse(
                        event.getDateTimeStart().getValue(), DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"))
                .toInstant(java.time.ZoneOffset.UTC);
        assertThat(parsed).isEqualTo(visit.getStartsAt());
        assertThat(event.getSummary().getValue()).isEqualTo("Visit to Stanford");
    }

    @Test
    void theFiguresCountDistinctCompaniesThatTravelledPerYearAndMissionsPerCity() {
        MissionFigures before = missions.figures();
        TradeMission m = new TradeMission(
                CrmFixtures.unique("Figures"),
                fixtures.city("Dalian"),
                LocalDate.of(2019, 5, 1),
                LocalDate.of(2019, 5, 5));
        TradeMission saved = missions.save(m);
        Organization a = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        Organization b = fixtures.organization(OrganizationType.STARTUP, "Enschede");
        Organization school = fixtures.organization(OrganizationType.SCHOOL, "Enschede");
        missions.addParticipant(saved.id(), a, null, ParticipantRole.DELEGATE);
        missions.addParticipant(saved.id(), b, null, ParticipantRole.DELEGATE);
        missions.addParticipant(saved.id(), school, null, ParticipantRole.DELEGATE);
        TradeMission current = saved;
        for (MissionStatus step : List.of(MissionStatus.PLANNED, MissionStatus.CONFIRMED, MissionStatus.UNDERWAY)) {
            current = missions.changeStatus(current.id(), current.getVersion(), step);
        }

        MissionFigures after = missions.figures();
        assertThat(after.companiesPerYear())
                .containsEntry(2019, before.companiesPerYear().getOrDefault(2019, 0L) + 2);
        assertThat(after.companiesInTotal()).isEqualTo(before.companiesInTotal() + 2);
        assertThat(after.missionsPerCity().get("Dalian"))
                .isEqualTo(before.missionsPerCity().getOrDefault("Dalian", 0L) + 1);
    }

    @Test
    void theDemoDataHasADelegationToTheWorldEconomicForumInDalian() {
        assertThat(missions.count(
                        new MissionFilter(null, fixtures.city("Dalian").getId(), null, null, "World Economic Forum")))
                .isGreaterThanOrEqualTo(2);
        assertThat(missions.figures().companiesInTotal()).isPositive();
    }

    // --- the status flow's guard rails

    @Test
    void underwayNotBeforeTheFirstDayAndCompletedNotBeforeTheLastInTheDestinationsTime() {
        // 10 March 2031, 03:00 UTC: already the 10th in Dalian (11:00) and Enschede, still the 9th in Palo Alto (20:00
        // PDT)
        clock.advance(Duration.between(clock.instant(), Instant.parse("2031-03-10T03:00:00Z")));
        try {
            TradeMission paloAlto = confirmed("Palo Alto", LocalDate.of(2031, 3, 10), LocalDate.of(2031, 3, 10));
            TradeMission dalian = confirmed("Dalian", LocalDate.of(2031, 3, 10), LocalDate.of(2031, 3, 11));

            assertThatThrownBy(
                            () -> missions.changeStatus(paloAlto.id(), paloAlto.getVersion(), MissionStatus.UNDERWAY))
                    .isInstanceOf(BusinessRuleException.class)
                    .extracting(Refusals::english)
                    .isEqualTo("The mission can be underway from its first day, 10 Mar 2031 in Palo Alto;"
                            + " an administrator can take the step earlier with a reason");
            TradeMission underway = missions.changeStatus(dalian.id(), dalian.getVersion(), MissionStatus.UNDERWAY);
            assertThat(underway.getStatus()).isEqualTo(MissionStatus.UNDERWAY);
            assertThatThrownBy(() -> missions.changeStatus(dalian.id(), underway.getVersion(), MissionStatus.COMPLETED))
                    .isInstanceOf(BusinessRuleException.class)
                    .extracting(Refusals::english)
                    .asString()
                    .startsWith("The mission can be completed from its last day, 11 Mar 2031 in Dalian");

            clock.advance(Duration.ofHours(5)); // 08:00 UTC: 01:00 on the 10th in Palo Alto (summer time from the 9th)
            assertThat(missions.changeStatus(paloAlto.id(), paloAlto.getVersion(), MissionStatus.UNDERWAY)
                            .getStatus())
                    .isEqualTo(MissionStatus.UNDERWAY);
        } finally {
            clock.reset();
        }
    }

    @Test
    void anAdministratorTakesAStepBeforeItsDayOnlyWithAReasonWhichTheTimelineAndHistoryKeep() {
        TradeMission m = confirmed(
                "Palo Alto", LocalDate.now().plusDays(30), LocalDate.now().plusDays(34));

        assertThatThrownBy(() -> RunAs.role(
                        Role.ADMIN, () -> missions.changeStatus(m.id(), m.getVersion(), MissionStatus.UNDERWAY)))
                .as("the plain step stays refused for administrators too")
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(
                        () -> missions.changeStatusEarly(m.id(), m.getVersion(), MissionStatus.UNDERWAY, "Left early"))
                .as("officers may not override")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.role(
                        Role.ADMIN,
                        () -> missions.changeStatusEarly(m.id(), m.getVersion(), MissionStatus.UNDERWAY, "  ")))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(Refusals::english)
                .isEqualTo("Give the reason");

        TradeMission early = RunAs.role(
                Role.ADMIN,
                () -> missions.changeStatusEarly(
                        m.id(),
                        m.getVersion(),
                        MissionStatus.UNDERWAY,
                        "The delegation flew out a day early for the trade fair"));

        assertThat(early.getStatus()).isEqualTo(MissionStatus.UNDERWAY);
        assertThat(activities.timeline(new SubjectRef(MissionService.SUBJECT_TYPE, m.id())))
                .anySatisfy(a -> {
                    assertThat(a.getSummary())
                            .isEqualTo("Status: confirmed → underway, before its day, by an administrator");
                    assertThat(a.getDetails()).isEqualTo("The delegation flew out a day early for the trade fair");
                });
        assertThat(RunAs.role(Role.ADMIN, () -> audit.history("TradeMission", m.id())))
                .flatExtracting(c -> c.changes())
                .extracting(f -> f.newValue().plain())
                .contains("The delegation flew out a day early for the trade fair");
    }

    @Test
    void oneStepBackWithAReasonOnTheTimelineAndInTheHistory() {
        TradeMission m = newMission();
        TradeMission planned = missions.changeStatus(m.id(), m.getVersion(), MissionStatus.PLANNED);

        assertThatThrownBy(() -> missions.stepBack(m.id(), planned.getVersion(), ""))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(Refusals::english)
                .isEqualTo("Give the reason");
        assertThatThrownBy(() -> missions.stepBack(m.id(), planned.getVersion(), "x".repeat(501)))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(Refusals::english)
                .isEqualTo("The reason can be at most 500 characters");
        assertThatThrownBy(
                        () -> RunAs.role(Role.COORDINATOR, () -> missions.stepBack(m.id(), planned.getVersion(), "No")))
                .isInstanceOf(AccessDeniedException.class);

        TradeMission back =
                missions.stepBack(m.id(), planned.getVersion(), "Planned by mistake: the budget is not approved");

        assertThat(back.getStatus()).isEqualTo(MissionStatus.DRAFT);
        assertThat(back.getStatusReason()).isEqualTo("Planned by mistake: the budget is not approved");
        assertThat(activities.timeline(new SubjectRef(MissionService.SUBJECT_TYPE, m.id())))
                .anySatisfy(a -> {
                    assertThat(a.getSummary()).isEqualTo("Status: planned → draft, a step back");
                    assertThat(a.getDetails()).isEqualTo("Planned by mistake: the budget is not approved");
                });
        assertThat(audit.history("TradeMission", m.id()))
                .flatExtracting(c -> c.changes())
                .extracting(f -> f.newValue().plain())
                .contains("Planned by mistake: the budget is not approved");
        assertThatThrownBy(() -> missions.stepBack(m.id(), back.getVersion(), "Again"))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(Refusals::english)
                .isEqualTo("A draft mission has no step back");
    }

    @Test
    void aReportedMissionIsReadOnlyUntilAnAdministratorReopensIt() {
        TradeMission m = pastMission();
        Organization company = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        Organization startup = fixtures.organization(OrganizationType.STARTUP, "Enschede");
        MissionParticipant delegate = missions.addParticipant(m.id(), company, null, ParticipantRole.DELEGATE);
        ItineraryItem visit = missions.addItineraryItem(m.id(), m.startDate().atTime(10, 0), 60, "Visit", null, null);
        TradeMission reported = report(m);
        String readOnly =
                "The mission is reported: its delegation, itinerary and outcomes stay as reported until an administrator reopens it";

        for (Runnable change : List.<Runnable>of(
                () -> missions.addParticipant(m.id(), startup, null, ParticipantRole.DELEGATE),
                () -> missions.removeParticipant(delegate.id()),
                () -> RunAs.role(
                        Role.COORDINATOR,
                        () -> missions.addParticipant(m.id(), startup, null, ParticipantRole.DELEGATE)),
                () -> missions.addItineraryItem(m.id(), m.startDate().atTime(14, 0), 60, "Lunch", null, null),
                () -> missions.updateItineraryItem(
                        visit.id(), visit.getVersion(), m.startDate().atTime(11, 0), 60, "Visit", null, null),
                () -> missions.removeItineraryItem(visit.id()),
                () -> missions.addOutcome(m.id(), OutcomeKind.LEAD, company, "A late lead"))) {
            assertThatThrownBy(change::run)
                    .isInstanceOf(BusinessRuleException.class)
                    .extracting(Refusals::english)
                    .isEqualTo(readOnly);
        }
        assertThat(missions.participants(m.id())).hasSize(1);
        assertThat(missions.itinerary(m.id())).hasSize(1);
        assertThatThrownBy(() -> missions.stepBack(m.id(), reported.getVersion(), "Forgot a company"))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(Refusals::english)
                .isEqualTo("Only an administrator can reopen a reported mission");
        assertThatThrownBy(() -> missions.reopen(m.id(), reported.getVersion(), "Forgot a company"))
                .isInstanceOf(AccessDeniedException.class);

        TradeMission reopened =
                RunAs.role(Role.ADMIN, () -> missions.reopen(m.id(), reported.getVersion(), "Forgot a company"));

        assertThat(reopened.getStatus()).isEqualTo(MissionStatus.COMPLETED);
        missions.addParticipant(m.id(), startup, null, ParticipantRole.DELEGATE);
        assertThat(missions.participants(m.id())).hasSize(2);
        assertThat(activities.timeline(new SubjectRef(MissionService.SUBJECT_TYPE, m.id())))
                .extracting(Activity::getSummary)
                .contains("Status: reported → completed, reopened by an administrator");
    }

    @Test
    void itineraryItemsLieWithinTheMissionsDaysInTheDestinationAndCanBeChanged() {
        TradeMission m = newMission(); // 7 to 12 March 2027 in Palo Alto
        String outside = "Plan the item on one of the mission’s days, 7 Mar 2027 to 12 Mar 2027 in Palo Alto";

        assertThatThrownBy(() -> missions.addItineraryItem(
                        m.id(), LocalDateTime.of(2027, 3, 6, 23, 0), 60, "Too early", null, null))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(Refusals::english)
                .isEqualTo(outside);
        assertThatThrownBy(() -> missions.addItineraryItem(
                        m.id(), LocalDateTime.of(2027, 3, 13, 8, 0), 60, "Too late", null, null))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(Refusals::english)
                .isEqualTo(outside);
        ItineraryItem lastEvening = missions.addItineraryItem(
                m.id(), LocalDateTime.of(2027, 3, 12, 22, 0), 60, "Farewell dinner", null, null);
        assertThat(lastEvening
                        .getStartsAt()
                        .atZone(ZoneId.of("Europe/Amsterdam"))
                        .toLocalDate())
                .as("already the 13th in Enschede, still the last day in Palo Alto")
                .isEqualTo(LocalDate.of(2027, 3, 13));

        ItineraryItem moved = missions.updateItineraryItem(
                lastEvening.id(),
                lastEvening.getVersion(),
                LocalDateTime.of(2027, 3, 11, 19, 30),
                120,
                "Farewell dinner with the hosts",
                "University Avenue",
                null);

        assertThat(moved.localStart().toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 3, 11, 19, 30));
        assertThat(missions.itinerary(m.id())).singleElement().satisfies(i -> {
            assertThat(i.getTitle()).isEqualTo("Farewell dinner with the hosts");
            assertThat(i.getPlace()).isEqualTo("University Avenue");
            assertThat(i.getDurationMinutes()).isEqualTo(120);
        });
        assertThatThrownBy(() -> missions.updateItineraryItem(
                        moved.id(),
                        moved.getVersion(),
                        LocalDateTime.of(2027, 3, 20, 9, 0),
                        60,
                        "Moved away",
                        null,
                        null))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(Refusals::english)
                .isEqualTo(outside);
        assertThatThrownBy(() ->
                        missions.addItineraryItem(m.id(), LocalDateTime.of(2027, 3, 8, 9, 0), 0, "No time", null, null))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void theOfficerWhoCreatesAMissionLeadsItUnlessSomeoneElseIsChosen() {
        TradeMission mine = newMission();
        assertThat(mine.getLeadOfficer()).isNotNull();
        assertThat(mine.getLeadOfficer().getUsername()).isEqualTo("officer");

        TradeMission byAdmin = RunAs.role(
                Role.ADMIN,
                () -> missions.save(new TradeMission(
                        CrmFixtures.unique("Admin's"),
                        fixtures.city("Dalian"),
                        LocalDate.of(2027, 5, 3),
                        LocalDate.of(2027, 5, 8))));
        assertThat(byAdmin.getLeadOfficer()).isNull();
    }

    @Test
    void aReportedOrCompletedMissionIsNoLongerUpcomingWhateverItsDates() {
        TradeMission m = confirmed(
                "Palo Alto", LocalDate.now().plusDays(10), LocalDate.now().plusDays(12));
        assertThat(missions.upcoming(1000)).extracting(MissionListItem::id).contains(m.id());

        TradeMission done = RunAs.role(Role.ADMIN, () -> {
            TradeMission t = missions.changeStatusEarly(m.id(), m.getVersion(), MissionStatus.UNDERWAY, "Left early");
            return missions.changeStatusEarly(m.id(), t.getVersion(), MissionStatus.COMPLETED, "Came back early");
        });

        assertThat(done.getStatus()).isEqualTo(MissionStatus.COMPLETED);
        assertThat(missions.upcoming(1000)).extracting(MissionListItem::id).doesNotContain(m.id());
    }

    private TradeMission confirmed(String city, LocalDate start, LocalDate end) {
        TradeMission m =
                missions.save(new TradeMission(CrmFixtures.unique("Guarded"), fixtures.city(city), start, end));
        m = missions.changeStatus(m.id(), m.getVersion(), MissionStatus.PLANNED);
        return missions.changeStatus(m.id(), m.getVersion(), MissionStatus.CONFIRMED);
    }

    private TradeMission report(TradeMission m) {
        TradeMission t = missions.get(m.id());
        for (MissionStatus step : List.of(
                MissionStatus.PLANNED, MissionStatus.CONFIRMED, MissionStatus.UNDERWAY, MissionStatus.COMPLETED)) {
            t = missions.changeStatus(t.id(), t.getVersion(), step);
        }
        t.setReport("Reported.");
        t = missions.save(t);
        return missions.changeStatus(t.id(), t.getVersion(), MissionStatus.REPORTED);
    }

    /** A mission that has taken place: every step of the flow is allowed by date. */
    private TradeMission pastMission() {
        return missions.save(new TradeMission(
                CrmFixtures.unique("Past mission"),
                fixtures.city("Palo Alto"),
                LocalDate.now().minusDays(20),
                LocalDate.now().minusDays(15)));
    }

    private TradeMission newMission() {
        return missions.save(new TradeMission(
                CrmFixtures.unique("Mission"),
                fixtures.city("Palo Alto"),
                LocalDate.of(2027, 3, 7),
                LocalDate.of(2027, 3, 12)));
    }
}
