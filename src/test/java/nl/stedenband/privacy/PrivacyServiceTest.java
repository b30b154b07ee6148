package nl.stedenband.privacy;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.stedenband.StedenbandTest;
import nl.stedenband.activity.ActivityKind;
import nl.stedenband.activity.ActivityService;
import nl.stedenband.activity.SubjectRef;
import nl.stedenband.audit.AuditFilter;
import nl.stedenband.audit.AuditService;
import nl.stedenband.audit.FieldChange;
import nl.stedenband.audit.RecordChange;
import nl.stedenband.base.Bundles;
import nl.stedenband.base.BusinessRuleException;
import nl.stedenband.base.PersonalDataRequest;
import nl.stedenband.contact.Contact;
import nl.stedenband.contact.ContactService;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationType;
import nl.stedenband.exchange.Direction;
import nl.stedenband.exchange.ExchangeProgramme;
import nl.stedenband.exchange.ExchangeService;
import nl.stedenband.exchange.ProgrammeType;
import nl.stedenband.meeting.MeetingService;
import nl.stedenband.meeting.Videoconference;
import nl.stedenband.mission.MissionService;
import nl.stedenband.mission.ParticipantRole;
import nl.stedenband.mission.TradeMission;
import nl.stedenband.security.AppUser;
import nl.stedenband.security.Role;
import nl.stedenband.security.RunAs;
import nl.stedenband.security.SystemAuthentication;
import nl.stedenband.security.UserService;
import nl.stedenband.task.Task;
import nl.stedenband.task.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A person's requests about their data: the export gathers it from every feature, the erasure leaves nothing of it. */
@StedenbandTest
class PrivacyServiceTest {

    @Autowired
    PrivacyService privacy;

    @Autowired
    CrmFixtures fixtures;

    @Autowired
    ContactService contacts;

    @Autowired
    ActivityService activities;

    @Autowired
    TaskService tasks;

    @Autowired
    MissionService missions;

    @Autowired
    ExchangeService exchanges;

    @Autowired
    MeetingService meetings;

    @Autowired
    UserService users;

    @Autowired
    AuditService audit;

    @Autowired
    JdbcTemplate jdbc;

    /** A person the office has a history with in every feature. */
    record Person(
            Contact contact,
            Organization organization,
            String mission,
            String programme,
            String session,
            long taskId) {}

    @Test
    void theExportHoldsThePersonsDataFromEveryFeature() {
        Person p = person();
        long id = p.contact().id();

        JsonNode json =
                JsonMapper.builder().build().readTree(RunAs.role(Role.OFFICER, () -> privacy.exportPersonalData(id)));

        assertThat(json.get("contactId").asLong()).isEqualTo(id);
        assertThat(json.get("exportedBy").asString()).isEqualTo("officer");
        JsonNode contact = json.get("contact");
        assertThat(contact.get("lastName").asString()).isEqualTo(p.contact().getLastName());
        assertThat(contact.get("email").asString()).isEqualTo(p.contact().getEmail());
        assertThat(contact.get("phone").asString()).isEqualTo("+31 53 481 8181");
        assertThat(contact.get("notes").asString()).isEqualTo("Met at the Dutch Design Week");
        assertThat(contact.get("organization").get("name").asString())
                .isEqualTo(p.organization().getName());
        assertThat(contact.get("tags").get(0).asString()).isEqualTo("alumni");
        assertThat(json.get("timeline").get(0).get("summary").asString())
                .isEqualTo("Lunch with " + p.contact().getFullName());
        assertThat(json.get("timeline").get(0).get("details").asString()).isEqualTo("Likes cycling");
        assertThat(json.get("tasks").get(0).get("title").asString())
                .isEqualTo("Call " + p.contact().getFullName());
        assertThat(json.get("missionParticipations").get(0).get("mission").asString())
                .isEqualTo(p.mission());
        assertThat(json.get("missionParticipations").get(0).get("role").asString())
                .isEqualTo("DELEGATE");
        assertThat(json.get("exchanges")
                        .get("mobilities")
                        .get(0)
                        .get("programme")
                        .asString())
                .isEqualTo(p.programme());
        assertThat(json.get("exchanges")
                        .get("mobilities")
                        .get(0)
                        .get("direction")
                        .asString())
                .isEqualTo("OUTBOUND");
        assertThat(json.get("videoconferences").get(0).get("topic").asString()).isEqualTo(p.session());
        JsonNode history = json.get("history");
        assertThat(history.size()).isGreaterThanOrEqualTo(2);
        assertThat(history.toString()).contains("jobTitle", "Alderman's adviser");
    }

    @Test
    void anExportIsRecordedInTheContactsHistory() {
        long id = person().contact().id();

        RunAs.role(Role.ADMIN, () -> privacy.exportPersonalData(id));

        RecordChange latest =
                RunAs.role(Role.ADMIN, () -> audit.history("Contact", id)).getFirst();
        assertThat(latest.user()).isEqualTo("admin");
        assertThat(latest.changes()).extracting(FieldChange::field).containsExactly("privacyRequest");
        assertThat(latest.changes().getFirst().newValue().plain())
                .startsWith("Export of personal data on ")
                .endsWith(": Request of the person (GDPR art. 15/20)");
    }

