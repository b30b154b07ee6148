package nl.stedenband.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.stedenband.Refusals;
import nl.stedenband.StedenbandTest;
import nl.stedenband.activity.ActivityKind;
import nl.stedenband.activity.ActivityService;
import nl.stedenband.activity.SubjectRef;
import nl.stedenband.base.BusinessRuleException;
import nl.stedenband.base.RecordNotFoundException;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.test.context.support.WithMockUser;

@StedenbandTest
@WithMockUser(username = "officer", roles = "OFFICER")
class ContactServiceTest {

    @Autowired
    ContactService contacts;

    @Autowired
    OrganizationService organizations;

    @Autowired
    ActivityService activities;

    @Autowired
    CrmFixtures fixtures;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    EntityManager entityManager;

    @Test
    void theTextFilterFindsAContactByNameEmailOrOrganization() {
        Organization org = fixtures.organization(OrganizationType.STARTUP, "Enschede");
        Contact c = fixtures.contact(org, CrmFixtures.unique("Zwartbol"), "z.zwartbol@filtertest.example");

        assertThat(ids(new ContactFilter(c.getLastName().substring(0, 12), null, null, null, null, null)))
                .contains(c.id());
        assertThat(ids(new ContactFilter("zwartbol@filtertest", null, null, null, null, null)))
                .contains(c.id());
        assertThat(ids(new ContactFilter(org.getName(), null, null, null, null, null)))
                .containsExactly(c.id());
        assertThat(ids(new ContactFilter("Test " + c.getLastName(), null, null, null, null, null)))
                .containsExactly(c.id());
        assertThat(ids(new ContactFilter("no-such-person-anywhere", null, null, null, null, null)))
                .isEmpty();
    }

    /**
     * A search that matches very many contacts is counted as "more than 1,000" rather than counted
     * through; it still lists every match in order, also in reverse and on deeper pages, and a
     * match by the organization's name counts as much as one by the person's.
     */
    @Test
    void aBroadSearchListsTheSameContactsAsANarrowOneAndIsCountedAsMoreThanTheBound() {
        String word =
                "w" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Organization named = fixtures.organizationNamed("Huis " + word, OrganizationType.COMPANY, "Enschede");
        Organization other = fixtures.organization(OrganizationType.STARTUP, "Dalian");
        Contact inNamed = fixtures.contact(named, "Anders", null);
        Contact zeeman = fixtures.contact(other, "Zeeman " + word, null);
        Contact aalders = fixtures.contact(other, "Aalders " + word, null);
        Contact mol = fixtures.contact(other, "Mol", word + "@broad.example");
        ContactFilter search = new ContactFilter(word, null, null, null, null, null);
        ContactFilter searchInDalian = new ContactFilter(word, null, null, null, null, other.getId());

        List<Long> narrow = ids(search);
        assertThat(narrow).containsExactly(aalders.getId(), inNamed.getId(), mol.getId(), zeeman.getId());
        assertThat(contacts.countForList(search)).isEqualTo(new ContactCount(4, false));

        // the queries as an installation configured to call more than two matches broad would have them
        ContactListSettings broadFromTwo = new ContactListSettings(2, ContactListSettings.DEFAULT.positionStep());
        CrmQueries queries =
                new CrmQueries(new ContactPositions(entityManager, broadFromTwo), entityManager, broadFromTwo);
        assertThat(queries.contacts(search, 0, 100, Sort.by("name")))
                .extracting(ContactListItem::id)
                .isEqualTo(narrow);
        assertThat(queries.contacts(search, 1, 2, Sort.by(Sort.Order.desc("name"))))
                .extracting(ContactListItem::id)
                .containsExactly(mol.getId(), inNamed.getId());
        assertThat(queries.contacts(search, 3, 50, Sort.by("name")))
                .extracting(ContactListItem::id)
                .containsExactly(zeeman.getId());
        assertThat(queries.countForList(search)).isEqualTo(new ContactCount(2, true));
        assertThat(queries.countForList(searchInDalian))
                .as("with another filter the count stays exact")
                .isEqualTo(new ContactCount(3, false));
        assertThat(queries.contacts(searchInDalian, 0, 100, Sort.by("name")))
                .extracting(ContactListItem::id)
                .containsExactly(aalders.getId(), mol.getId(), zeeman.getId());
    }

