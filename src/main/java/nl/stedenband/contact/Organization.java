package nl.stedenband.contact;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.Set;
import java.util.TreeSet;
import nl.stedenband.base.AuditedEntity;
import nl.stedenband.base.Tags;
import nl.stedenband.city.City;
import org.hibernate.envers.Audited;
import org.hibernate.validator.constraints.URL;
import org.jspecify.annotations.Nullable;

/** A company, startup, university, school, government body, innovation hub or association. */
@Entity
@Audited
@Table(name = "organization")
public class Organization extends AuditedEntity {

    @NotBlank(message = "{organization.validation.name}")
    @Size(max = 200, message = "{base.validation.sizeMax}")
    @Column(nullable = false, length = 200)
    private String name = "";

    @NotNull(message = "{organization.validation.type}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrganizationType type = OrganizationType.COMPANY;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "city_id")
    private @Nullable City city;

    @Size(max = 100, message = "{base.validation.sizeMax}")
    @Column(length = 100)
    private @Nullable String sector;

    @URL(message = "{organization.validation.website}")
    @Size(max = 255, message = "{base.validation.sizeMax}")
    @Column(length = 255)
    private @Nullable String website;

    @Size(max = 4000, message = "{base.validation.sizeMax}")
    @Column(length = 4000)
    private @Nullable String notes;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "organization_tag", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "tag", nullable = false, length = Tags.MAX_LENGTH)
    private Set<String> tags = new TreeSet<>();

    public Organization() {}

    public Organization(String name, OrganizationType type, @Nullable City city) {
        this.name = name;
        this.type = type;
        this.city = city;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganizationType getType() {
        return type;
    }

    public void setType(OrganizationType type) {
        this.type = type;
    }

    public @Nullable City getCity() {
        return city;
    }

    public void setCity(@Nullable City city) {
        this.city = city;
    }

    public @Nullable String getSector() {
        return sector;
    }

    public void setSector(@Nullable String sector) {
        this.sector = sector;
    }

    public @Nullable String getWebsite() {
        return website;
    }

    public void setWebsite(@Nullable String website) {
        this.website = website;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public void setNotes(@Nullable String notes) {
        this.notes = notes;
    }

    public Set<String> getTags() {
        return tags;
    }

    public void setTags(Set<String> tags) {
        this.tags.clear();
        this.tags.addAll(Tags.normalize(tags));
    }

    @Override
    public String toString() {
        return name;
    }
}
