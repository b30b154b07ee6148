package nl.stedenband.exchange;

import nl.stedenband.activity.TimelineSubject;
import nl.stedenband.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Programmes carry a timeline (e.g. anonymisations): everyone reads it, officers and administrators write. */
@Configuration(proxyBeanMethods = false)
class ProgrammeTimelineAccess {

    @Bean
    TimelineSubject programmeTimeline(ExchangeProgrammeRepository programmes) {
        return TimelineSubject.writtenBy(
                ExchangeService.SUBJECT_TYPE, programmes::existsById, Role.ADMIN, Role.OFFICER);
    }
}