    @Test
    void searchingFindsWordsByTheirStartAndSkipsWordsTheIndexCannotHold() {
        Organization org = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        String marker = CrmFixtures.unique("Vries").replace(" ", "");
        Contact c = fixtures.contact(org, "de " + marker, null);

        assertThat(ids(new ContactFilter("Test de " + marker.substring(0, 9), null, null, null, null, null)))
                .containsExactly(c.id());
    }

    @Test
    void aShortSearchLikeAChineseSurnameMatchesTheStartOfTheLastName() {
        Contact li = new Contact("Wei", "Li");
        li.setEmail("wei.li@shortname.example");
        Contact saved = contacts.save(li);

        assertThat(ids(new ContactFilter("Li", null, null, null, null, null))).contains(saved.getId());
        assertThat(ids(new ContactFilter("Li", null, null, null, null, null)))
                .allSatisfy(id -> assertThat(contacts.get(id).getLastName()).startsWithIgnoringCase("li"));
    }

    @Test
    void aPercentSignInTheSearchIsTakenLiterally() {
        assertThat(contacts.count(new ContactFilter("%", null, null, null, null, null)))
                .isZero();
    }

    @Test
    void filtersCombineOnTypeCityTagAndOwner() {
        Organization hub = fixtures.organization(OrganizationType.INNOVATION_HUB, "Palo Alto");
        Contact c = fixtures.contact(hub, CrmFixtures.unique("Hubber"), null);
        Contact tagged = contacts.get(c.id());
        tagged.setTags(Set.of("Cool Block"));
        contacts.save(tagged);
        long paloAlto = fixtures.city("Palo Alto").id();

        assertThat(ids(new ContactFilter(
                        null, OrganizationType.INNOVATION_HUB, paloAlto, "cool block", null, hub.getId())))
                .containsExactly(c.id());
        assertThat(ids(new ContactFilter(null, OrganizationType.UNIVERSITY, null, null, null, hub.getId())))
                .isEmpty();
        assertThat(ids(new ContactFilter(null, null, fixtures.city("Dalian").getId(), null, null, hub.getId())))
                .isEmpty();
    }

    @Test
    void theListSortsByNameOrOrganizationAndPagesInTheDatabase() {
        Organization org = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        String family = CrmFixtures.unique("Sortfam");
        fixtures.contact(org, family + " C", null);
        fixtures.contact(org, family + " A", null);
        fixtures.contact(org, family + " B", null);
        ContactFilter filter = new ContactFilter(family, null, null, null, null, null);

        assertThat(contacts.list(filter, 0, 10, Sort.by("name")))
                .extracting(ContactListItem::lastName)
                .containsExactly(family + " A", family + " B", family + " C");
        assertThat(contacts.list(filter, 0, 10, Sort.by(Sort.Order.desc("name"))))
                .extracting(ContactListItem::lastName)
                .containsExactly(family + " C", family + " B", family + " A");
        assertThat(contacts.list(filter, 1, 1, Sort.by("name")))
                .extracting(ContactListItem::lastName)
                .containsExactly(family + " B");
        assertThat(contacts.list(filter, 0, 10, Sort.by("organization")))
                .hasSize(3)
                .allSatisfy(row -> assertThat(row.organizationName()).isEqualTo(org.getName()));
        assertThat(contacts.count(filter)).isEqualTo(3);
    }

    @Test
    void anUnknownSortKeyCannotReachTheQuery() {
        assertThat(contacts.list(ContactFilter.NONE, 0, 5, Sort.by("lastName; drop table contact")))
                .hasSize(5);
    }

