package nl.stedenband.mission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.stedenband.base.AuditedEntity;
import nl.stedenband.contact.Organization;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** A lead, introduction or agreement that came out of a mission, with the organization it concerns. */
@Entity
@Audited
@Table(name = "mission_outcome")
public class MissionOutcome extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mission_id", nullable = false)
    private @Nullable TradeMission mission;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OutcomeKind kind = OutcomeKind.LEAD;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    private @Nullable Organization organization;

    @Column(nullable = false, length = 1000)
    private String description = "";

    protected MissionOutcome() {}

    MissionOutcome(TradeMission mission, OutcomeKind kind, Organization organization, String description) {
        this.mission = mission;
        this.kind = kind;
        this.organization = organization;
        this.description = description;
    }

    public OutcomeKind getKind() {
        return kind;
    }

    public Organization getOrganization() {
        return required(organization, "organization");
    }

    public String getDescription() {
        return description;
    }
}
