package nl.stedenband;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.metamodel.EntityType;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import nl.stedenband.activity.ActivityService;
import nl.stedenband.activity.SubjectRef;
import nl.stedenband.audit.AuditFilter;
import nl.stedenband.audit.AuditService;
import nl.stedenband.audit.AuditType;
import nl.stedenband.audit.RecordChange;
import nl.stedenband.base.RecordCatalog;
import nl.stedenband.city.CityService;
import nl.stedenband.contact.ContactFilter;
import nl.stedenband.contact.ContactListItem;
import nl.stedenband.contact.ContactService;
import nl.stedenband.contact.OrganizationFilter;
import nl.stedenband.contact.OrganizationListItem;
import nl.stedenband.contact.OrganizationService;
import nl.stedenband.exchange.ExchangeService;
import nl.stedenband.meeting.MeetingService;
import nl.stedenband.mission.MissionFilter;
import nl.stedenband.mission.MissionService;
import nl.stedenband.opportunity.OpportunityFilter;
import nl.stedenband.opportunity.OpportunityService;
import nl.stedenband.security.Role;
import nl.stedenband.security.RunAs;
import nl.stedenband.security.UserService;
import nl.stedenband.task.TaskFilter;
import nl.stedenband.task.TaskListItem;
import nl.stedenband.task.TaskListService;
import nl.stedenband.task.TaskService;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;

/**
 * What a screen costs the database must not grow with what it shows: a grid page of every main
 * view (its rows and the count above the list) and the record behind a record page take at most
 * three SQL statements, the same for a page of one row as for a page of fifty. An N+1 (a lazy
 * association read per row) makes the fifty-row page cost more and fails here. Counted with
 * Hibernate's statistics (enabled for the tests), on the demo data. Two lists name records of
 * other kinds and cost one statement more per kind on the page (never per row): the task list
 * (the records tasks are about) and the audit history (docs/benchmarks.md, section 2).
 */
@StedenbandTest
class StatementCountTest {

    static final int SMALL = 1;
    static final int LARGE = 50;
    static final int MAX_STATEMENTS = 3;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    List<RecordCatalog> catalogs;

    @Autowired
    ContactService contacts;

    @Autowired
    OrganizationService organizations;

    @Autowired
    MissionService missions;

    @Autowired
    ExchangeService exchanges;

    @Autowired
    MeetingService meetings;

    @Autowired
    OpportunityService opportunities;

    @Autowired
    TaskService tasks;

    @Autowired
    TaskListService lists;

    @Autowired
    AuditService audit;

    @Autowired
    CityService cities;

    @Autowired
    UserService users;

    @Autowired
    ActivityService activities;

    Statistics stats;

    @BeforeEach
    void statistics() {
        stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        assertThat(stats.isStatisticsEnabled())
                .as("hibernate.generate_statistics in application-test.properties")
                .isTrue();
    }

    @Test
    void contactsGridPageAndRecord() {
        as(Role.OFFICER, () -> {
            gridPage(
                    "contacts by name",
                    size -> contacts.list(ContactFilter.NONE, 0, size, Sort.by("name")),
                    () -> contacts.count(ContactFilter.NONE));
            gridPage(
                    "contacts by organization",
                    size -> contacts.list(ContactFilter.NONE, 0, size, Sort.by("organization")),
                    () -> contacts.count(ContactFilter.NONE));
            gridPage(
                    "contacts by owner, deep",
                    size -> contacts.list(ContactFilter.NONE, 20, size, Sort.by("owner")),
                    () -> contacts.count(ContactFilter.NONE));
            long id = contacts.list(ContactFilter.NONE, 0, 1, Sort.unsorted())
                    .getFirst()
                    .id();
            record("contact", () -> contacts.get(id));
        });
    }

    @Test
    void organizationsGridPageAndRecord() {
        as(Role.OFFICER, () -> {
            gridPage(
                    "organizations",
                    size -> organizations.list(OrganizationFilter.NONE, 0, size, Sort.by("name")),
                    () -> organizations.count(OrganizationFilter.NONE));
            List<OrganizationListItem> page = organizations.list(OrganizationFilter.NONE, 0, 1, Sort.unsorted());
            long id = page.getFirst().id();
            record("organization and its number of contacts", () -> {
                organizations.get(id);
                return contacts.count(new ContactFilter(null, null, null, null, null, id));
            });
        });
    }

    @Test
    void missionsGridPageAndRecord() {
        as(Role.OFFICER, () -> {
            gridPage(
                    "missions",
                    size -> missions.list(MissionFilter.NONE, 0, size),
                    () -> missions.count(MissionFilter.NONE));
            long id = missions.list(MissionFilter.NONE, 0, 1).getFirst().id();
            record("mission", () -> missions.get(id));
            record("mission's participants", () -> missions.participants(id));
            record("mission's itinerary", () -> missions.itinerary(id));
            record("mission's outcomes", () -> missions.outcomes(id));
        });
    }

