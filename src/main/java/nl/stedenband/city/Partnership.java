package nl.stedenband.city;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.stedenband.base.AuditedEntity;
import org.hibernate.envers.Audited;
import org.hibernate.validator.constraints.URL;
import org.jspecify.annotations.Nullable;

/**
 * An agreement with a partner city: the cultural twinning of 1980 with Palo Alto, the Economic
 * Alliance of 2007/2008, the Smart City Alliance of 2015. A city has several over time.
 */
@Entity
@Audited
@Table(name = "partnership")
public class Partnership extends AuditedEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "city_id", nullable = false)
    private @Nullable City city;

    @NotBlank(message = "{city.validation.partnershipName}")
    @Size(max = 150)
    @Column(nullable = false, length = 150)
    private String name = "";

    @Column(name = "signed_on")
    private @Nullable LocalDate signedOn;

    @Size(max = 500)
    @Column(length = 500)
    private @Nullable String themes;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PartnershipStatus status = PartnershipStatus.ACTIVE;

    @URL(message = "{city.validation.partnershipUrl}")
    @Size(max = 500)
    @Column(name = "document_link", length = 500)
    private @Nullable String documentLink;

    protected Partnership() {}

    public Partnership(City city, String name) {
        this.city = city;
        this.name = name;
    }

    public @Nullable City getCity() {
        return city;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public @Nullable LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(@Nullable LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public @Nullable String getThemes() {
        return themes;
    }

    public void setThemes(@Nullable String themes) {
        this.themes = themes;
    }

    public PartnershipStatus getStatus() {
        return status;
    }

    public void setStatus(PartnershipStatus status) {
        this.status = status;
    }

    public @Nullable String getDocumentLink() {
        return documentLink;
    }

    public void setDocumentLink(@Nullable String documentLink) {
        this.documentLink = documentLink;
    }
}
