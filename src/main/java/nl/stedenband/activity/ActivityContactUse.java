package nl.stedenband.activity;

import nl.stedenband.base.ContactUse;
import nl.stedenband.base.PersonalDataRequest;
import org.springframework.stereotype.Component;

/** A note, call, meeting or e-mail on a contact's timeline, by the day it happened or was written down. */
@Component
class ActivityContactUse implements ContactUse {

    @Override
    public String lastUseOf(String contactId) {
        return "(SELECT GREATEST(MAX(a.occurred_on), MAX(DATE(a.created_at))) FROM activity a WHERE a.subject_type = '"
                + PersonalDataRequest.CONTACT + "' AND a.subject_id = " + contactId + ")";
    }
}
