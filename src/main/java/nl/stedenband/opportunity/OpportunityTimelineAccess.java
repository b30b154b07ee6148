package nl.stedenband.opportunity;

import nl.stedenband.activity.TimelineSubject;
import nl.stedenband.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Opportunities carry a timeline: everyone reads it, startup coordinators and administrators add to it. */
@Configuration(proxyBeanMethods = false)
class OpportunityTimelineAccess {

    @Bean
    TimelineSubject opportunityTimeline(OpportunityRepository opportunities) {
        return TimelineSubject.writtenBy(
                OpportunityService.SUBJECT_TYPE, opportunities::existsById, Role.ADMIN, Role.COORDINATOR);
    }
}
