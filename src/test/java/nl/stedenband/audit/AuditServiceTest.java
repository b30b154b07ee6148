package nl.stedenband.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.stedenband.StedenbandTest;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.contact.Contact;
import nl.stedenband.contact.ContactService;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationService;
import nl.stedenband.contact.OrganizationType;
import nl.stedenband.security.Role;
import nl.stedenband.security.RunAs;
import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** Who changed what and when: the history of a record and the recent changes across the system. */
@StedenbandTest
class AuditServiceTest {

    private static final ZoneId UTC = ZoneOffset.UTC;

    @Autowired
    AuditService audit;

    @Autowired
    ContactService contacts;

    @Autowired
    OrganizationService organizations;

    @Autowired
    CrmFixtures fixtures;

    @PersistenceContext
    EntityManager em;

    @Test
    void aContactsHistoryNamesWhoChangedWhichFieldFromWhatToWhat() {
        Organization org = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        Contact c = fixtures.contact(org, CrmFixtures.unique("Jansen"), "jansen@audit.example");
        String oldName = c.getLastName();

        RunAs.role(Role.OFFICER, () -> {
            Contact edited = contacts.get(c.id());
            edited.setLastName("Jansen-de Boer");
            edited.setJobTitle("Director");
            contacts.save(edited);
        });

        List<RecordChange> history = RunAs.role(Role.ADMIN, () -> audit.history("Contact", c.id()));
        assertThat(history)
                .extracting(RecordChange::kind, RecordChange::user)
                .containsExactly(tuple(ChangeKind.CHANGED, "officer"), tuple(ChangeKind.CREATED, "system"));
        assertThat(history.getFirst().changes())
                .extracting(FieldChange::field, FieldChange::oldValue, FieldChange::newValue)
                .containsExactlyInAnyOrder(
                        tuple("lastName", AuditValue.text(oldName), AuditValue.text("Jansen-de Boer")),
                        tuple("jobTitle", AuditValue.NONE, AuditValue.text("Director")));
        assertThat(history.getFirst().record()).isEqualTo(AuditValue.record("Test Jansen-de Boer"));
        assertThat(history.getLast().changes())
                .extracting(FieldChange::field)
                .contains("lastName", "email", "organization")
                .doesNotContain("jobTitle", "notes");
        assertThat(history.getFirst().at()).isAfterOrEqualTo(history.getLast().at());
    }

    @Test
    void relatedRecordsAndTagsAreShownByNameNotById() {
        Organization first = fixtures.organization(OrganizationType.STARTUP, "Enschede");
        Organization second = fixtures.organization(OrganizationType.STARTUP, "Palo Alto");
        Contact c = fixtures.contact(first, CrmFixtures.unique("Mulder"), null);

        RunAs.role(Role.OFFICER, () -> {
            Contact edited = contacts.get(c.id());
            edited.setOrganization(second);
            edited.setTags(Set.of("fintech", "investor"));
            contacts.save(edited);
        });

        RecordChange latest =
                RunAs.role(Role.OFFICER, () -> audit.history("Contact", c.id())).getFirst();
        assertThat(latest.changes())
                .extracting(FieldChange::field, FieldChange::oldValue, FieldChange::newValue)
                .contains(
                        tuple("organization", AuditValue.record(first.getName()), AuditValue.record(second.getName())),
                        tuple(
                                "tags",
                                AuditValue.NONE,
                                AuditValue.list(List.of(AuditValue.text("fintech"), AuditValue.text("investor")))));
    }

    @Test
    void aDeletedRecordKeepsItsHistoryWithTheDeletion() {
        Organization org = fixtures.organization(OrganizationType.ASSOCIATION, "Enschede");

        RunAs.role(Role.ADMIN, () -> organizations.delete(org.id()));

        List<RecordChange> history = RunAs.role(Role.OFFICER, () -> audit.history("Organization", org.id()));
        assertThat(history)
                .extracting(RecordChange::kind, RecordChange::user, RecordChange::record)
                .containsExactly(
                        tuple(ChangeKind.DELETED, "admin", AuditValue.record(org.getName())),
                        tuple(ChangeKind.CREATED, "system", AuditValue.record(org.getName())));
    }

