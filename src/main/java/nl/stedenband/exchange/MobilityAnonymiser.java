package nl.stedenband.exchange;

import nl.stedenband.contact.Contact;
import nl.stedenband.privacy.PrivacyService;
import org.springframework.stereotype.Component;

/**
 * The one way a mobility loses its person, for the programme's "anonymise past participants" and for
 * the retention rules alike: the person is erased as a GDPR erasure erases them (the record, its
 * stored history, notes and tasks about them, with the reason in the history), and the mobility
 * keeps only its figures.
 */
@Component
class MobilityAnonymiser {

    private final PrivacyService privacy;
    private final MobilityRepository mobilities;

    MobilityAnonymiser(PrivacyService privacy, MobilityRepository mobilities) {
        this.privacy = privacy;
        this.mobilities = mobilities;
    }

    /** Runs inside the caller's method-secured transaction. */
    void anonymise(Mobility m, String reason) {
        Contact person = m.getPerson();
        if (person != null) {
            privacy.erase(person.id(), reason);
        }
        m.anonymise();
        mobilities.flush();
    }
}
