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
import nl.stedenband.contact.Contact;
import nl.stedenband.contact.Organization;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** An organization on the mission, or one of its people, with a role. */
@Entity
@Audited
@Table(name = "mission_participant")
public class MissionParticipant extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mission_id", nullable = false)
    private @Nullable TradeMission mission;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    private @Nullable Organization organization;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id")
    private @Nullable Contact contact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ParticipantRole role = ParticipantRole.DELEGATE;

    protected MissionParticipant() {}

    MissionParticipant(
            TradeMission mission, Organization organization, @Nullable Contact contact, ParticipantRole role) {
        this.mission = mission;
        this.organization = organization;
        this.contact = contact;
        this.role = role;
    }

    TradeMission getMission() {
        return required(mission, "mission");
    }

    public Organization getOrganization() {
        return required(organization, "organization");
    }

    public @Nullable Contact getContact() {
        return contact;
    }

    public ParticipantRole getRole() {
        return role;
    }

    /** "Jan Jansen, Acme", the person said in {@code locale}'s language if their data was erased. */
    public String describe(java.util.Locale locale) {
        return (contact == null ? "" : contact.fullName(locale) + ", ")
                + getOrganization().getName();
    }
}
