package nl.stedenband.exchange;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.stedenband.StedenbandTest;
import nl.stedenband.activity.Activity;
import nl.stedenband.activity.ActivityKind;
import nl.stedenband.activity.ActivityService;
import nl.stedenband.activity.SubjectRef;
import nl.stedenband.base.BusinessRuleException;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.contact.Contact;
import nl.stedenband.contact.ContactService;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationType;
import nl.stedenband.security.Role;
import nl.stedenband.security.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@StedenbandTest
@WithMockUser(username = "officer", roles = "OFFICER")
class ExchangeServiceTest {

    @Autowired
    ExchangeService exchanges;

    @Autowired
    ContactService contacts;

    @Autowired
    ActivityService activities;

    @Autowired
    CrmFixtures fixtures;

    @Test
    void aMobilityGoesThroughItsFlowAndOtherStepsAreRefused() {
        ExchangeProgramme p = programme(2, 2, false, LocalDate.of(2027, 7, 1));
        Mobility m = nominate(p, Direction.OUTBOUND);

        assertThatThrownBy(() -> exchanges.changeStatus(m.id(), m.getVersion(), MobilityStatus.COMPLETED))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> Texts.message((RuntimeException) e))
                .isEqualTo("A nominated mobility cannot become completed; it can become accepted or withdrawn");
        Mobility accepted = exchanges.changeStatus(m.id(), m.getVersion(), MobilityStatus.ACCEPTED);
        Mobility started = exchanges.changeStatus(m.id(), accepted.getVersion(), MobilityStatus.IN_PROGRESS);
        Mobility done = exchanges.changeStatus(m.id(), started.getVersion(), MobilityStatus.COMPLETED);
        assertThatThrownBy(() -> exchanges.changeStatus(m.id(), done.getVersion(), MobilityStatus.WITHDRAWN))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> Texts.message((RuntimeException) e))
                .isEqualTo("A completed mobility cannot become withdrawn");

        // each step is on the programme's timeline, the refused ones not; by number, not name, so
        // that anonymising the person leaves nothing of them there
        String mobility = "Outbound mobility #" + m.id();
        assertThat(activities.timeline(new SubjectRef(ExchangeService.SUBJECT_TYPE, p.id())))
                .filteredOn(a -> a.getKind() == ActivityKind.STATUS)
                .extracting(Activity::getSummary)
                .containsExactlyInAnyOrder(
                        mobility + ": nominated → accepted",
                        mobility + ": accepted → in progress",
                        mobility + ": in progress → completed");
    }

    @Test
    void acceptingBeyondTheQuotaOfThatDirectionIsRefused() {
        ExchangeProgramme p = programme(1, 3, false, LocalDate.of(2027, 7, 1));
        Mobility first = nominate(p, Direction.OUTBOUND);
        Mobility second = nominate(p, Direction.OUTBOUND);
        Mobility inbound = nominate(p, Direction.INBOUND);
        exchanges.changeStatus(first.id(), first.getVersion(), MobilityStatus.ACCEPTED);

        assertThatThrownBy(() -> exchanges.changeStatus(second.id(), second.getVersion(), MobilityStatus.ACCEPTED))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> Texts.message((RuntimeException) e))
                .isEqualTo("All 1 outbound places of " + p.getName() + " are taken");
        assertThat(exchanges
                        .changeStatus(inbound.id(), inbound.getVersion(), MobilityStatus.ACCEPTED)
                        .getStatus())
                .isEqualTo(MobilityStatus.ACCEPTED);
    }

    @Test
    void twoOfficersAcceptingTheLastPlaceAtOnceCannotBothGetIt() throws Exception {
        for (int round = 0; round < 5; round++) {
            ExchangeProgramme p = programme(1, 0, false, LocalDate.of(2027, 7, 1));
            List<Mobility> nominated = List.of(nominate(p, Direction.OUTBOUND), nominate(p, Direction.OUTBOUND));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (Mobility m : nominated) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        RunAs.role(
                                Role.OFFICER,
                                () -> exchanges.changeStatus(m.id(), m.getVersion(), MobilityStatus.ACCEPTED));
                        return true;
                    } catch (BusinessRuleException refused) {
                        return false;
                    }
                }));
            }
            start.countDown();
            long accepted = 0;
            for (Future<Boolean> r : results) {
                accepted += r.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            pool.shutdown();
            assertThat(accepted).as("round " + round).isEqualTo(1);
            assertThat(exchanges.mobilities(p.id()))
                    .filteredOn(m -> m.getStatus() == MobilityStatus.ACCEPTED)
                    .hasSize(1);
        }
    }

    @Test
    void aMinorIsAcceptedOnlyWithAGuardiansConsentAndGetsARetentionDate() {
        ExchangeProgramme p = programme(2, 2, true, LocalDate.of(2027, 7, 1));
        Mobility m = nominate(p, Direction.OUTBOUND);

        assertThat(m.getRetentionUntil()).isEqualTo(LocalDate.of(2029, 7, 1));
        assertThatThrownBy(() -> exchanges.changeStatus(m.id(), m.getVersion(), MobilityStatus.ACCEPTED))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> Texts.message((RuntimeException) e))
                .isEqualTo("A guardian’s consent is needed before a minor can be accepted");
        Mobility consented = exchanges.recordGuardianConsent(m.id());
        assertThat(exchanges
                        .changeStatus(m.id(), consented.getVersion(), MobilityStatus.ACCEPTED)
                        .getStatus())
                .isEqualTo(MobilityStatus.ACCEPTED);
    }

    @Test
    void pastParticipantsAreAnonymisedInOneActionKeepingTheFigures() {
        ExchangeProgramme p = programme(3, 3, true, LocalDate.of(2020, 7, 1));
        Mobility m = nominate(p, Direction.OUTBOUND);
        Contact person = m.getPerson();
        exchanges.recordGuardianConsent(m.id());
        Mobility current = exchanges.mobilities(p.id()).getFirst();
        current = exchanges.changeStatus(m.id(), current.getVersion(), MobilityStatus.ACCEPTED);
        current = exchanges.changeStatus(m.id(), current.getVersion(), MobilityStatus.IN_PROGRESS);
        exchanges.changeStatus(m.id(), current.getVersion(), MobilityStatus.COMPLETED);
        long figuresBefore = placesUsed(p);

        assertThat(exchanges.anonymisePastParticipants(p.id())).isEqualTo(1);

        Mobility after = exchanges.mobilities(p.id()).getFirst();
        assertThat(after.isAnonymised()).isTrue();
        assertThat(after.personName())
                .as("no name, and no English words in its place")
                .isNull();
        assertThat(contacts.get(requireNonNull(person).id()).fullName(java.util.Locale.ENGLISH))
                .isEqualTo("Anonymised contact #" + person.id());
        assertThat(contacts.get(person.id()).getEmail()).isNull();
        assertThat(placesUsed(p)).isEqualTo(figuresBefore);
        assertThat(activities.timeline(new SubjectRef(ExchangeService.SUBJECT_TYPE, p.id())))
                .filteredOn(a -> a.getKind() != ActivityKind.STATUS)
                .extracting(Activity::getSummary)
                .containsExactly("Past participants anonymised: 1 (their retention date had"
                        + " passed; the mobilities stay for the figures)");
        assertThat(activities.timeline(new SubjectRef(ExchangeService.SUBJECT_TYPE, p.id())))
                .as("no name left on the timeline either")
                .noneMatch(a -> a.getSummary().contains(person.getLastName()));
        assertThat(exchanges.anonymisePastParticipants(p.id()))
                .as("nothing left to do")
                .isZero();
    }

    @Test
    void theFiguresCountByYearCityTypeAndDirectionAndExportAsCsv() {
        ExchangeProgramme p = programme(4, 2, false, LocalDate.of(2031, 7, 1));
        p.setAcademicYear("2030/31");
        p = exchanges.save(p);
        Mobility m = nominate(p, Direction.INBOUND);
        exchanges.changeStatus(m.id(), m.getVersion(), MobilityStatus.ACCEPTED);
        nominate(p, Direction.INBOUND);

        assertThat(exchanges.figures())
                .contains(new ExchangeFigure(
                        "2030/31", "Dalian", ProgrammeType.STUDENT_EXCHANGE, Direction.INBOUND, 2, 1, 2));
        assertThat(exchanges.figuresCsv())
                .startsWith("academic_year,partner_city,type,direction,mobilities,places_used,quota")
                .contains("2030/31,Dalian,Student exchange,Inbound,2,1,2");
    }

    @Test
    void coordinatorsAndViewersReadButCannotChangeExchanges() {
        ExchangeProgramme p = programme(1, 1, false, LocalDate.of(2027, 7, 1));
        Mobility m = nominate(p, Direction.OUTBOUND);
        for (Role role : List.of(Role.COORDINATOR, Role.VIEWER)) {
            assertThatThrownBy(() -> RunAs.role(
                            role, () -> exchanges.changeStatus(m.id(), m.getVersion(), MobilityStatus.ACCEPTED)))
                    .as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> RunAs.role(role, () -> exchanges.save(p)))
                    .as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> RunAs.role(role, () -> exchanges.anonymisePastParticipants(p.id())))
                    .as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(RunAs.role(role, () -> exchanges.count(null, null)))
                    .as(role.name())
                    .isPositive();
        }
        assertThat(RunAs.role(Role.ADMIN, () -> exchanges.changeStatus(m.id(), m.getVersion(), MobilityStatus.ACCEPTED))
                        .getStatus())
                .isEqualTo(MobilityStatus.ACCEPTED);
    }

    @Test
    void theInstitutionsMustBeUniversitiesOrSchools() {
        Organization company = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        ExchangeProgramme p = new ExchangeProgramme(
                CrmFixtures.unique("Wrong"),
                ProgrammeType.INTERNSHIP,
                company,
                fixtures.organization(OrganizationType.UNIVERSITY, "Dalian"),
                fixtures.city("Dalian"),
                "2026/27",
                1,
                1,
                LocalDate.of(2027, 7, 1));

        assertThatThrownBy(() -> exchanges.save(p))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> Texts.message((RuntimeException) e))
                .asString()
                .contains("is not a university or school");
    }

    private long placesUsed(ExchangeProgramme p) {
        return exchanges.list(p.getAcademicYear(), p.getName(), 0, 1).getFirst().outboundUsed();
    }

    private ExchangeProgramme programme(int outbound, int inbound, boolean minors, LocalDate endsOn) {
        ExchangeProgramme p = new ExchangeProgramme(
                CrmFixtures.unique("Programme"),
                ProgrammeType.STUDENT_EXCHANGE,
                fixtures.organization(OrganizationType.UNIVERSITY, "Enschede"),
                fixtures.organization(OrganizationType.UNIVERSITY, "Dalian"),
                fixtures.city("Dalian"),
                "2026/27",
                outbound,
                inbound,
                endsOn);
        p.setMinors(minors);
        return exchanges.save(p);
    }

    private Mobility nominate(ExchangeProgramme p, Direction direction) {
        Contact student = fixtures.contact(
                requireNonNull(p.getHomeInstitution()), CrmFixtures.unique("Student"), "student@exchange.example");
        return exchanges.nominate(
                p.id(), student, direction, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 31), null);
    }
}
