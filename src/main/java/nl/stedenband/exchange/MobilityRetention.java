package nl.stedenband.exchange;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import nl.stedenband.privacy.RetentionItem;
import nl.stedenband.privacy.RetentionProperties;
import nl.stedenband.privacy.RetentionSource;
import org.jspecify.annotations.Nullable;

/**
 * The mobilities a retention rule anonymises: not yet anonymised, and ended at least the rule's
 * period ago. Minors are the participants of programmes marked for minors (secondary-school
 * exchanges): a mobility holds no birth date, and the programme's mark is what asks for a guardian's
 * consent too.
 */
abstract class MobilityRetention implements RetentionSource {

    private static final String DUE = " from Mobility m join m.programme p left join m.person c"
            + " where m.anonymised = false and m.periodEnd <= :cutoff";

    protected final RetentionProperties properties;
    private final MobilityAnonymiser anonymiser;

    @PersistenceContext
    private EntityManager em;

    MobilityRetention(RetentionProperties properties, MobilityAnonymiser anonymiser) {
        this.properties = properties;
        this.anonymiser = anonymiser;
    }

    /** The rule's condition on the programme {@code p}, in JPQL. */
    abstract String programmes();

    @Override
    public long countDue(LocalDate today) {
        return bind(em.createQuery("select count(m)" + DUE + programmes(), Long.class), today)
                .getSingleResult();
    }

    @Override
    public List<RetentionItem> due(LocalDate today, int offset, int limit) {
        RetentionProperties.Rule rule = properties.rule(rule());
        List<Object[]> rows = bind(
                        em.createQuery(
                                "select m.id, m.periodEnd, c.firstName, c.lastName, p.name" + DUE + programmes()
                                        + " order by m.periodEnd, m.id",
                                Object[].class),
                        today)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream()
                .map(r -> new RetentionItem(
                        rule(),
                        (Long) r[0],
                        label((String) r[2], (String) r[3], (String) r[4]),
                        ((LocalDate) r[1]).plus(rule.period())))
                .toList();
    }

    @Override
    public boolean anonymiseIfDue(long recordId, LocalDate today, String reason) {
        List<Mobility> due = bind(
                        em.createQuery("select m" + DUE + programmes() + " and m.id = :id", Mobility.class), today)
                .setParameter("id", recordId)
                .getResultList();
        due.forEach(m -> anonymiser.anonymise(m, reason));
        return !due.isEmpty();
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> q, LocalDate today) {
        return q.setParameter("cutoff", properties.rule(rule()).cutoff(today));
    }

    private static String label(@Nullable String firstName, @Nullable String lastName, String programme) {
        String person = lastName == null
                ? ""
                : (firstName == null || firstName.isBlank() ? lastName : firstName + " " + lastName);
        return person.isEmpty() ? programme : person + " (" + programme + ")";
    }
}