    @Test
    void aGridPageCostsTheSameFewStatementsWhateverItsSize() {
        Statistics stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        // the list's positions are read once per state of the data, not per page
        contacts.list(ContactFilter.NONE, 0, 10, Sort.by("organization"));
        stats.clear();
        contacts.list(ContactFilter.NONE, 0, 10, Sort.by("organization"));
        long small = stats.getPrepareStatementCount();
        stats.clear();
        contacts.list(ContactFilter.NONE, 0, 200, Sort.by("organization"));
        long large = stats.getPrepareStatementCount();
        long someId = contacts.list(ContactFilter.NONE, 0, 1, Sort.unsorted())
                .getFirst()
                .id();
        stats.clear();
        contacts.get(someId);
        long recordPage = stats.getPrepareStatementCount();

        assertThat(small).as("the page's ids, then its rows").isEqualTo(2);
        assertThat(large).isEqualTo(small);
        assertThat(recordPage)
                .as("a contact with organization, city, owner and tags")
                .isEqualTo(1);
    }

    @Test
    void aContactWithoutCityGetsTheCityOfItsOrganization() {
        Organization org = fixtures.organization(OrganizationType.UNIVERSITY, "Dalian");
        Contact saved = fixtures.contact(org, CrmFixtures.unique("Citydefault"), null);

        assertThat(saved.getCity()).isNotNull();
        assertThat(saved.getCity().getName()).isEqualTo("Dalian");
    }

    @Test
    void consentAsTheBasisNeedsTheDateItWasGiven() {
        Contact c = new Contact("Con", CrmFixtures.unique("Sent"));
        c.setGdprBasis(GdprBasis.CONSENT);

        assertThatThrownBy(() -> contacts.save(c))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(Refusals::english)
                .asString()
                .contains("enter the date");
        c.setConsentDate(LocalDate.of(2026, 5, 1));
        assertThat(contacts.save(c).getConsentDate()).isEqualTo(LocalDate.of(2026, 5, 1));
    }

    @Test
    void aContactWithTheSameEmailIsFoundAsALikelyDuplicate() {
        Organization org = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        Contact first = fixtures.contact(org, CrmFixtures.unique("Dup"), "same.person@duplicate.example");

        List<Contact> others = contacts.findOthersWithEmail("same.person@duplicate.example", null);
        assertThat(others).extracting(Contact::getId).containsExactly(first.getId());
        assertThat(contacts.findOthersWithEmail("same.person@duplicate.example", first.getId()))
                .isEmpty();
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedAndTheFirstIsKept() {
        Organization org = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        Contact created = fixtures.contact(org, CrmFixtures.unique("Concurrent"), null);
        Contact mine = contacts.get(created.id());
        Contact theirs = contacts.get(created.id());

        theirs.setJobTitle("Their title");
        contacts.save(theirs);
        mine.setJobTitle("My title");

        assertThatThrownBy(() -> contacts.save(mine)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(contacts.get(created.id()).getJobTitle()).isEqualTo("Their title");
    }

    @Test
    void deletingAContactTakesItsTimelineAlong() {
        Organization org = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        Contact c = fixtures.contact(org, CrmFixtures.unique("Leaving"), null);
        SubjectRef ref = new SubjectRef(ContactService.SUBJECT_TYPE, c.id());
        activities.add(ref, ActivityKind.CALL, LocalDate.now(), "Called about the mission", null);

        contacts.delete(c.id());

        assertThatThrownBy(() -> contacts.get(c.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> activities.timeline(ref)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void anUnknownIdIsNotFound() {
        assertThatThrownBy(() -> contacts.get(987654321L))
                .isInstanceOf(RecordNotFoundException.class)
                .extracting(Refusals::english)
                .asString()
                .contains("Contact 987654321 was not found");
    }

    private List<Long> ids(ContactFilter filter) {
        return contacts.list(filter, 0, 100, Sort.by("name")).stream()
                .map(ContactListItem::id)
                .toList();
    }
}
