package nl.stedenband.task;

import nl.stedenband.base.ContactUse;
import nl.stedenband.base.PersonalDataRequest;
import org.springframework.stereotype.Component;

/** A task about a contact, by its due day or its last change, whichever is later. */
@Component
class TaskContactUse implements ContactUse {

    @Override
    public String lastUseOf(String contactId) {
        return "(SELECT GREATEST(MAX(t.due_date), MAX(DATE(t.modified_at))) FROM task t WHERE t.subject_type = '"
                + PersonalDataRequest.CONTACT + "' AND t.subject_id = " + contactId + ")";
    }
}
