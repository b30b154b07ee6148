package nl.stedenband.privacy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import nl.stedenband.base.ContactUse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Contacts nobody has used for the rule's period (default 3 years): no recorded consent (basis
 * "consent" or a consent date), and neither their own last change nor the latest use any feature
 * reports ({@link ContactUse}: timeline, tasks, delegations, videoconferences, exchanges, their
 * organization's opportunities) lies within the period. Contacts already erased are left alone.
 */
@Component
class InactiveContactRetention implements RetentionSource {

    /** What {@code ContactPersonalData} writes on the record when it erases a person. */
    private static final String ERASED = "Erasure%";

    private final RetentionProperties properties;
    private final PrivacyService privacy;
    private final String lastUse;

    @PersistenceContext
    private EntityManager em;

    InactiveContactRetention(RetentionProperties properties, PrivacyService privacy, List<ContactUse> uses) {
        this.properties = properties;
        this.privacy = privacy;
        // GREATEST is NULL when any argument is: a feature that never used the contact stands in with the last change
        this.lastUse = "GREATEST(DATE(c.modified_at)"
                + uses.stream()
                        .map(u -> ", COALESCE(" + u.lastUseOf("c.id") + ", DATE(c.modified_at))")
                        .collect(Collectors.joining())
                + ")";
    }

    @Override
    public RetentionRule rule() {
        return RetentionRule.INACTIVE_CONTACT;
    }

    @Override
    public long countDue(LocalDate today) {
        return ((Number) bind(
                                em.createNativeQuery(
                                        "SELECT COUNT(*) FROM (" + candidates("") + ") x WHERE x.last_use <= :cutoff"),
                                today)
                        .getSingleResult())
                .longValue();
    }

    @Override
    public List<RetentionItem> due(LocalDate today, int offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(
                        em.createNativeQuery("SELECT x.id, x.first_name, x.last_name, x.last_use FROM ("
                                + candidates("") + ") x WHERE x.last_use <= :cutoff ORDER BY x.last_use, x.id"),
                        today)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        RetentionProperties.Rule rule = properties.inactiveContacts();
        return rows.stream()
                .map(r -> new RetentionItem(
                        rule(),
                        ((Number) r[0]).longValue(),
                        name((String) r[1], (String) r[2]),
                        localDate(r[3]).plus(rule.period())))
                .toList();
    }

    @Override
    public boolean anonymiseIfDue(long recordId, LocalDate today, String reason) {
        boolean due = ((Number) bind(
                                        em.createNativeQuery("SELECT COUNT(*) FROM (" + candidates(" AND c.id = :id")
                                                + ") x WHERE x.last_use <= :cutoff"),
                                        today)
                                .setParameter("id", recordId)
                                .getSingleResult())
                        .longValue()
                > 0;
        if (due) {
            privacy.erase(recordId, reason);
        }
        return due;
    }

    /** Contacts that may be due, with the day of their latest change or use; the last-change test narrows them first. */
    private String candidates(String andWhere) {
        return "SELECT c.id, c.first_name, c.last_name, " + lastUse
                + " AS last_use FROM contact c WHERE c.modified_at < :dayAfterCutoff"
                + " AND (c.gdpr_basis IS NULL OR c.gdpr_basis <> 'CONSENT') AND c.consent_date IS NULL"
                + " AND (c.privacy_request IS NULL OR c.privacy_request NOT LIKE '" + ERASED + "')" + andWhere;
    }

    private Query bind(Query q, LocalDate today) {
        LocalDate cutoff = properties.inactiveContacts().cutoff(today);
        return q.setParameter("cutoff", Date.valueOf(cutoff))
                .setParameter("dayAfterCutoff", Date.valueOf(cutoff.plusDays(1)));
    }

    private static LocalDate localDate(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static String name(@Nullable String firstName, String lastName) {
        return firstName == null || firstName.isBlank() ? lastName : firstName + " " + lastName;
    }
}
