package nl.stedenband.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.stedenband.MovableClock;
import nl.stedenband.StedenbandTest;
import nl.stedenband.activity.ActivityKind;
import nl.stedenband.activity.ActivityService;
import nl.stedenband.activity.SubjectRef;
import nl.stedenband.audit.AuditService;
import nl.stedenband.audit.FieldChange;
import nl.stedenband.audit.RecordChange;
import nl.stedenband.contact.Contact;
import nl.stedenband.contact.ContactService;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.contact.GdprBasis;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationType;
import nl.stedenband.exchange.Direction;
import nl.stedenband.exchange.ExchangeProgramme;
import nl.stedenband.exchange.ExchangeService;
import nl.stedenband.exchange.Mobility;
import nl.stedenband.exchange.ProgrammeType;
import nl.stedenband.security.Role;
import nl.stedenband.security.RunAs;
import nl.stedenband.security.SystemAuthentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * The retention rules against the real database: what the preview lists, what a run anonymises (through
 * the one erasure, so that the names are in no table afterwards and the history names the rule), what
 * it leaves alone, and who may ask. Dates are relative to the test clock. A run is given only this
 * test's records, so that the demo data and other tests' records keep their names.
 */
@StedenbandTest
class RetentionServiceTest {

    private static final ZoneId ENSCHEDE = ZoneId.of("Europe/Amsterdam");

    @Autowired
    RetentionService retention;

    @Autowired
    ExchangeService exchanges;

    @Autowired
    ContactService contacts;

    @Autowired
    ActivityService activities;

    @Autowired
    AuditService audit;

    @Autowired
    CrmFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MovableClock clock;

    private final List<Long> createdContacts = new ArrayList<>();

    @AfterEach
    void removeWhatIsLeft() {
        clock.reset();
        // erased contacts stay (what refers to them keeps its figures), as do pupils with their programmes; the others
        // go
        for (long id : createdContacts) {
            RunAs.role(Role.ADMIN, () -> {
                if ("Test".equals(contacts.get(id).getFirstName())) {
                    contacts.delete(id);
                }
            });
        }
    }

    @Test
    void theRulesAreTheConfiguredDefaults() {
        List<RetentionService.RuleSetting> rules = RunAs.role(Role.ADMIN, () -> retention.rules());

        assertThat(rules)
                .extracting(RetentionService.RuleSetting::rule)
                .containsExactly(RetentionRule.MINOR_MOBILITY, RetentionRule.MOBILITY, RetentionRule.INACTIVE_CONTACT);
        assertThat(rules).extracting(RetentionService.RuleSetting::months).containsExactly(12L, 60L, 36L);
        assertThat(rules).allMatch(RetentionService.RuleSetting::active);
    }

