package nl.stedenband.mission;

import nl.stedenband.base.ContactUse;
import org.springframework.stereotype.Component;

/** A contact in a trade mission's delegation, until the mission's last day. */
@Component
class MissionContactUse implements ContactUse {

    @Override
    public String lastUseOf(String contactId) {
        return "(SELECT MAX(GREATEST(m.end_date, DATE(p.modified_at))) FROM mission_participant p"
                + " JOIN trade_mission m ON m.id = p.mission_id WHERE p.contact_id = " + contactId + ")";
    }
}
