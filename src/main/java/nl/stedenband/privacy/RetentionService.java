package nl.stedenband.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.stedenband.base.Bundles;
import nl.stedenband.security.Access;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Storage limitation (GDPR art. 5(1)(e)): the retention rules ({@link RetentionProperties}), what the
 * next run will anonymise, and the run itself, for administrators. Every record is anonymised through
 * the one anonymisation path ({@link PrivacyService#erase}) with the rule as its reason, so the audit
 * history shows an entry for each.
 */
@Service
@PreAuthorize(Access.ADMIN)
public class RetentionService {

    private static final Logger log = LoggerFactory.getLogger(RetentionService.class);

    private final List<RetentionSource> sources;
    private final RetentionProperties properties;
    private final Clock clock;
    private final TransactionTemplate eachRecord;

    RetentionService(
            List<RetentionSource> sources,
            RetentionProperties properties,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.sources = sources.stream()
                .sorted(Comparator.comparing(RetentionSource::rule))
                .toList();
        this.properties = properties;
        this.clock = clock;
        this.eachRecord = new TransactionTemplate(transactions);
        this.eachRecord.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A rule as configured: whether it applies and its period in months. */
    public record RuleSetting(RetentionRule rule, boolean active, long months) {

        /** "retention.period.years" for two or more whole years, else "retention.period.months" (12 months, 18 months). */
        public String periodKey() {
            return inYears() ? "retention.period.years" : "retention.period.months";
        }

        /** The number that goes with {@link #periodKey}. */
        public long periodCount() {
            return inYears() ? months / 12 : months;
        }

        private boolean inYears() {
            return months >= 24 && months % 12 == 0;
        }
    }

    /** Every rule with its setting, in the order the run takes them. */
    @Transactional(readOnly = true)
    public List<RuleSetting> rules() {
        return sources.stream().map(s -> setting(s.rule())).toList();
    }

    /** How many records the next run would anonymise (at most {@code stedenband.retention.max-per-run} at a time). */
    @Transactional(readOnly = true)
    public long countDue() {
        LocalDate today = today();
        return active().stream().mapToLong(s -> s.countDue(today)).sum();
    }

    /** A page of what the next run will anonymise: rule by rule, longest due first. */
    @Transactional(readOnly = true)
    public List<RetentionItem> preview(int offset, int limit) {
        LocalDate today = today();
        List<RetentionItem> page = new ArrayList<>();
        long skip = Math.max(0, offset);
        int wanted = Math.max(0, limit);
        for (RetentionSource source : active()) {
            if (wanted == 0) {
                break;
            }
            long due = source.countDue(today);
            if (skip >= due) {
                skip -= due;
                continue;
            }
            List<RetentionItem> items = source.due(today, (int) skip, wanted);
            page.addAll(items);
            wanted -= items.size();
            skip = 0;
        }
        return page;
    }

    /** What a run takes now: the first {@code stedenband.retention.max-per-run} records of the preview. */
    @Transactional(readOnly = true)
    public List<RetentionItem> nextRun() {
        return preview(0, properties.maxPerRun());
    }

    /**
     * Anonymises the given records (what the preview listed), each that is still due, each in a
     * transaction of its own: one that fails stays for the next run and holds up no other. The
     * reason in each record's history names the rule and its period.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public RetentionResult run(List<RetentionItem> items) {
        LocalDate today = today();
        int anonymised = 0;
        int noLongerDue = 0;
        int failed = 0;
        for (RetentionItem item : items.stream().limit(properties.maxPerRun()).toList()) {
            RetentionSource source = active().stream()
                    .filter(s -> s.rule() == item.rule())
                    .findFirst()
                    .orElse(null);
            if (source == null) {
                noLongerDue++;
                continue;
            }
            try {
                Boolean done =
                        eachRecord.execute(tx -> source.anonymiseIfDue(item.recordId(), today, reason(item.rule())));
                if (Boolean.TRUE.equals(done)) {
                    anonymised++;
                } else {
                    noLongerDue++;
                }
            } catch (RuntimeException e) {
                // the id only: the log must not keep the name the run is erasing
                log.warn(
                        "Retention: {} #{} could not be anonymised; the next run tries again",
                        item.rule(),
                        item.recordId(),
                        e);
                failed++;
            }
        }
        log.info("Retention: {} anonymised, {} no longer due, {} failed", anonymised, noLongerDue, failed);
        return new RetentionResult(anonymised, noLongerDue, failed);
    }

    /** The reason a rule writes into the history, in English like the other lines the app stores. */
    String reason(RetentionRule rule) {
        RuleSetting setting = setting(rule);
        return Bundles.t(
                Locale.ENGLISH,
                rule.reasonKey(),
                Bundles.t(Locale.ENGLISH, setting.periodKey(), setting.periodCount()));
    }

    private RuleSetting setting(RetentionRule rule) {
        RetentionProperties.Rule r = properties.rule(rule);
        return new RuleSetting(rule, r.active(), r.months());
    }

    private List<RetentionSource> active() {
        return sources.stream().filter(s -> properties.rule(s.rule()).active()).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of(properties.zone())));
    }
}