    @Test
    void anErasureAnonymisesTheContactAndItsStoredHistory() {
        Person p = person();
        Contact before = p.contact();
        long id = before.id();

        RunAs.role(Role.OFFICER, () -> privacy.erase(id, "Request of the person by e-mail of 23 November"));

        Contact after = SystemAuthentication.call(() -> contacts.get(id));
        assertThat(after.getLastName())
                .as("no words of any language in the name")
                .isEqualTo("#" + id);
        assertThat(after.fullName(Locale.ENGLISH)).isEqualTo("Anonymised contact #" + id);
        assertThat(after.fullName(Bundles.DUTCH)).isEqualTo("Geanonimiseerde contactpersoon #" + id);
        assertThat(after.getFirstName()).isNull();
        assertThat(after.getEmail()).isNull();
        assertThat(after.getPhone()).isNull();
        assertThat(after.getNotes()).isNull();
        assertThat(after.getJobTitle()).isNull();
        assertThat(after.getTags()).isEmpty();
        assertThat(after.getOrganization()).isEqualTo(p.organization());
        // the old values do not survive in the audit tables
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contact_aud WHERE id = ?", Long.class, id))
                .isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM contact_aud WHERE id = ? AND (email IS NOT NULL"
                                + " OR first_name IS NOT NULL OR phone IS NOT NULL OR notes IS NOT NULL OR job_title IS NOT NULL"
                                + " OR last_name <> ?)",
                        Long.class,
                        id,
                        after.getLastName()))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contact_tag_aud WHERE contact_id = ?", Long.class, id))
                .isZero();
        assertThat(mentions("contact_aud", "CONCAT_WS(' ', first_name, last_name, email, notes)", "id = " + id, before))
                .isZero();
        // notes about them are gone, also from the history; tasks about them stay without the name
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM activity WHERE subject_type = 'CONTACT' AND subject_id = ?",
                        Long.class,
                        id))
                .isZero();
        assertThat(mentions(
                        "activity_aud",
                        "CONCAT_WS(' ', summary, details)",
                        "subject_type = 'CONTACT' AND subject_id = " + id,
                        before))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM activity_aud WHERE subject_type = 'CONTACT' AND subject_id = ?"
                                + " AND details LIKE '%cycling%'",
                        Long.class, id))
                .isZero();
        Task task = RunAs.role(Role.ADMIN, () -> tasks.get(p.taskId()));
        assertThat(task.getTitle()).isEqualTo("Call [anonymised]");
        assertThat(task.getDescription()).isNull();
        assertThat(mentions("task_aud", "CONCAT_WS(' ', title, description)", "id = " + p.taskId(), before))
                .isZero();
        // what refers to the person keeps working: the mission still has its delegate
        String json = RunAs.role(Role.OFFICER, () -> privacy.exportPersonalData(id));
        assertThat(json).contains(p.mission(), p.programme(), p.session()).doesNotContain(before.getLastName());
    }

    @Test
    void theErasureShowsInTheAuditListAndTheContactsHistoryWithItsReason() {
        long id = person().contact().id();
        String reason = CrmFixtures.unique("Retention period over");

        RunAs.role(Role.OFFICER, () -> privacy.erase(id, reason));

        RecordChange latest =
                RunAs.role(Role.OFFICER, () -> audit.history("Contact", id)).getFirst();
        assertThat(latest.user()).isEqualTo("officer");
        assertThat(latest.record().plain())
                .as("named by kind and id, said in the reader's language")
                .isEqualTo("Contact #" + id);
        assertThat(latest.changes())
                .filteredOn(c -> c.field().equals("privacyRequest"))
                .singleElement()
                .satisfies(c -> assertThat(c.newValue().plain())
                        .startsWith("Erasure of personal data on ")
                        .endsWith(reason));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<RecordChange> recent = RunAs.role(
                Role.ADMIN,
                () -> audit.recent(new AuditFilter("officer", "Contact", today, today), ZoneOffset.UTC, 0, 50));
        assertThat(recent)
                .filteredOn(c -> c.recordId() == id)
                .first()
                .satisfies(c -> assertThat(c.changes()).anySatisfy(f -> {
                    assertThat(f.field()).isEqualTo("privacyRequest");
                    assertThat(f.newValue().plain()).contains(reason);
                }));
    }

    @Test
    void anErasureNeedsAReason() {
        long id = person().contact().id();

        for (String reason : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> RunAs.role(Role.OFFICER, () -> privacy.erase(id, reason)))
                    .isInstanceOf(BusinessRuleException.class)
                    .hasMessage("privacy.erase.reasonRequired");
        }
        assertThat(SystemAuthentication.call(() -> contacts.get(id)).getEmail()).isNotNull();
    }

    @Test
    void coordinatorsAndViewersMayNeitherExportNorErase() {
        Contact c = person().contact();
        long id = c.id();

        for (Role role : List.of(Role.COORDINATOR, Role.VIEWER)) {
            assertThatThrownBy(() -> RunAs.role(role, () -> privacy.exportPersonalData(id)))
                    .as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> RunAs.role(role, () -> privacy.erase(id, "Because")))
                    .as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(RunAs.role(role, () -> privacy.mayHandle()))
                    .as(role.name())
                    .isFalse();
        }
        assertThat(RunAs.role(Role.OFFICER, () -> privacy.mayHandle())).isTrue();
        assertThat(RunAs.role(Role.ADMIN, () -> privacy.mayHandle())).isTrue();
        Contact after = SystemAuthentication.call(() -> contacts.get(id));
        assertThat(after.getEmail()).isEqualTo(c.getEmail());
        assertThat(after.getPrivacyRequest()).isNull();
    }

    @Test
    void scrubbingReplacesWholeWordsOnly() {
        PersonalDataRequest request = new PersonalDataRequest(
                1,
                PersonalDataRequest.Kind.ERASURE,
                "x",
                Instant.EPOCH,
                List.of("Jan de Vries", "jan@vries.nl", "Vries", "Jan"));

        assertThat(request.scrub("Call Jan de Vries in January (jan@vries.nl); VRIES said yes"))
                .isEqualTo("Call [anonymised] in January ([anonymised]); [anonymised] said yes");
    }

    /** Rows of an audit table whose text still holds the person's last name or e-mail. */
    private long mentions(String table, String text, String where, Contact person) {
        return requireNonNull(jdbc.queryForObject(
                "SELECT COUNT(*) FROM " + table + " WHERE " + where + " AND (" + text + " LIKE ? OR " + text
                        + " LIKE ?)",
                Long.class,
                "%" + person.getLastName() + "%",
                "%" + person.getEmail() + "%"));
    }

    private Person person() {
        Organization org = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        String lastName = CrmFixtures.unique("Privacy").replace(' ', 'x');
        Contact c = new Contact("Marit", lastName);
        c.setOrganization(org);
        c.setEmail(lastName.toLowerCase() + "@example.nl");
        c.setPhone("+31 53 481 8181");
        c.setNotes("Met at the Dutch Design Week");
        c.setTags(Set.of("alumni"));
        Contact saved = SystemAuthentication.call(() -> contacts.save(c));
        long id = saved.id();
        Contact edited = RunAs.role(Role.OFFICER, () -> {
            Contact e = contacts.get(id);
            e.setJobTitle("Alderman's adviser");
            return contacts.save(e);
        });
        SubjectRef ref = new SubjectRef(ContactService.SUBJECT_TYPE, id);
        RunAs.role(
                Role.OFFICER,
                () -> activities.add(
                        ref,
                        ActivityKind.MEETING,
                        LocalDate.now(),
                        "Lunch with " + edited.getFullName(),
                        "Likes cycling"));
        AppUser officer = SystemAuthentication.call(() -> users.listActiveUsers().stream()
                .filter(u -> u.getUsername().equals("officer"))
                .findFirst()
                .orElseThrow());
        long taskId = RunAs.role(
                        Role.OFFICER,
                        () -> tasks.create(
                                "Call " + edited.getFullName(),
                                "About " + edited.getEmail(),
                                LocalDate.now().plusDays(3),
                                officer,
                                ContactService.SUBJECT_TYPE,
                                id))
                .id();
        String missionTitle = CrmFixtures.unique("Privacy mission");
        TradeMission mission = SystemAuthentication.call(() -> missions.save(new TradeMission(
                missionTitle, fixtures.city("Palo Alto"), LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 7))));
        SystemAuthentication.call(() -> missions.addParticipant(mission.id(), org, edited, ParticipantRole.DELEGATE));
        String programmeName = CrmFixtures.unique("Privacy programme");
        ExchangeProgramme programme = SystemAuthentication.call(() -> exchanges.save(new ExchangeProgramme(
                programmeName,
                ProgrammeType.STUDENT_EXCHANGE,
                fixtures.organization(OrganizationType.UNIVERSITY, "Enschede"),
                fixtures.organization(OrganizationType.UNIVERSITY, "Dalian"),
                fixtures.city("Dalian"),
                "2026/27",
                2,
                2,
                LocalDate.of(2027, 7, 1))));
        SystemAuthentication.call(() -> exchanges.nominate(
                programme.id(), edited, Direction.OUTBOUND, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 6, 30), null));
        String topic = CrmFixtures.unique("Privacy session");
        Videoconference v =
                new Videoconference(topic, Instant.parse("2027-04-20T15:00:00Z"), 60, fixtures.city("Enschede"));
        v.getCities().add(fixtures.city("Palo Alto"));
        v.getParticipants().add(edited);
        SystemAuthentication.call(() -> meetings.save(v));
        return new Person(edited, org, missionTitle, programmeName, topic, taskId);
    }
}
