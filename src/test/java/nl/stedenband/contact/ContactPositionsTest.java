package nl.stedenband.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.stedenband.StedenbandTest;
import nl.stedenband.security.Role;
import nl.stedenband.security.RunAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The unfiltered contact list pages by seeking from known positions instead of skipping rows;
 * every page must still be exactly the page the plain ORDER BY … LIMIT … OFFSET gives, in both
 * directions, and stay so after contacts are added, renamed or moved to another organization.
 * A mark every 7 rows makes the demo data span many marks.
 */
@StedenbandTest
class ContactPositionsTest {

    static final String BY_NAME = "c.last_name %1$s, c.first_name %1$s, c.id %1$s";
    static final String BY_ORGANIZATION = "o.name %1$s, c.organization_id %1$s, c.last_name %1$s, c.id %1$s";

    @Autowired
    ContactService contacts;

    @Autowired
    ContactPositions positions;

    @Autowired
    CrmFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void usualStep() {
        positions.useStep(ContactPositions.STEP);
    }

    @Test
    void everyPageIsThePageOfThePlainQueryInBothOrdersAndDirections() {
        positions.useStep(7);
        assertSamePages();
    }

    @Test
    void pagesStayRightAfterContactsAreAddedRenamedAndMoved() {
        positions.useStep(7);
        assertSamePages();
        Organization org = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        Contact added = fixtures.contact(org, "Aaaaa Positions", null);
        assertSamePages();

        Contact renamed = RunAs.role(Role.ADMIN, () -> contacts.get(added.getId()));
        renamed.setLastName("Zzzzz Positions");
        renamed.setOrganization(null);
        RunAs.role(Role.ADMIN, () -> contacts.save(renamed));
        assertSamePages();
        assertThat(RunAs.role(Role.OFFICER, () -> contacts.count(ContactFilter.NONE)))
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM contact", Long.class));

        RunAs.role(Role.ADMIN, () -> contacts.delete(added.getId()));
        assertSamePages();
    }

    private void assertSamePages() {
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM contact", Long.class);
        assertThat(RunAs.role(Role.OFFICER, () -> contacts.count(ContactFilter.NONE))).isEqualTo(total);
        for (String key : List.of("name", "organization")) {
            for (Sort.Direction direction : Sort.Direction.values()) {
                for (long offset : new long[] {0, 1, 6, 7, 13, 50, total / 2, total - 20, total - 1, total, total + 5}) {
                    for (int limit : new int[] {1, 20}) {
                        List<Long> expected = plain(key.equals("name") ? BY_NAME : BY_ORGANIZATION, direction, offset, limit);
                        List<Long> actual = RunAs.role(Role.OFFICER, () -> contacts.list(ContactFilter.NONE, (int) offset, limit,
                                Sort.by(direction, key))).stream().map(ContactListItem::id).toList();
                        assertThat(actual).as("%s %s, offset %d, %d rows", key, direction, offset, limit).isEqualTo(expected);
                    }
                }
            }
        }
    }

    private List<Long> plain(String order, Sort.Direction direction, long offset, int limit) {
        return jdbc.queryForList("SELECT c.id FROM contact c LEFT JOIN organization o ON o.id = c.organization_id ORDER BY "
                + String.format(order, direction.isAscending() ? "ASC" : "DESC") + " LIMIT " + limit + " OFFSET " + offset, Long.class);
    }
}
