package nl.stedenband.exchange;

import nl.stedenband.privacy.RetentionProperties;
import nl.stedenband.privacy.RetentionRule;
import org.springframework.stereotype.Component;

/** Exchanges of minors, anonymised soon after they end (default 12 months). */
@Component
class MinorMobilityRetention extends MobilityRetention {

    MinorMobilityRetention(RetentionProperties properties, MobilityAnonymiser anonymiser) {
        super(properties, anonymiser);
    }

    @Override
    public RetentionRule rule() {
        return RetentionRule.MINOR_MOBILITY;
    }

    @Override
    String programmes() {
        return " and p.minors = true";
    }
}
