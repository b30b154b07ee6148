package nl.stedenband.exchange;

import nl.stedenband.activity.ActivitySubjectAccess;
import nl.stedenband.security.CurrentUser;
import nl.stedenband.security.Role;
import org.springframework.stereotype.Component;

/** Programmes carry a timeline (e.g. anonymisations): everyone reads it, officers and administrators write. */
@Component
class ProgrammeTimelineAccess implements ActivitySubjectAccess {

    private final ExchangeProgrammeRepository programmes;

    ProgrammeTimelineAccess(ExchangeProgrammeRepository programmes) {
        this.programmes = programmes;
    }

    @Override
    public String subjectType() {
        return ExchangeService.SUBJECT_TYPE;
    }

    @Override
    public boolean canRead(long subjectId) {
        return programmes.existsById(subjectId);
    }

    @Override
    public boolean canWrite(long subjectId) {
        return CurrentUser.hasAnyRole(Role.ADMIN, Role.OFFICER) && programmes.existsById(subjectId);
    }
}
