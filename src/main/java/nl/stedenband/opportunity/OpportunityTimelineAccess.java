package nl.stedenband.opportunity;

import nl.stedenband.activity.ActivitySubjectAccess;
import nl.stedenband.security.CurrentUser;
import nl.stedenband.security.Role;
import org.springframework.stereotype.Component;

/** Opportunities carry a timeline: everyone reads it, startup coordinators and administrators add to it. */
@Component
class OpportunityTimelineAccess implements ActivitySubjectAccess {

    private final OpportunityRepository opportunities;

    OpportunityTimelineAccess(OpportunityRepository opportunities) {
        this.opportunities = opportunities;
    }

    @Override
    public String subjectType() {
        return OpportunityService.SUBJECT_TYPE;
    }

    @Override
    public boolean canRead(long subjectId) {
        return opportunities.existsById(subjectId);
    }

    @Override
    public boolean canWrite(long subjectId) {
        return CurrentUser.hasAnyRole(Role.ADMIN, Role.COORDINATOR) && opportunities.existsById(subjectId);
    }
}
