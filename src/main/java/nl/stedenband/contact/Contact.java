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
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import nl.stedenband.base.AuditedEntity;
import nl.stedenband.base.Phrase;
import nl.stedenband.base.Tags;
import nl.stedenband.city.City;
import nl.stedenband.security.AppUser;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jspecify.annotations.Nullable;

/** A person the office works with. Personal data: kept on a GDPR basis, exported and erased on request. */
@Entity
@Audited
@Table(name = "contact")
public class Contact extends AuditedEntity {

    /** The bundle key an erased contact is named by, with the id as its argument. */
    public static final String ANONYMISED = "contact.anonymised";

    @Size(max = 100, message = "{base.validation.sizeMax}")
    @Column(name = "first_name", length = 100)
    private @Nullable String firstName;

    @NotBlank(message = "{contact.validation.lastName}")
    @Size(max = 100, message = "{base.validation.sizeMax}")
    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName = "";

    /**
     * Set once the person is erased: their name is then this bundle key with the id, said in each
     * reader's language, and the last name holds only "#" and the id. The history names such a
     * record by its kind and id, so it keeps no copy of the key.
     */
    @NotAudited
    @Column(name = "label_key", length = 100)
    private @Nullable String labelKey;

    @Size(max = 150, message = "{base.validation.sizeMax}")
    @Column(name = "job_title", length = 150)
    private @Nullable String jobTitle;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    private @Nullable Organization organization;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "city_id")
    private @Nullable City city;

    @Email(message = "{contact.validation.email}")
    @Size(max = 254, message = "{base.validation.sizeMax}")
    @Column(length = 254)
    private @Nullable String email;

    @Pattern(regexp = "^$|^\\+?[0-9 ()./-]{6,40}$", message = "{contact.validation.phone}")
    @Size(max = 40, message = "{base.validation.sizeMax}")
    @Column(length = 40)
    private @Nullable String phone;

    @Size(max = 8)
    @Column(name = "preferred_language", length = 8)
    private @Nullable String preferredLanguage;

    // the user as they are now: user accounts keep their own history
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private @Nullable AppUser owner;

    @Enumerated(EnumType.STRING)
    @Column(name = "gdpr_basis", length = 30)
    private @Nullable GdprBasis gdprBasis;

    @Column(name = "consent_date")
    private @Nullable LocalDate consentDate;

    @Size(max = 4000, message = "{base.validation.sizeMax}")
    @Column(length = 4000)
    private @Nullable String notes;

    // the last export or erasure asked for; the history keeps all of them, with who asked
    @Size(max = 600)
    @Column(name = "privacy_request", length = 600)
    private @Nullable String privacyRequest;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "contact_tag", joinColumns = @JoinColumn(name = "contact_id"))
    @Column(name = "tag", nullable = false, length = Tags.MAX_LENGTH)
    private Set<String> tags = new TreeSet<>();

    public Contact() {}

    public Contact(@Nullable String firstName, String lastName) {
        this.firstName = firstName;
        this.lastName = lastName;
    }

    /** The name as stored; for an erased person "#" and the id. Screens show {@link #fullName(Locale)}. */
    public String getFullName() {
        return firstName == null || firstName.isBlank() ? lastName : firstName + " " + lastName;
    }

    /** The name as a reader of {@code locale} sees it: an erased person as "anonymised contact #id" in their language. */
    public String fullName(Locale locale) {
        return name().in(locale);
    }

    /** The name for a screen to say in its reader's language (see {@link #fullName(Locale)}). */
    public Phrase name() {
        return nameOf(getLabelKey(), getId(), getFullName());
    }

    /**
     * The bundle key the contact is named by once erased, else null. A copy from the history keeps
     * no key, but its last name "#id" is the erased form, so it is named the same way.
     */
    public @Nullable String getLabelKey() {
        if (labelKey == null && firstName == null && getId() != null && lastName.equals(anonymisedLastName(getId()))) {
            return ANONYMISED;
        }
        return labelKey;
    }

    /** The person is erased: no name of theirs stays, nor any of ours in a language. */
    void anonymise() {
        this.firstName = null;
        this.lastName = anonymisedLastName(getId());
        this.labelKey = ANONYMISED;
    }

    static String anonymisedLastName(@Nullable Long id) {
        return "#" + id;
    }

    /** The stored name, or for an erased person the label key said about the id. */
    static Phrase nameOf(@Nullable String labelKey, @Nullable Long id, String stored) {
        return labelKey == null ? Phrase.text(stored) : Phrase.of(labelKey, String.valueOf(id));
    }

    public @Nullable String getFirstName() {
        return firstName;
    }

    public void setFirstName(@Nullable String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public @Nullable String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(@Nullable String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public @Nullable Organization getOrganization() {
        return organization;
    }

    public void setOrganization(@Nullable Organization organization) {
        this.organization = organization;
    }

    public @Nullable City getCity() {
        return city;
    }

    public void setCity(@Nullable City city) {
        this.city = city;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email == null || email.isBlank() ? null : email.trim();
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = phone;
    }

    public @Nullable String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(@Nullable String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public @Nullable AppUser getOwner() {
        return owner;
    }

    public void setOwner(@Nullable AppUser owner) {
        this.owner = owner;
    }

    public @Nullable GdprBasis getGdprBasis() {
        return gdprBasis;
    }

    public void setGdprBasis(@Nullable GdprBasis gdprBasis) {
        this.gdprBasis = gdprBasis;
    }

    public @Nullable LocalDate getConsentDate() {
        return consentDate;
    }

    public void setConsentDate(@Nullable LocalDate consentDate) {
        this.consentDate = consentDate;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public void setNotes(@Nullable String notes) {
        this.notes = notes;
    }

    public @Nullable String getPrivacyRequest() {
        return privacyRequest;
    }

    void setPrivacyRequest(@Nullable String privacyRequest) {
        this.privacyRequest = privacyRequest;
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
        return getFullName();
    }
}
