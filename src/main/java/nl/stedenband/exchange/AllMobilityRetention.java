package nl.stedenband.exchange;

import nl.stedenband.privacy.RetentionProperties;
import nl.stedenband.privacy.RetentionRule;
import org.springframework.stereotype.Component;

/**
 * Every exchange, anonymised a longer while after it ends (default 5 years). Minors are left to their
 * own rule when that rule is on and comes no later, so that no mobility is listed twice.
 */
@Component
class AllMobilityRetention extends MobilityRetention {

    AllMobilityRetention(RetentionProperties properties, MobilityAnonymiser anonymiser) {
        super(properties, anonymiser);
    }

    @Override
    public RetentionRule rule() {
        return RetentionRule.MOBILITY;
    }

    @Override
    String programmes() {
        RetentionProperties.Rule minors = properties.minorMobilities();
        boolean minorsFirst =
                minors.active() && minors.months() <= properties.mobilities().months();
        return minorsFirst ? " and p.minors = false" : "";
    }
}
