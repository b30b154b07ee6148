package nl.stedenband.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.stedenband.base.AuditedEntity;
import nl.stedenband.contact.Contact;
import nl.stedenband.contact.Organization;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** One person's exchange within a programme. Once anonymised it keeps the figures and loses the person. */
@Entity
@Audited
@Table(name = "mobility")
public class Mobility extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false)
    private @Nullable ExchangeProgramme programme;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id")
    private @Nullable Contact person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Direction direction = Direction.OUTBOUND;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart = LocalDate.EPOCH;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd = LocalDate.EPOCH;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "host_organization_id")
    private @Nullable Organization host;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MobilityStatus status = MobilityStatus.NOMINATED;

    @Column(name = "guardian_consent", nullable = false)
    private boolean guardianConsent;

    @Column(name = "retention_until")
    private @Nullable LocalDate retentionUntil;

    @Column(nullable = false)
    private boolean anonymised;

    protected Mobility() {}

    Mobility(
            ExchangeProgramme programme,
            Contact person,
            Direction direction,
            LocalDate periodStart,
            LocalDate periodEnd,
            @Nullable Organization host) {
        this.programme = programme;
        this.person = person;
        this.direction = direction;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.host = host;
    }

    public ExchangeProgramme getProgramme() {
        return required(programme, "programme");
    }

    public @Nullable Contact getPerson() {
        return person;
    }

    public Direction getDirection() {
        return direction;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public @Nullable Organization getHost() {
        return host;
    }

    public MobilityStatus getStatus() {
        return status;
    }

    void setStatus(MobilityStatus status) {
        this.status = status;
    }

    public boolean isGuardianConsent() {
        return guardianConsent;
    }

    void setGuardianConsent(boolean guardianConsent) {
        this.guardianConsent = guardianConsent;
    }

    public @Nullable LocalDate getRetentionUntil() {
        return retentionUntil;
    }

    void setRetentionUntil(@Nullable LocalDate retentionUntil) {
        this.retentionUntil = retentionUntil;
    }

    public boolean isAnonymised() {
        return anonymised;
    }

    void anonymise() {
        this.person = null;
        this.anonymised = true;
    }

    /**
     * The participant's name, or none once anonymised: the screens say "anonymised participant" in
     * their own language, and the record keeps no words of its own for it.
     */
    public @Nullable String personName() {
        return anonymised || person == null ? null : person.getFullName();
    }
}
