package nl.stedenband.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.stedenband.base.AuditedEntity;
import nl.stedenband.city.City;
import nl.stedenband.contact.Contact;
import nl.stedenband.contact.Organization;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** An exchange programme between a Twente institution and one in a partner city, for an academic year. */
@Entity
@Audited
@Table(name = "exchange_programme")
public class ExchangeProgramme extends AuditedEntity {

    @NotBlank(message = "{exchange.validation.name}")
    @Size(max = 200, message = "{base.validation.sizeMax}")
    @Column(nullable = false, length = 200)
    private String name = "";

    @NotNull(message = "{exchange.validation.type}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ProgrammeType type = ProgrammeType.STUDENT_EXCHANGE;

    @NotNull(message = "{exchange.validation.homeInstitution}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "home_institution_id", nullable = false)
    private @Nullable Organization homeInstitution;

    @NotNull(message = "{exchange.validation.partnerInstitution}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_institution_id", nullable = false)
    private @Nullable Organization partnerInstitution;

    @NotNull(message = "{exchange.validation.partnerCity}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_city_id", nullable = false)
    private @Nullable City partnerCity;

    @NotBlank(message = "{exchange.validation.academicYear}")
    @Pattern(regexp = "^$|^\\d{4}/\\d{2}$", message = "{exchange.validation.academicYearPattern}")
    @Column(name = "academic_year", nullable = false, length = 9)
    private String academicYear = "";

    @Min(value = 0, message = "{exchange.validation.quota}")
    @Column(name = "quota_outbound", nullable = false)
    private int quotaOutbound;

    @Min(value = 0, message = "{exchange.validation.quota}")
    @Column(name = "quota_inbound", nullable = false)
    private int quotaInbound;

    /** Secondary-school exchanges: guardian consent before acceptance, and a retention date. */
    @Column(nullable = false)
    private boolean minors;

    @NotNull(message = "{exchange.validation.endsOn}")
    @Column(name = "ends_on", nullable = false)
    private @Nullable LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ProgrammeStatus status = ProgrammeStatus.ACTIVE;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "exchange_programme_contact",
            joinColumns = @JoinColumn(name = "programme_id"),
            inverseJoinColumns = @JoinColumn(name = "contact_id"))
    private Set<Contact> contactPersons = new LinkedHashSet<>();

    public ExchangeProgramme() {}

    public ExchangeProgramme(
            String name,
            ProgrammeType type,
            Organization home,
            Organization partner,
            City city,
            String academicYear,
            int quotaOutbound,
            int quotaInbound,
            LocalDate endsOn) {
        this.name = name;
        this.type = type;
        this.homeInstitution = home;
        this.partnerInstitution = partner;
        this.partnerCity = city;
        this.academicYear = academicYear;
        this.quotaOutbound = quotaOutbound;
        this.quotaInbound = quotaInbound;
        this.endsOn = endsOn;
    }

    public int quota(Direction direction) {
        return direction == Direction.OUTBOUND ? quotaOutbound : quotaInbound;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ProgrammeType getType() {
        return type;
    }

    public void setType(ProgrammeType type) {
        this.type = type;
    }

    public @Nullable Organization getHomeInstitution() {
        return homeInstitution;
    }

    public void setHomeInstitution(@Nullable Organization homeInstitution) {
        this.homeInstitution = homeInstitution;
    }

    public @Nullable Organization getPartnerInstitution() {
        return partnerInstitution;
    }

    public void setPartnerInstitution(@Nullable Organization partnerInstitution) {
        this.partnerInstitution = partnerInstitution;
    }

    public @Nullable City getPartnerCity() {
        return partnerCity;
    }

    public void setPartnerCity(@Nullable City partnerCity) {
        this.partnerCity = partnerCity;
    }

    public String getAcademicYear() {
        return academicYear;
    }

    public void setAcademicYear(String academicYear) {
        this.academicYear = academicYear;
    }

    public int getQuotaOutbound() {
        return quotaOutbound;
    }

    public void setQuotaOutbound(int quotaOutbound) {
        this.quotaOutbound = quotaOutbound;
    }

    public int getQuotaInbound() {
        return quotaInbound;
    }

    public void setQuotaInbound(int quotaInbound) {
        this.quotaInbound = quotaInbound;
    }

    public boolean isMinors() {
        return minors;
    }

    public void setMinors(boolean minors) {
        this.minors = minors;
    }

    public @Nullable LocalDate getEndsOn() {
        return endsOn;
    }
    /** The last day of a stored programme, which validation requires. */
    public LocalDate endsOn() {
        return required(endsOn, "end");
    }

    public void setEndsOn(@Nullable LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public ProgrammeStatus getStatus() {
        return status;
    }

    public void setStatus(ProgrammeStatus status) {
        this.status = status;
    }

    public Set<Contact> getContactPersons() {
        return contactPersons;
    }

    public void setContactPersons(Set<Contact> contactPersons) {
        this.contactPersons.clear();
        this.contactPersons.addAll(contactPersons);
    }

    @Override
    public String toString() {
        return name;
    }
}