    @Test
    void recentChangesFilterByUserTypeAndDateAndPageInTheDatabase() {
        Organization org = fixtures.organization(OrganizationType.COMPANY, "Dalian");
        Contact c = fixtures.contact(org, CrmFixtures.unique("Smit"), null);
        RunAs.role(Role.COORDINATOR, () -> {
            Contact edited = contacts.get(c.id());
            edited.setPhone("+31 53 000 00 00");
            contacts.save(edited);
        });
        LocalDate today = LocalDate.now(UTC);

        List<RecordChange> byCoordinator = RunAs.role(
                Role.ADMIN, () -> audit.recent(new AuditFilter("coordinator", "Contact", today, today), UTC, 0, 50));
        assertThat(byCoordinator).extracting(RecordChange::recordId).contains(c.id());
        assertThat(byCoordinator).allSatisfy(r -> {
            assertThat(r.user()).isEqualTo("coordinator");
            assertThat(r.type()).isEqualTo("Contact");
        });
        RecordChange mine = byCoordinator.stream()
                .filter(r -> r.recordId() == c.id())
                .findFirst()
                .orElseThrow();
        assertThat(mine.changes())
                .extracting(FieldChange::field, FieldChange::oldValue, FieldChange::newValue)
                .containsExactly(tuple("phone", AuditValue.NONE, AuditValue.text("+31 53 000 00 00")));
        assertThat(mine.typeLabel()).isEqualTo("Contact");

        assertThat(RunAs.role(
                        Role.ADMIN,
                        () -> audit.recent(new AuditFilter("coordinator", "Organization", today, today), UTC, 0, 50)))
                .extracting(RecordChange::recordId)
                .doesNotContain(c.id());
        assertThat(RunAs.role(
                        Role.ADMIN,
                        () -> audit.recent(
                                new AuditFilter("coordinator", null, today.minusDays(3), today.minusDays(1)),
                                UTC,
                                0,
                                50)))
                .isEmpty();
        assertThat(RunAs.role(
                        Role.ADMIN, () -> audit.recent(new AuditFilter(null, "NoSuchType", null, null), UTC, 0, 50)))
                .isEmpty();
        assertThat(RunAs.role(Role.ADMIN, () -> audit.users())).contains("system", "coordinator");
    }

    @Test
    void pagesFollowEachOtherNewestFirstAndTheCountMatches() {
        AuditFilter bySystem = new AuditFilter("system", null, null, null);
        RunAs.role(Role.OFFICER, () -> {
            long total = audit.count(bySystem, UTC);
            assertThat(total).isGreaterThan(30);
            List<RecordChange> first = audit.recent(bySystem, UTC, 0, 10);
            List<RecordChange> second = audit.recent(bySystem, UTC, 10, 10);
            List<RecordChange> both = audit.recent(bySystem, UTC, 0, 20);
            assertThat(first).hasSize(10);
            assertThat(both)
                    .extracting(RecordChange::revision, RecordChange::type, RecordChange::recordId)
                    .containsExactlyElementsOf(java.util.stream.Stream.concat(first.stream(), second.stream())
                            .map(r -> tuple(r.revision(), r.type(), r.recordId()))
                            .toList());
            assertThat(both)
                    .extracting(RecordChange::revision)
                    .isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(audit.recent(bySystem, UTC, (int) total, 10)).isEmpty();
        });
    }

