package nl.stedenband.meeting;

import nl.stedenband.activity.TimelineSubject;
import nl.stedenband.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Videoconferences carry a timeline: everyone reads it; those who plan sessions (not viewers) write. */
@Configuration(proxyBeanMethods = false)
class MeetingTimelineAccess {

    @Bean
    TimelineSubject meetingTimeline(VideoconferenceRepository meetings) {
        return TimelineSubject.writtenBy(
                MeetingService.SUBJECT_TYPE, meetings::existsById, Role.ADMIN, Role.OFFICER, Role.COORDINATOR);
    }
}
