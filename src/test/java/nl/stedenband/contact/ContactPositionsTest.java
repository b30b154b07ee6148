package nl.stedenband.contact;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import nl.stedenband.StedenbandTest;
import nl.stedenband.security.Role;
import nl.stedenband.security.RunAs;
import nl.stedenband.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The unfiltered contact list pages by seeking from known positions instead of skipping rows;
 * every page must still be exactly the page the plain ORDER BY … LIMIT … OFFSET gives, in every
 * seekable order and both directions, and stay so after contacts are added, renamed or moved to
 * another organization, city or owner. The queries here are configured with a mark every 7 rows,
 * which makes the test data span many marks.
 */
@StedenbandTest
class ContactPositionsTest {

    static final Map<String, String> PLAIN = Map.of(
            "name", "c.last_name %1$s, c.first_name %1$s, c.id %1$s",
            "organization", "o.name %1$s, c.organization_id %1$s, c.last_name %1$s, c.id %1$s",
            "city", "ci.name %1$s, c.city_id %1$s, c.id %1$s",
            "owner", "u.display_name %1$s, c.owner_id %1$s, c.id %1$s");

    @Autowired
    ContactService contacts;

    @Autowired
    EntityManager entityManager;

    @Autowired
    UserService users;

    @Autowired
    CrmFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    CrmQueries queries;

    @BeforeEach
    void markEverySevenRows() {
        ContactListSettings settings = new ContactListSettings(ContactListSettings.DEFAULT.broadSearchFrom(), 7);
        queries = new CrmQueries(new ContactPositions(entityManager, settings), entityManager, settings);
    }

    @Test
    void everyPageIsThePageOfThePlainQueryInEveryOrderAndDirection() {
        assertSamePages();
    }

    @Test
    void pagesStayRightAfterContactsAreAddedRenamedAndMoved() {
        assertSamePages();
        Organization org = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        Contact added = fixtures.contact(org, "Aaaaa Positions", null);
        assertSamePages();

        Contact renamed = RunAs.role(Role.ADMIN, () -> contacts.get(added.id()));
        renamed.setLastName("Zzzzz Positions");
        renamed.setOrganization(null);
        RunAs.role(Role.ADMIN, () -> contacts.save(renamed));
        assertSamePages();
        assertThat(queries.countContacts(ContactFilter.NONE))
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM contact", Long.class));

        Contact moved = RunAs.role(Role.ADMIN, () -> contacts.get(added.id()));
        moved.setCity(fixtures.city("Dalian"));
        moved.setOwner(RunAs.role(Role.ADMIN, () -> users.listActiveUsers()).getFirst());
        RunAs.role(Role.ADMIN, () -> contacts.save(moved));
        assertSamePages();

        RunAs.role(Role.ADMIN, () -> contacts.delete(added.id()));
        assertSamePages();
    }

    private void assertSamePages() {
        long total = requireNonNull(jdbc.queryForObject("SELECT COUNT(*) FROM contact", Long.class));
        assertThat(queries.countContacts(ContactFilter.NONE)).isEqualTo(total);
        for (String key : PLAIN.keySet()) {
            for (Sort.Direction direction : Sort.Direction.values()) {
                for (long offset :
                        new long[] {0, 1, 6, 7, 13, 50, total / 2, total - 20, total - 1, total, total + 5}) {
                    for (int limit : new int[] {1, 20}) {
                        List<Long> expected = plain(PLAIN.get(key), direction, offset, limit);
                        List<Long> actual =
                                queries
                                        .contacts(ContactFilter.NONE, (int) offset, limit, Sort.by(direction, key))
                                        .stream()
                                        .map(ContactListItem::id)
                                        .toList();
                        assertThat(actual)
                                .as("%s %s, offset %d, %d rows", key, direction, offset, limit)
                                .isEqualTo(expected);
                    }
                }
            }
        }
    }

    private List<Long> plain(String order, Sort.Direction direction, long offset, int limit) {
        return jdbc.queryForList(
                "SELECT c.id FROM contact c LEFT JOIN organization o ON o.id = c.organization_id"
                        + " LEFT JOIN city ci ON ci.id = c.city_id LEFT JOIN app_user u ON u.id = c.owner_id ORDER BY "
                        + String.format(order, direction.isAscending() ? "ASC" : "DESC") + " LIMIT " + limit
                        + " OFFSET " + offset,
                Long.class);
    }
}
