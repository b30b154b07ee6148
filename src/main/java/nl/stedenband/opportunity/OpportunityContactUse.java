package nl.stedenband.opportunity;

import nl.stedenband.base.ContactUse;
import org.springframework.stereotype.Component;

/**
 * Opportunities name an organization, not a person: a contact of an organization in the pipeline
 * counts as used until the opportunity's last change (or its next step, when that lies later).
 */
@Component
class OpportunityContactUse implements ContactUse {

    @Override
    public String lastUseOf(String contactId) {
        return "(SELECT MAX(GREATEST(DATE(o.modified_at), COALESCE(o.next_step_on, DATE(o.modified_at))))"
                + " FROM opportunity o JOIN contact oc ON oc.organization_id = o.organization_id WHERE oc.id = "
                + contactId + ")";
    }
}
