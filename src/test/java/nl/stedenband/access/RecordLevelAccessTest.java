package nl.stedenband.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.stedenband.StedenbandTest;
import nl.stedenband.activity.ActivityKind;
import nl.stedenband.activity.ActivityService;
import nl.stedenband.activity.SubjectRef;
import nl.stedenband.base.RecordNotFoundException;
import nl.stedenband.contact.Contact;
import nl.stedenband.contact.ContactService;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationService;
import nl.stedenband.contact.OrganizationType;
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
import org.springframework.security.access.AccessDeniedException;

/** Rights on single records, checked by the services whatever id a caller guesses. */
@StedenbandTest
class RecordLevelAccessTest {

    @Autowired
    CrmFixtures fixtures;

    @Autowired
    MissionService missions;

    @Autowired
    ActivityService activities;

    @Autowired
    TaskService tasks;

    @Autowired
    UserService users;

    @Test
    void aCoordinatorCannotAddAUniversityToAMissionDelegation() {
        TradeMission mission = SystemAuthentication.call(() -> missions.save(new TradeMission(
                CrmFixtures.unique("Delegation"),
                fixtures.city("Palo Alto"),
                LocalDate.of(2027, 4, 5),
                LocalDate.of(2027, 4, 9))));
        Organization university = fixtures.organization(OrganizationType.UNIVERSITY, "Enschede");
        Organization startup = fixtures.organization(OrganizationType.STARTUP, "Enschede");

        assertThatThrownBy(() -> RunAs.role(
                        Role.COORDINATOR,
                        () -> missions.addParticipant(mission.getId(), university, null, ParticipantRole.DELEGATE)))
                .isInstanceOf(AccessDeniedException.class);
        RunAs.role(
                Role.COORDINATOR,
                () -> missions.addParticipant(mission.getId(), startup, null, ParticipantRole.DELEGATE));

        assertThat(SystemAuthentication.call(() -> missions.participants(mission.getId())))
                .extracting(p -> p.getOrganization().getId())
                .containsExactly(startup.getId());
    }

    @Test
    void aCoordinatorCannotWriteOnTheTimelineOfAUniversityOrItsPeople() {
        Organization university = fixtures.organization(OrganizationType.UNIVERSITY, "Enschede");
        Contact professor = fixtures.contact(university, CrmFixtures.unique("Professor"), null);

        for (SubjectRef ref : new SubjectRef[] {
            new SubjectRef(OrganizationService.SUBJECT_TYPE, university.getId()),
            new SubjectRef(ContactService.SUBJECT_TYPE, professor.getId())
        }) {
            assertThatThrownBy(() -> RunAs.role(
                            Role.COORDINATOR,
                            () -> activities.add(ref, ActivityKind.CALL, LocalDate.now(), "Guessed the id", null)))
                    .as(ref.type())
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aViewerCannotCompleteSomeoneElsesTaskByGuessingItsId() {
        AppUser coordinator = SystemAuthentication.call(() -> users.listActiveUsers().stream()
                .filter(u -> u.getUsername().equals("coordinator"))
                .findFirst()
                .orElseThrow());
        Task task = RunAs.role(
                Role.OFFICER,
                () -> tasks.create(
                        CrmFixtures.unique("Not the viewer's"),
                        null,
                        LocalDate.now().plusDays(3),
                        coordinator,
                        null,
                        null));

        // the viewer may not even see the task: either answer refuses, and the task stays open
        assertThatThrownBy(() -> RunAs.role(Role.VIEWER, () -> tasks.complete(task.getId())))
                .isInstanceOfAny(AccessDeniedException.class, RecordNotFoundException.class);
        assertThat(RunAs.role(Role.OFFICER, () -> tasks.get(task.getId())).isOpen())
                .isTrue();
    }
}