    @Test
    void exchangesGridPageAndRecord() {
        as(Role.OFFICER, () -> {
            gridPage("exchanges", size -> exchanges.list(null, null, 0, size), () -> exchanges.count(null, null));
            long id = exchanges.list(null, null, 0, 1).getFirst().id();
            record("exchange programme", () -> exchanges.get(id));
            record("programme's mobilities", () -> exchanges.mobilities(id));
        });
    }

    @Test
    void meetingsGridPageAndRecord() {
        as(Role.OFFICER, () -> {
            ZoneId zone = ZoneId.of("Europe/Amsterdam");
            gridPage(
                    "videoconferences",
                    size -> meetings.list(false, "", 0, size, zone, java.util.Locale.ENGLISH),
                    () -> meetings.count(false, ""));
            long id = meetings.list(false, "", 0, 1, zone, java.util.Locale.ENGLISH)
                    .getFirst()
                    .id();
            record("videoconference", () -> meetings.get(id));
            record("videoconference's invitation", () -> meetings.invitation(id));
        });
    }

    @Test
    void opportunitiesGridPageAndRecord() {
        as(Role.COORDINATOR, () -> {
            gridPage(
                    "opportunities",
                    size -> opportunities.list(OpportunityFilter.NONE, 0, size, Sort.unsorted()),
                    () -> opportunities.count(OpportunityFilter.NONE));
            long id = opportunities
                    .list(OpportunityFilter.NONE, 0, 1, Sort.unsorted())
                    .getFirst()
                    .id();
            record("opportunity", () -> opportunities.get(id));
            record("opportunity board", () -> opportunities.board(OpportunityFilter.NONE));
        });
    }

    /**
     * A task links to a record of any kind; their names are read per kind for the whole page
     * (one statement per kind on the page, at most one per kind of record), never per row; the
     * page and the count know the signed-in user from the session, without reading their record.
     */
    @Test
    void tasksGridPageAndRecord() {
        as(Role.ADMIN, () -> {
            TaskFilter all = new TaskFilter(TaskFilter.Show.ALL, null);
            lists.list(all, 0, LARGE, Sort.unsorted());
            stats.clear();
            List<TaskListItem> page = lists.list(all, 0, LARGE, Sort.unsorted());
            lists.count(all);
            long statements = stats.getPrepareStatementCount();
            long kinds = page.stream()
                    .map(TaskListItem::subjectType)
                    .filter(java.util.Objects::nonNull)
                    .distinct()
                    .count();
            long linked = page.stream().filter(t -> t.subjectType() != null).count();

            assertThat(linked)
                    .as("the demo tasks link more records than kinds, or an N+1 could hide")
                    .isGreaterThan(kinds);
            assertThat(statements)
                    .as("tasks: statements for %d rows linking %d records of %d kinds", page.size(), linked, kinds)
                    .isLessThanOrEqualTo(2 + kinds);
            record("task", () -> tasks.get(page.getFirst().id()));
        });
    }

    @Test
    void myTasksPageKnowsMeWithoutReadingMe() {
        as(Role.ADMIN, () -> {
            for (TaskFilter.Show show : List.of(TaskFilter.Show.MINE, TaskFilter.Show.CREATED)) {
                TaskFilter filter = new TaskFilter(show, null);
                stats.clear();
                List<TaskListItem> page = lists.list(filter, 0, LARGE, Sort.unsorted());
                lists.count(filter);
                long kinds = page.stream()
                        .map(TaskListItem::subjectType)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .count();
                assertThat(stats.getPrepareStatementCount())
                        .as("%s: %d rows of %d kinds", show, page.size(), kinds)
                        .isLessThanOrEqualTo(2 + kinds);
            }
        });
    }

