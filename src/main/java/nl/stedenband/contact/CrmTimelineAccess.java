package nl.stedenband.contact;

import nl.stedenband.activity.TimelineSubject;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Organizations and contacts carry a timeline: readable by all, writable by who may change the record. */
@Configuration(proxyBeanMethods = false)
class CrmTimelineAccess {

    @Bean
    TimelineSubject organizationTimeline(OrganizationRepository organizations, CrmPermissions permissions) {
        return TimelineSubject.writtenWhere(
                OrganizationService.SUBJECT_TYPE,
                organizations::existsById,
                id -> organizations
                        .findById(id)
                        .map(o -> permissions.canWrite(o.getType()))
                        .orElse(false));
    }

    @Bean
    TimelineSubject contactTimeline(ContactRepository contacts, CrmPermissions permissions) {
        return TimelineSubject.writtenWhere(
                ContactService.SUBJECT_TYPE,
                contacts::existsById,
                id -> contacts.findWithDetails(id)
                        .map(c -> permissions.canWriteContactOf(c.getOrganization()))
                        .orElse(false));
    }
}