    @Test
    void aMinorsExchangeIsAnonymisedTwelveMonthsAfterItEndsNotBefore() {
        LocalDate today = today();
        ExchangeProgramme programme = minorsProgramme();
        Contact longAgo = pupil();
        Contact recently = pupil();
        Mobility ended13 = nominate(programme, longAgo, today.minusMonths(13));
        Mobility ended11 = nominate(programme, recently, today.minusMonths(11));

        List<RetentionItem> due = everythingDue();

        assertThat(due)
                .filteredOn(i -> i.recordId() == ended13.id() && i.rule().kind() == RetentionRule.Kind.MOBILITY)
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.rule()).isEqualTo(RetentionRule.MINOR_MOBILITY);
                    assertThat(i.label()).contains(longAgo.getLastName()).contains(programme.getName());
                    assertThat(i.dueSince()).isEqualTo(today.minusMonths(13).plusMonths(12));
                });
        assertThat(due).noneMatch(i -> i.recordId() == ended11.id() && i.rule().kind() == RetentionRule.Kind.MOBILITY);

        RetentionResult result = RunAs.role(
                Role.ADMIN,
                () -> retention.run(List.of(
                        new RetentionItem(RetentionRule.MINOR_MOBILITY, ended13.id(), "", today),
                        new RetentionItem(RetentionRule.MINOR_MOBILITY, ended11.id(), "", today))));

        assertThat(result).isEqualTo(new RetentionResult(1, 1, 0));
        List<Mobility> after = RunAs.role(Role.ADMIN, () -> exchanges.mobilities(programme.id()));
        assertThat(after)
                .filteredOn(m -> m.id() == ended13.id())
                .singleElement()
                .satisfies(m -> assertThat(m.isAnonymised()).isTrue());
        assertThat(after)
                .filteredOn(m -> m.id() == ended11.id())
                .singleElement()
                .satisfies(m -> assertThat(m.personName()).isEqualTo(recently.getFullName()));
        assertThat(DatabaseTrace.columnsHolding(jdbc, longAgo.getLastName())).isEmpty();
        assertThat(DatabaseTrace.columnsHolding(jdbc, recently.getLastName())).contains("contact.last_name");
        assertThat(latestReason(longAgo.id()))
                .endsWith("Retention rule: exchange of a minor ended more than 12 months ago");
        assertThat(everythingDue())
                .noneMatch(i -> i.recordId() == ended13.id() && i.rule().kind() == RetentionRule.Kind.MOBILITY);
    }

    @Test
    void everyExchangeIsAnonymisedFiveYearsAfterItEndsAndAMinorsIsListedOnce() {
        LocalDate today = today();
        ExchangeProgramme adults = SystemAuthentication.call(() -> exchanges.save(new ExchangeProgramme(
                CrmFixtures.unique("Internships"),
                ProgrammeType.INTERNSHIP,
                fixtures.organization(OrganizationType.UNIVERSITY, "Enschede"),
                fixtures.organization(OrganizationType.UNIVERSITY, "Dalian"),
                fixtures.city("Dalian"),
                "2020/21",
                5,
                5,
                today.plusMonths(6))));
        Mobility fiveYearsAgo = nominate(adults, pupil(), today.minusYears(5).minusMonths(1));
        Mobility fourYearsAgo = nominate(adults, pupil(), today.minusYears(4));
        Mobility minorSixYearsAgo = nominate(minorsProgramme(), pupil(), today.minusYears(6));

        List<RetentionItem> due = everythingDue().stream()
                .filter(i -> i.rule().kind() == RetentionRule.Kind.MOBILITY)
                .toList();

        assertThat(due)
                .filteredOn(i -> i.recordId() == fiveYearsAgo.id())
                .extracting(RetentionItem::rule)
                .containsExactly(RetentionRule.MOBILITY);
        assertThat(due)
                .filteredOn(i -> i.recordId() == minorSixYearsAgo.id())
                .extracting(RetentionItem::rule)
                .containsExactly(RetentionRule.MINOR_MOBILITY);
        assertThat(due).noneMatch(i -> i.recordId() == fourYearsAgo.id());

        RetentionResult result = RunAs.role(
                Role.ADMIN,
                () -> retention.run(due.stream()
                        .filter(i -> i.recordId() == fiveYearsAgo.id() || i.recordId() == minorSixYearsAgo.id())
                        .toList()));

        assertThat(result).isEqualTo(new RetentionResult(2, 0, 0));
        assertThat(everythingDue())
                .noneMatch(i -> i.recordId() == fiveYearsAgo.id() || i.recordId() == minorSixYearsAgo.id());
    }

    @Test
    void aContactUnusedForFourYearsIsAnonymisedButNotOneWithRecentActivityOrConsent() {
        LocalDate today = today();
        Organization organization = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        Contact forgotten = contact(organization);
        Contact recentNote = contact(organization);
        Contact consented = contact(organization);
        RunAs.role(
                Role.ADMIN,
                () -> activities.add(
                        new SubjectRef(ContactService.SUBJECT_TYPE, recentNote.id()),
                        ActivityKind.CALL,
                        today.minusWeeks(2),
                        "Called about the fair",
                        null));
        RunAs.role(Role.ADMIN, () -> {
            Contact c = contacts.get(consented.id());
            c.setGdprBasis(GdprBasis.CONSENT);
            c.setConsentDate(today.minusYears(4));
            contacts.save(c);
        });
        for (Contact c : List.of(forgotten, recentNote, consented)) {
            lastChanged(c, today.minusYears(4));
        }

        List<RetentionItem> due = everythingDue();

        assertThat(due)
                .filteredOn(i -> i.rule() == RetentionRule.INACTIVE_CONTACT && i.recordId() == forgotten.id())
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.label()).isEqualTo(forgotten.getFullName());
                    assertThat(i.dueSince()).isEqualTo(today.minusYears(4).plusYears(3));
                });
        assertThat(due)
                .filteredOn(i -> i.rule() == RetentionRule.INACTIVE_CONTACT)
                .extracting(RetentionItem::recordId)
                .doesNotContain(recentNote.id(), consented.id());
        assertThat(RunAs.role(Role.ADMIN, () -> retention.countDue())).isEqualTo(due.size());

        RetentionResult result = RunAs.role(
                Role.ADMIN,
                () -> retention.run(due.stream()
                        .filter(i -> List.of(forgotten.id(), recentNote.id(), consented.id())
                                        .contains(i.recordId())
                                && i.rule() == RetentionRule.INACTIVE_CONTACT)
                        .toList()));

        assertThat(result).isEqualTo(new RetentionResult(1, 0, 0));
        assertThat(DatabaseTrace.columnsHolding(jdbc, forgotten.getLastName())).isEmpty();
        assertThat(latestReason(forgotten.id())).endsWith("Retention rule: no recorded consent and no use for 3 years");
        assertThat(RunAs.role(Role.ADMIN, () -> contacts.get(recentNote.id())).getLastName())
                .isEqualTo(recentNote.getLastName());
        assertThat(RunAs.role(Role.ADMIN, () -> contacts.get(consented.id())).getLastName())
                .isEqualTo(consented.getLastName());
    }

    @Test
    void theNightlyJobRunsAsTheSystemThroughTheSecuredService(@Autowired RetentionJob job) {
        // ten years back, nothing of the demo data or of other tests is due yet: the job takes only this one
        clock.freeze();
        clock.advance(java.time.Duration.ofDays(-3652));
        LocalDate today = today();
        Contact pupil = pupil();
        Mobility ended = nominate(minorsProgramme(), pupil, today.minusMonths(14));
        assertThat(everythingDue()).extracting(RetentionItem::recordId).containsExactly(ended.id());

        RetentionResult result = job.runNightly();

        assertThat(result.anonymised()).isEqualTo(1);
        assertThat(DatabaseTrace.columnsHolding(jdbc, pupil.getLastName())).isEmpty();
        RecordChange latest = RunAs.role(Role.ADMIN, () -> audit.history("Contact", pupil.id()))
                .getFirst();
        assertThat(latest.user()).isEqualTo(SystemAuthentication.PRINCIPAL);
        assertThat(everythingDue()).isEmpty();
    }

    @Test
    void onlyAdministratorsSeeOrRunTheRetention() {
        for (Role role : List.of(Role.OFFICER, Role.COORDINATOR, Role.VIEWER)) {
            assertThatThrownBy(() -> RunAs.role(role, () -> retention.preview(0, 10)))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> RunAs.role(role, () -> retention.run(List.of())))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ENSCHEDE));
    }

    private List<RetentionItem> everythingDue() {
        return RunAs.role(Role.ADMIN, () -> {
            long n = retention.countDue();
            return retention.preview(0, (int) n);
        });
    }

    private ExchangeProgramme minorsProgramme() {
        ExchangeProgramme p = new ExchangeProgramme(
                CrmFixtures.unique("School exchange"),
                ProgrammeType.STUDENT_EXCHANGE,
                fixtures.organization(OrganizationType.SCHOOL, "Enschede"),
                fixtures.organization(OrganizationType.SCHOOL, "Palo Alto"),
                fixtures.city("Palo Alto"),
                "2024/25",
                5,
                5,
                today().plusMonths(6));
        p.setMinors(true);
        return SystemAuthentication.call(() -> exchanges.save(p));
    }

    private Contact pupil() {
        return fixtures.contact(fixtures.organization(OrganizationType.SCHOOL, "Enschede"), marker("Pupil"), null);
    }

    private Contact contact(Organization organization) {
        Contact c = fixtures.contact(organization, marker("Idle"), null);
        createdContacts.add(c.id());
        return c;
    }

    private Mobility nominate(ExchangeProgramme programme, Contact person, LocalDate end) {
        return SystemAuthentication.call(
                () -> exchanges.nominate(programme.id(), person, Direction.OUTBOUND, end.minusMonths(5), end, null));
    }

    /** The contact's last change moved back in time, in the record and its history alike. */
    private void lastChanged(Contact c, LocalDate day) {
        jdbc.update(
                "UPDATE contact SET modified_at = ?, created_at = ? WHERE id = ?",
                Timestamp.valueOf(day.atTime(10, 0)),
                Timestamp.valueOf(day.atTime(10, 0)),
                c.id());
    }

    private String latestReason(long contactId) {
        List<RecordChange> history = RunAs.role(Role.ADMIN, () -> audit.history("Contact", contactId));
        Optional<FieldChange> request = history.getFirst().changes().stream()
                .filter(f -> f.field().equals("privacyRequest"))
                .findFirst();
        assertThat(request)
                .as("the latest change of the contact records the request")
                .isPresent();
        return request.get().newValue().plain();
    }

    /** A last name found nowhere else in the database, so that the trace search finds only this person. */
    private static String marker(String prefix) {
        return prefix + CrmFixtures.unique("").strip().replace("-", "");
    }
}
