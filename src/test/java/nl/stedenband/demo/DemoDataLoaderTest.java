package nl.stedenband.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import nl.stedenband.activity.ActivityService;
import nl.stedenband.base.RecordDirectory;
import nl.stedenband.city.CityService;
import nl.stedenband.contact.ContactService;
import nl.stedenband.contact.OrganizationService;
import nl.stedenband.exchange.ExchangeService;
import nl.stedenband.meeting.MeetingService;
import nl.stedenband.mission.MissionService;
import nl.stedenband.opportunity.OpportunityService;
import nl.stedenband.security.UserService;
import nl.stedenband.task.TaskListService;
import nl.stedenband.task.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Demo data on a newcomer's embedded database; never into a real server unless asked. */
class DemoDataLoaderTest {

    private static final MockEnvironment EMBEDDED = new MockEnvironment();
    private static final MockEnvironment EXTERNAL =
            new MockEnvironment().withProperty("spring.datasource.url", "jdbc:mariadb://db:3306/stedenband");

    @Test
    void loadsByDefaultOnlyOnTheEmbeddedDatabase() {
        assertThat(loader(EMBEDDED, "auto").isEnabled()).isTrue();
        assertThat(loader(EXTERNAL, "auto").isEnabled()).isFalse();
    }

    @Test
    void anExplicitSettingWinsEitherWay() {
        assertThat(loader(EXTERNAL, "true").isEnabled()).isTrue();
        assertThat(loader(EMBEDDED, "false").isEnabled()).isFalse();
    }

    private static DemoDataLoader loader(MockEnvironment env, String setting) {
        return new DemoDataLoader(
                mock(CityService.class),
                mock(UserService.class),
                mock(OrganizationService.class),
                mock(ContactService.class),
                mock(ActivityService.class),
                mock(MeetingService.class),
                mock(MissionService.class),
                mock(ExchangeService.class),
                mock(OpportunityService.class),
                mock(TaskService.class),
                mock(TaskListService.class),
                mock(RecordDirectory.class),
                Clock.systemUTC(),
                env,
                setting);
    }
}
