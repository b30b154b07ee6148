package nl.stedenband.meeting;

import nl.stedenband.base.ContactUse;
import org.springframework.stereotype.Component;

/** A contact invited to a videoconference, on the day of the session. */
@Component
class MeetingContactUse implements ContactUse {

    @Override
    public String lastUseOf(String contactId) {
        return "(SELECT MAX(DATE(v.start_at)) FROM videoconference_participant p"
                + " JOIN videoconference v ON v.id = p.videoconference_id WHERE p.contact_id = " + contactId + ")";
    }
}