    /**
     * The list reads a whole page at once, a record's history one record through Envers: both must
     * say the same of every change, for every kind of record, with its collections (tags, cities,
     * participants, roles) and related records named as they are now.
     */
    @Test
    void theListSaysOfEveryChangeWhatTheRecordsOwnHistorySays() {
        Organization first = fixtures.organization(OrganizationType.STARTUP, "Enschede");
        Organization second = fixtures.organization(OrganizationType.COMPANY, "Dalian");
        Contact c = fixtures.contact(first, CrmFixtures.unique("Visser"), null);
        RunAs.role(Role.OFFICER, () -> {
            Contact edited = contacts.get(c.id());
            edited.setTags(Set.of("fintech", "investor"));
            contacts.save(edited);
        });
        RunAs.role(Role.OFFICER, () -> {
            Contact edited = contacts.get(c.id());
            edited.setTags(Set.of("investor", "mentor"));
            edited.setOrganization(second);
            contacts.save(edited);
        });

        RunAs.role(Role.ADMIN, () -> {
            int compared = 0;
            for (AuditType type : audit.types()) {
                for (RecordChange listed : audit.recent(new AuditFilter(null, type.name(), null, null), UTC, 0, 30)) {
                    RecordChange own = audit.history(listed.type(), listed.recordId()).stream()
                            .filter(h -> h.revision() == listed.revision())
                            .findFirst()
                            .orElseThrow();
                    assertThat(listed)
                            .as("%s #%d at revision %d", listed.type(), listed.recordId(), listed.revision())
                            .isEqualTo(own);
                    compared++;
                }
            }
            assertThat(compared).isGreaterThan(100);
            RecordChange moved = audit.recent(new AuditFilter("officer", "Contact", null, null), UTC, 0, 50).stream()
                    .filter(r -> r.recordId() == c.id())
                    .findFirst()
                    .orElseThrow();
            assertThat(moved.changes())
                    .extracting(FieldChange::field, FieldChange::oldValue, FieldChange::newValue)
                    .contains(
                            tuple(
                                    "organization",
                                    AuditValue.record(first.getName()),
                                    AuditValue.record(second.getName())),
                            tuple(
                                    "tags",
                                    AuditValue.list(List.of(AuditValue.text("fintech"), AuditValue.text("investor"))),
                                    AuditValue.list(List.of(AuditValue.text("investor"), AuditValue.text("mentor")))));
        });
    }

    /** A history in Dutch must not fall back to the field's English name: every field has a label. */
    @Test
    void everyFieldAHistoryShowsHasALabelInTheBundles() {
        List<String> missing = RunAs.role(Role.ADMIN, () -> audit.types()).stream()
                .flatMap(t -> t.fields().stream())
                .distinct()
                .filter(f -> !Texts.isKey("audit.attribute." + f))
                .sorted()
                .toList();
        assertThat(missing)
                .as("fields without audit.attribute.<field> in the bundles")
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Role.class,
            names = {"COORDINATOR", "VIEWER"})
    void onlyAdministratorsAndOfficersReadTheHistory(Role role) {
        RunAs.role(role, () -> {
            assertThat(audit.mayRead()).isFalse();
            assertThatThrownBy(() -> audit.history("Contact", 1)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.recent(AuditFilter.all(), UTC, 0, 10))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.count(AuditFilter.all(), UTC)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.users()).isInstanceOf(AccessDeniedException.class);
        });
        RunAs.role(Role.OFFICER, () -> assertThat(audit.mayRead()).isTrue());
    }

    @Test
    void passwordHashesAreNeverInTheHistory() {
        @SuppressWarnings("unchecked")
        List<String> columns = em.createNativeQuery(
                        "SELECT column_name FROM information_schema.columns"
                                + " WHERE table_schema = DATABASE() AND table_name = 'app_user_aud'",
                        String.class)
                .getResultList();
        assertThat(columns).isNotEmpty().noneMatch(c -> c.toLowerCase().contains("password_hash"));
        assertThat(RunAs.role(Role.ADMIN, () -> audit.types()))
                .extracting(AuditType::name)
                .contains("AppUser", "Contact");
    }

    @Test
    void theAuditHistoryCannotBeWrittenFromTheApp() {
        assertThat(AuditRevision.class).hasAnnotation(Immutable.class);
        assertThat(Arrays.stream(AuditService.class.getDeclaredMethods())
                        .filter(m -> Modifier.isPublic(m.getModifiers())))
                .allSatisfy(m -> {
                    Transactional tx = m.getAnnotation(Transactional.class);
                    assertThat(tx == null || tx.readOnly())
                            .as(m.getName() + " only reads")
                            .isTrue();
                    assertThat(m.getName())
                            .as("a reading name")
                            .matches("(may|types|typeOf|users|history|recent|count).*");
                });
        assertThat(Arrays.stream(AuditRevision.class.getDeclaredMethods())
                        .filter(m -> Modifier.isPublic(m.getModifiers())))
                .extracting(Method::getName)
                .allMatch(n -> n.startsWith("get"));
    }
}
