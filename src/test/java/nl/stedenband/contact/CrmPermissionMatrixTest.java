package nl.stedenband.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.stedenband.StedenbandTest;
import nl.stedenband.security.Role;
import nl.stedenband.security.RunAs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * docs/domain.md's matrix for organizations and contacts, every role against every kind of
 * organization: administrators and officers write all, startup coordinators the companies,
 * startups and innovation hubs and their contacts, viewers nothing; everyone reads.
 */
@StedenbandTest
class CrmPermissionMatrixTest {

    @Autowired
    OrganizationService organizations;

    @Autowired
    ContactService contacts;

    @Autowired
    CrmFixtures fixtures;

    static Stream<Arguments> roleAndType() {
        List<Arguments> cases = new ArrayList<>();
        for (Role role : Role.values()) {
            for (OrganizationType type : OrganizationType.values()) {
                cases.add(Arguments.of(role, type));
            }
        }
        return cases.stream();
    }

    static boolean mayWrite(Role role, OrganizationType type) {
        return switch (role) {
            case ADMIN, OFFICER -> true;
            case COORDINATOR -> type.isBusiness();
            case VIEWER -> false;
        };
    }

    @ParameterizedTest(name = "{0} creates, edits and deletes a {1}")
    @MethodSource("roleAndType")
    void organizations(Role role, OrganizationType type) {
        Organization existing = fixtures.organization(type, "Enschede");
        Organization fresh = new Organization(CrmFixtures.unique("Matrix"), type, null);

        if (mayWrite(role, type)) {
            assertThatCode(() -> RunAs.role(role, () -> organizations.save(fresh)))
                    .doesNotThrowAnyException();
            Organization edited = RunAs.role(role, () -> organizations.get(existing.id()));
            edited.setSector("Edited by " + role);
            RunAs.role(role, () -> organizations.save(edited));
            RunAs.role(role, () -> organizations.delete(existing.id()));
        } else {
            assertThatThrownBy(() -> RunAs.role(role, () -> organizations.save(fresh)))
                    .isInstanceOf(AccessDeniedException.class);
            Organization edited = RunAs.role(role, () -> organizations.get(existing.id()));
            edited.setSector("Edited by " + role);
            assertThatThrownBy(() -> RunAs.role(role, () -> organizations.save(edited)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> RunAs.role(role, () -> organizations.delete(existing.id())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(RunAs.role(role, () -> organizations.get(existing.id()).getSector()))
                    .isNull();
        }
    }

    @ParameterizedTest(name = "{0} creates, edits and deletes a contact of a {1}")
    @MethodSource("roleAndType")
    void contactsOfEachKindOfOrganization(Role role, OrganizationType type) {
        Organization org = fixtures.organization(type, "Palo Alto");
        Contact existing = fixtures.contact(org, CrmFixtures.unique("Matrix"), null);
        Contact fresh = new Contact("New", CrmFixtures.unique("Person"));
        fresh.setOrganization(org);

        if (mayWrite(role, type)) {
            RunAs.role(role, () -> contacts.save(fresh));
            Contact edited = RunAs.role(role, () -> contacts.get(existing.id()));
            edited.setJobTitle("Edited");
            RunAs.role(role, () -> contacts.save(edited));
            RunAs.role(role, () -> contacts.delete(existing.id()));
        } else {
            assertThatThrownBy(() -> RunAs.role(role, () -> contacts.save(fresh)))
                    .isInstanceOf(AccessDeniedException.class);
            Contact edited = RunAs.role(role, () -> contacts.get(existing.id()));
            edited.setJobTitle("Edited");
            assertThatThrownBy(() -> RunAs.role(role, () -> contacts.save(edited)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> RunAs.role(role, () -> contacts.delete(existing.id())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(RunAs.role(role, () -> contacts.get(existing.id()).getJobTitle()))
                    .isNull();
        }
    }

    @Test
    void aCoordinatorCannotTakeOverAUniversityByRetypingIt() {
        Organization university = fixtures.organization(OrganizationType.UNIVERSITY, "Enschede");
        Organization retyped = RunAs.role(Role.COORDINATOR, () -> organizations.get(university.id()));
        retyped.setType(OrganizationType.STARTUP);

        assertThatThrownBy(() -> RunAs.role(Role.COORDINATOR, () -> organizations.save(retyped)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCoordinatorCannotWriteAUniversityContactByGuessingItsIdOrMovingIt() {
        Organization university = fixtures.organization(OrganizationType.UNIVERSITY, "Enschede");
        Organization startup = fixtures.organization(OrganizationType.STARTUP, "Enschede");
        Contact professor = fixtures.contact(university, CrmFixtures.unique("Professor"), null);
        Contact moved = RunAs.role(Role.COORDINATOR, () -> contacts.get(professor.id()));
        moved.setOrganization(startup);

        assertThatThrownBy(() -> RunAs.role(Role.COORDINATOR, () -> contacts.save(moved)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.role(Role.COORDINATOR, () -> contacts.delete(professor.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aContactWithoutOrganizationIsForOfficers() {
        Contact loose = new Contact("Free", CrmFixtures.unique("Lancer"));

        assertThatThrownBy(() -> RunAs.role(Role.COORDINATOR, () -> contacts.save(loose)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(RunAs.role(Role.OFFICER, () -> contacts.save(loose)).getId()).isNotNull();
    }

    @Test
    void everyRoleReadsTheLists() {
        for (Role role : Role.values()) {
            assertThat(RunAs.role(role, () -> contacts.count(ContactFilter.NONE)))
                    .as(role.name())
                    .isPositive();
            assertThat(RunAs.role(role, () -> organizations.count(OrganizationFilter.NONE)))
                    .as(role.name())
                    .isPositive();
        }
    }
}
