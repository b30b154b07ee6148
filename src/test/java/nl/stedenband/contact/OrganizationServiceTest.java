package nl.stedenband.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import nl.stedenband.Refusals;
import nl.stedenband.StedenbandTest;
import nl.stedenband.activity.Activity;
import nl.stedenband.activity.ActivityKind;
import nl.stedenband.activity.ActivityService;
import nl.stedenband.activity.SubjectRef;
import nl.stedenband.base.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithMockUser;

@StedenbandTest
@WithMockUser(username = "officer", roles = "OFFICER")
class OrganizationServiceTest {

    @Autowired
    OrganizationService organizations;

    @Autowired
    ContactService contacts;

    @Autowired
    ActivityService activities;

    @Autowired
    CrmFixtures fixtures;

    @Test
    void anOrganizationWithContactsCannotBeDeletedAndSaysWhy() {
        Organization org = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        fixtures.contact(org, CrmFixtures.unique("Member"), null);
        fixtures.contact(org, CrmFixtures.unique("Member"), null);

        assertThatThrownBy(() -> organizations.delete(org.id()))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(Refusals::english)
                .asString()
                .contains("2 contacts belong to it");
        assertThat(organizations.get(org.id()).getName()).isEqualTo(org.getName());
    }

    @Test
    void anEmptyOrganizationIsDeleted() {
        Organization org = fixtures.organization(OrganizationType.ASSOCIATION, "Dalian");

        organizations.delete(org.id());

        assertThat(organizations.count(new OrganizationFilter(org.getName(), null, null, null)))
                .isZero();
    }

    @Test
    void theSameNameTwiceInOneCityIsRefused() {
        Organization org = fixtures.organization(OrganizationType.COMPANY, "Enschede");

        assertThatThrownBy(() ->
                        organizations.save(new Organization(org.getName(), OrganizationType.STARTUP, org.getCity())))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(Refusals::english)
                .asString()
                .contains("already exists");
    }

    @Test
    void theListShowsHowManyContactsEachOrganizationHas() {
        Organization org = fixtures.organization(OrganizationType.SCHOOL, "Palo Alto");
        fixtures.contact(org, CrmFixtures.unique("Teacher"), null);

        assertThat(organizations.list(new OrganizationFilter(org.getName(), null, null, null), 0, 10, Sort.by("name")))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.contactCount()).isEqualTo(1);
                    assertThat(row.cityName()).isEqualTo("Palo Alto");
                    assertThat(row.type()).isEqualTo(OrganizationType.SCHOOL);
                });
    }

    @Test
    void theTimelineShowsTheNewestFirstWithItsAuthor() {
        Organization org = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        SubjectRef ref = new SubjectRef(OrganizationService.SUBJECT_TYPE, org.id());
        activities.add(ref, ActivityKind.MEETING, LocalDate.of(2026, 3, 2), "Kick-off", null);
        activities.add(ref, ActivityKind.EMAIL, LocalDate.of(2026, 4, 9), "Sent the programme", "PDF attached");

        assertThat(activities.timeline(ref))
                .extracting(Activity::getSummary, Activity::getAuthor)
                .containsExactly(tuple("Sent the programme", "officer"), tuple("Kick-off", "officer"));
    }

    @Test
    void theDemoDataHoldsTheInstitutionsOfTheSeeds() {
        for (String name : new String[] {
            "University of Twente",
            "Stanford University",
            "Novel-T",
            "Kennispark Twente",
            "Henry M. Gunn High School",
            "Saxion University of Applied Sciences",
            "Dalian University of Technology"
        }) {
            assertThat(organizations.count(new OrganizationFilter(name, null, null, null)))
                    .as(name)
                    .isGreaterThanOrEqualTo(1);
        }
        assertThat(contacts.count(ContactFilter.NONE)).isGreaterThanOrEqualTo(300);
    }
}