    /**
     * The audit history reads a page's states together: one query for the page, one for the count,
     * then per kind of record on the page one for its states, one per collection it has (tags,
     * participants…) and one per kind of record it refers to (related records are named as they
     * are now, read together). That bound depends on the kinds on the
     * page, never on its rows; reading row by row through Envers cost 89 statements for 50 rows.
     */
    @Test
    void auditHistoryPagesCostPerKindOfRecordNotPerRow() {
        as(Role.ADMIN, () -> {
            ZoneId utc = ZoneId.of("UTC");
            int fullPages = 0;
            for (AuditType type : audit.types()) {
                AuditFilter ofType = new AuditFilter(null, type.name(), null, null);
                stats.clear();
                List<RecordChange> page = audit.recent(ofType, utc, 0, LARGE);
                audit.count(ofType, utc);
                assertThat(stats.getPrepareStatementCount())
                        .as("audit history of %s: statements for %d rows", type.name(), page.size())
                        .isLessThanOrEqualTo(2 + perKind(type.name()));
                fullPages += page.size() == LARGE ? 1 : 0;
            }
            assertThat(fullPages)
                    .as("kinds with a full page of history in the demo data")
                    .isGreaterThanOrEqualTo(3);

            stats.clear();
            List<RecordChange> mixed = audit.recent(AuditFilter.all(), utc, 0, LARGE);
            audit.count(AuditFilter.all(), utc);
            List<String> kinds =
                    mixed.stream().map(RecordChange::type).distinct().toList();
            assertThat(mixed).hasSize(LARGE);
            assertThat(stats.getPrepareStatementCount())
                    .as("audit history, %d rows of %s", mixed.size(), kinds)
                    .isLessThanOrEqualTo(
                            2 + kinds.stream().mapToLong(this::perKind).sum());
        });
    }

    /**
     * What one kind of record on an audit page may cost: its states, one per collection, one per
     * kind of record it refers to (a collection of records is both).
     */
    private long perKind(String type) {
        Class<?> entity = entityManagerFactory.getMetamodel().getEntities().stream()
                .map(EntityType::getJavaType)
                .filter(c -> c.getSimpleName().equals(type))
                .findFirst()
                .orElseThrow();
        // a task or timeline entry names the record it is about: one lookup per kind of record there is
        long subjects = Arrays.stream(entity.getDeclaredFields())
                        .anyMatch(f -> f.getName().equals("subjectType"))
                ? catalogs.size() + 1
                : 0;
        return 1
                + subjects
                + Arrays.stream(entity.getDeclaredFields())
                        .mapToLong(f -> f.isAnnotationPresent(ManyToMany.class)
                                ? 2
                                : f.isAnnotationPresent(ManyToOne.class)
                                                || f.isAnnotationPresent(OneToOne.class)
                                                || f.isAnnotationPresent(ElementCollection.class)
                                        ? 1
                                        : 0)
                        .sum();
    }

    @Test
    void citiesAndUsersGridPages() {
        as(Role.ADMIN, () -> {
            gridPage("cities", size -> cities.listCities(0, size, Sort.unsorted()), cities::countCities);
            gridPage("users", size -> users.listUsers(0, size, Sort.unsorted()), users::countUsers);
        });
    }

    @Test
    void thePanelsBelowARecordCostTheSameWhateverTheyHold() {
        as(Role.OFFICER, () -> {
            List<ContactListItem> someContacts = contacts.list(ContactFilter.NONE, 0, 1, Sort.unsorted());
            long contactId = someContacts.getFirst().id();
            SubjectRef subject = new SubjectRef(ContactService.SUBJECT_TYPE, contactId);
            record("a record's timeline", () -> activities.timeline(subject));
            record("a record's open tasks", () -> lists.tasksFor(ContactService.SUBJECT_TYPE, contactId, null, 0, 5));
            long missionId = missions.list(MissionFilter.NONE, 0, 1).getFirst().id();
            record("a record's history", () -> audit.history("TradeMission", missionId));
        });
    }

    /** Both page sizes cost the same, at most {@link #MAX_STATEMENTS}, and the large page has rows to show it. */
    private void gridPage(String what, IntFunction<List<?>> page, Supplier<Long> count) {
        // once first: what is read once per state of the data (the contact list's positions) is not per page
        var unused = page.apply(SMALL);
        var unusedCount = count.get();
        stats.clear();
        List<?> small = page.apply(SMALL);
        long smallCount = count.get();
        long smallStatements = stats.getPrepareStatementCount();
        stats.clear();
        List<?> large = page.apply(LARGE);
        var unusedLargeCount = count.get();
        long largeStatements = stats.getPrepareStatementCount();

        assertThat(small).as(what + ": a page of one").hasSize(1);
        assertThat(large)
                .as(what + ": the demo data fills more than one row, or an N+1 could hide")
                .hasSizeGreaterThan(1);
        assertThat(smallCount).isGreaterThanOrEqualTo(large.size());
        assertThat(largeStatements)
                .as(what + ": statements for %d rows and the count", large.size())
                .isEqualTo(smallStatements)
                .isLessThanOrEqualTo(MAX_STATEMENTS);
    }

    private void record(String what, Supplier<?> load) {
        stats.clear();
        var unused = load.get();
        assertThat(stats.getPrepareStatementCount()).as(what + ": statements").isLessThanOrEqualTo(MAX_STATEMENTS);
    }

    private static void as(Role role, Runnable work) {
        RunAs.role(role, work);
    }
}
