package nl.stedenband.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.StedenbandTest;
import nl.stedenband.base.BusinessRuleException;
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

    @Test
    void aMissionGoesThroughItsStatusesAndReportedNeedsAReport() {
        TradeMission m = newMission();
        for (MissionStatus step : List.of(MissionStatus.PLANNED, MissionStatus.CONFIRMED, MissionStatus.UNDERWAY, MissionStatus.COMPLETED)) {
            m = missions.changeStatus(m.getId(), m.getVersion(), step);
        }
        long id = m.getId();
        long version = m.getVersion();

        assertThatThrownBy(() -> missions.changeStatus(id, version, MissionStatus.REPORTED))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> Texts.message((RuntimeException) e)).isEqualTo("Write the report before marking the mission as reported");
        assertThatThrownBy(() -> missions.changeStatus(id, version, MissionStatus.CANCELLED))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> Texts.message((RuntimeException) e)).isEqualTo("A completed mission cannot become cancelled; it can become reported");
        m.setReport("Three companies travelled.");
        m = missions.save(m);
        assertThat(missions.changeStatus(id, m.getVersion(), MissionStatus.REPORTED).getStatus()).isEqualTo(MissionStatus.REPORTED);
    }

    @Test
    void aSkippedStepIsRefusedWithTheStepsThatAreAllowed() {
        TradeMission m = newMission();

        assertThatThrownBy(() -> missions.changeStatus(m.getId(), m.getVersion(), MissionStatus.UNDERWAY))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> Texts.message((RuntimeException) e)).isEqualTo("A draft mission cannot become underway; it can become planned or cancelled");
    }

    @Test
    void theSameOrganizationOrPersonTwiceIsRefused() {
        TradeMission m = newMission();
        Organization company = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        Contact ceo = fixtures.contact(company, CrmFixtures.unique("Ceo"), null);

        missions.addParticipant(m.getId(), company, null, ParticipantRole.DELEGATE);
        missions.addParticipant(m.getId(), company, ceo, ParticipantRole.SPEAKER);

        assertThatThrownBy(() -> missions.addParticipant(m.getId(), company, null, ParticipantRole.HOST))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> Texts.message((RuntimeException) e)).isEqualTo(company.getName() + " already takes part in this mission");
        assertThatThrownBy(() -> missions.addParticipant(m.getId(), company, ceo, ParticipantRole.DELEGATE))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> Texts.message((RuntimeException) e)).asString().contains("already takes part");
        assertThat(missions.participants(m.getId())).hasSize(2);
    }

    @Test
    void aPersonIsAddedWithTheirOwnOrganization() {
        TradeMission m = newMission();
        Organization one = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        Organization other = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        Contact person = fixtures.contact(one, CrmFixtures.unique("Person"), null);

        assertThatThrownBy(() -> missions.addParticipant(m.getId(), other, person, ParticipantRole.DELEGATE))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> Texts.message((RuntimeException) e)).asString().contains("does not work at");
    }

    @ParameterizedTest
    @EnumSource(OrganizationType.class)
    void aCoordinatorAddsAndRemovesOnlyCompaniesStartupsAndHubs(OrganizationType type) {
        TradeMission m = newMission();
        Organization org = fixtures.organization(type, "Enschede");

        if (type.isBusiness()) {
            MissionParticipant p = RunAs.role(Role.COORDINATOR, () -> missions.addParticipant(m.getId(), org, null, ParticipantRole.DELEGATE));
            RunAs.role(Role.COORDINATOR, () -> missions.removeParticipant(p.getId()));
            assertThat(missions.participants(m.getId())).isEmpty();
        } else {
            assertThatThrownBy(() -> RunAs.role(Role.COORDINATOR,
                            () -> missions.addParticipant(m.getId(), org, null, ParticipantRole.DELEGATE)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void onlyOfficersAndAdministratorsRunMissions() {
        TradeMission m = newMission();
        for (Role role : List.of(Role.COORDINATOR, Role.VIEWER)) {
            assertThatThrownBy(() -> RunAs.role(role, () -> missions.save(new TradeMission("x", fixtures.city("Dalian"),
                            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2)))))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> RunAs.role(role, () -> missions.changeStatus(m.getId(), m.getVersion(), MissionStatus.PLANNED)))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> RunAs.role(role, () -> missions.addItineraryItem(m.getId(),
                            LocalDateTime.of(2027, 3, 8, 9, 0), 60, "Visit", null, null)))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThat(RunAs.role(role, () -> missions.count(MissionFilter.NONE))).as(role.name()).isPositive();
        }
        assertThat(RunAs.role(Role.ADMIN, () -> missions.changeStatus(m.getId(), m.getVersion(), MissionStatus.PLANNED)).getStatus())
                .isEqualTo(MissionStatus.PLANNED);
    }

    @Test
    void itineraryItemsAreEnteredInTheDestinationsTimeAndTheCalendarFileKeepsTheInstant() throws Exception {
        TradeMission m = newMission();
        ItineraryItem visit = missions.addItineraryItem(m.getId(), LocalDateTime.of(2027, 3, 8, 9, 0), 90,
                "Visit to Stanford", "Stanford campus", null);

        assertThat(visit.localStart().getZone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
        assertThat(visit.getStartsAt()).as("9:00 PST on 8 March 2027 is still winter time in California")
                .isEqualTo(Instant.parse("2027-03-08T17:00:00Z"));
        assertThat(visit.getStartsAt().atZone(ZoneId.of("Europe/Amsterdam")).toLocalTime()).hasToString("18:00");

        Calendar calendar = new CalendarBuilder().build(new StringReader(missions.itineraryCalendar(m.getId())));
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        Instant parsed = LocalDateTime.parse(event.getDateTimeStart().getValue(),
                DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")).toInstant(java.time.ZoneOffset.UTC);
        assertThat(parsed).isEqualTo(visit.getStartsAt());
        assertThat(event.getSummary().getValue()).isEqualTo("Visit to Stanford");
    }

    @Test
    void theFiguresCountDistinctCompaniesThatTravelledPerYearAndMissionsPerCity() {
        MissionFigures before = missions.figures();
        TradeMission m = new TradeMission(CrmFixtures.unique("Figures"), fixtures.city("Dalian"),
                LocalDate.of(2019, 5, 1), LocalDate.of(2019, 5, 5));
        TradeMission saved = missions.save(m);
        Organization a = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        Organization b = fixtures.organization(OrganizationType.STARTUP, "Enschede");
        Organization school = fixtures.organization(OrganizationType.SCHOOL, "Enschede");
        missions.addParticipant(saved.getId(), a, null, ParticipantRole.DELEGATE);
        missions.addParticipant(saved.getId(), b, null, ParticipantRole.DELEGATE);
        missions.addParticipant(saved.getId(), school, null, ParticipantRole.DELEGATE);
        TradeMission current = saved;
        for (MissionStatus step : List.of(MissionStatus.PLANNED, MissionStatus.CONFIRMED, MissionStatus.UNDERWAY)) {
            current = missions.changeStatus(current.getId(), current.getVersion(), step);
        }

        MissionFigures after = missions.figures();
        assertThat(after.companiesPerYear()).containsEntry(2019, before.companiesPerYear().getOrDefault(2019, 0L) + 2);
        assertThat(after.companiesInTotal()).isEqualTo(before.companiesInTotal() + 2);
        assertThat(after.missionsPerCity().get("Dalian")).isEqualTo(before.missionsPerCity().getOrDefault("Dalian", 0L) + 1);
    }

    @Test
    void theDemoDataHasADelegationToTheWorldEconomicForumInDalian() {
        assertThat(missions.count(new MissionFilter(null, fixtures.city("Dalian").getId(), null, null, "World Economic Forum")))
                .isGreaterThanOrEqualTo(2);
        assertThat(missions.figures().companiesInTotal()).isPositive();
    }

    private TradeMission newMission() {
        return missions.save(new TradeMission(CrmFixtures.unique("Mission"), fixtures.city("Palo Alto"),
                LocalDate.of(2027, 3, 7), LocalDate.of(2027, 3, 12)));
    }
}
