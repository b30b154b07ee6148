package nl.stedenband.exchange;

import nl.stedenband.base.ContactUse;
import org.springframework.stereotype.Component;

/**
 * A contact's own exchanges (until the mobility ends) and the programmes they are a contact person
 * of (until the programme ends). The mobilities' own retention rules decide about the participants.
 */
@Component
class ExchangeContactUse implements ContactUse {

    @Override
    public String lastUseOf(String contactId) {
        String mobilities = "(SELECT MAX(mo.period_end) FROM mobility mo WHERE mo.contact_id = " + contactId + ")";
        String programmes = "(SELECT MAX(p.ends_on) FROM exchange_programme_contact pc JOIN exchange_programme p"
                + " ON p.id = pc.programme_id WHERE pc.contact_id = " + contactId + ")";
        // GREATEST is NULL when either is: each stands in for the other when missing
        return "(GREATEST(COALESCE(" + mobilities + ", " + programmes + "), COALESCE(" + programmes + ", " + mobilities
                + ")))";
    }
}
