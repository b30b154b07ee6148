package nl.stedenband.mission;

import nl.stedenband.activity.TimelineSubject;
import nl.stedenband.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Missions carry a timeline (status changes, tasks done, notes): everyone reads it, officers and administrators write. */
@Configuration(proxyBeanMethods = false)
class MissionTimelineAccess {

    @Bean
    TimelineSubject missionTimeline(TradeMissionRepository missions) {
        return TimelineSubject.writtenBy(MissionService.SUBJECT_TYPE, missions::existsById, Role.ADMIN, Role.OFFICER);
    }
}
