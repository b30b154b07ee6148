package nl.stedenband.meeting;

import nl.stedenband.activity.ActivitySubjectAccess;
import nl.stedenband.security.CurrentUser;
import nl.stedenband.security.Role;
import org.springframework.stereotype.Component;

/** Videoconferences carry a timeline: everyone reads it; those who plan sessions (not viewers) write. */
@Component
class MeetingTimelineAccess implements ActivitySubjectAccess {

    private final VideoconferenceRepository meetings;

    MeetingTimelineAccess(VideoconferenceRepository meetings) {
        this.meetings = meetings;
    }

    @Override
    public String subjectType() {
        return MeetingService.SUBJECT_TYPE;
    }

    @Override
    public boolean canRead(long subjectId) {
        return meetings.existsById(subjectId);
    }

    @Override
    public boolean canWrite(long subjectId) {
        return CurrentUser.hasAnyRole(Role.ADMIN, Role.OFFICER, Role.COORDINATOR) && meetings.existsById(subjectId);
    }
}
