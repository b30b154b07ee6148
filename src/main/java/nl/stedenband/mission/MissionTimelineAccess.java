package nl.stedenband.mission;

import nl.stedenband.activity.ActivitySubjectAccess;
import nl.stedenband.security.CurrentUser;
import nl.stedenband.security.Role;
import org.springframework.stereotype.Component;

/** Missions carry a timeline (status changes, tasks done, notes): everyone reads it, officers and administrators write. */
@Component
class MissionTimelineAccess implements ActivitySubjectAccess {

    private final TradeMissionRepository missions;

    MissionTimelineAccess(TradeMissionRepository missions) {
        this.missions = missions;
    }

    @Override
    public String subjectType() {
        return MissionService.SUBJECT_TYPE;
    }

    @Override
    public boolean canRead(long subjectId) {
        return missions.existsById(subjectId);
    }

    @Override
    public boolean canWrite(long subjectId) {
        return CurrentUser.hasAnyRole(Role.ADMIN, Role.OFFICER) && missions.existsById(subjectId);
    }
}
