package nl.stedenband.contact;

import nl.stedenband.activity.ActivitySubjectAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Organizations and contacts carry a timeline: readable by all, writable by who may change the record. */
@Configuration(proxyBeanMethods = false)
class CrmTimelineAccess {

    @Bean
    ActivitySubjectAccess organizationTimeline(OrganizationRepository organizations, CrmPermissions permissions) {
        return new ActivitySubjectAccess() {
            @Override
            public String subjectType() {
                return OrganizationService.SUBJECT_TYPE;
            }

            @Override
            public boolean canRead(long id) {
                return organizations.existsById(id);
            }

            @Override
            public boolean canWrite(long id) {
                return organizations.findById(id).map(o -> permissions.canWrite(o.getType())).orElse(false);
            }
        };
    }

    @Bean
    ActivitySubjectAccess contactTimeline(ContactRepository contacts, CrmPermissions permissions) {
        return new ActivitySubjectAccess() {
            @Override
            public String subjectType() {
                return ContactService.SUBJECT_TYPE;
            }

            @Override
            public boolean canRead(long id) {
                return contacts.existsById(id);
            }

            @Override
            public boolean canWrite(long id) {
                return contacts.findWithDetails(id)
                        .map(c -> permissions.canWriteContactOf(c.getOrganization()))
                        .orElse(false);
            }
        };
    }
}
