package nl.stedenband.opportunity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.stedenband.base.AuditedEntity;
import nl.stedenband.city.City;
import nl.stedenband.contact.Organization;
import nl.stedenband.security.AppUser;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jspecify.annotations.Nullable;

/**
 * One opportunity in Novel-T's pipeline. The stage, the day it closed and why it was lost change
 * only through {@link OpportunityService#changeStage}, never through the form.
 */
@Entity
@Audited
@Table(name = "opportunity")
public class Opportunity extends AuditedEntity {

    public static final int MAX_LOST_REASON = 500;

    @NotBlank(message = "{opportunity.validation.title}")
    @Size(max = 200, message = "{base.validation.sizeMax}")
    @Column(nullable = false, length = 200)
    private String title = "";

    @NotNull(message = "{opportunity.validation.kind}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OpportunityKind kind = OpportunityKind.STARTUP_INTRODUCTION;

    @NotNull(message = "{opportunity.validation.organization}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    private @Nullable Organization organization;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "city_id")
    private @Nullable City city;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private @Nullable AppUser owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OpportunityStage stage = OpportunityStage.IDENTIFIED;

    @DecimalMin(value = "0", message = "{opportunity.validation.expectedValue}")
    @Digits(integer = 12, fraction = 2, message = "{opportunity.validation.digits}")
    @Column(name = "expected_value", precision = 14, scale = 2)
    private @Nullable BigDecimal expectedValue;

    @Size(max = 4000, message = "{base.validation.sizeMax}")
    @Column(length = 4000)
    private @Nullable String notes;

    @Size(max = 500, message = "{base.validation.sizeMax}")
    @Column(name = "next_step", length = 500)
    private @Nullable String nextStep;

    @Column(name = "next_step_on")
    private @Nullable LocalDate nextStepOn;

    @Column(name = "closed_on")
    private @Nullable LocalDate closedOn;

    @Size(max = MAX_LOST_REASON, message = "{base.validation.sizeMax}")
    @Column(name = "lost_reason", length = MAX_LOST_REASON)
    private @Nullable String lostReason;

    public Opportunity() {}

    public Opportunity(String title, OpportunityKind kind, Organization organization) {
        this.title = title;
        this.kind = kind;
        this.organization = organization;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public OpportunityKind getKind() {
        return kind;
    }

    public void setKind(OpportunityKind kind) {
        this.kind = kind;
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

    public @Nullable AppUser getOwner() {
        return owner;
    }

    public void setOwner(@Nullable AppUser owner) {
        this.owner = owner;
    }

    public OpportunityStage getStage() {
        return stage;
    }

    void setStage(OpportunityStage stage) {
        this.stage = stage;
    }

    public @Nullable BigDecimal getExpectedValue() {
        return expectedValue;
    }

    public void setExpectedValue(@Nullable BigDecimal expectedValue) {
        this.expectedValue = expectedValue;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public void setNotes(@Nullable String notes) {
        this.notes = notes;
    }

    public @Nullable String getNextStep() {
        return nextStep;
    }

    public void setNextStep(@Nullable String nextStep) {
        this.nextStep = nextStep;
    }

    public @Nullable LocalDate getNextStepOn() {
        return nextStepOn;
    }

    public void setNextStepOn(@Nullable LocalDate nextStepOn) {
        this.nextStepOn = nextStepOn;
    }

    /** The day it was won or lost; empty while open. */
    public @Nullable LocalDate getClosedOn() {
        return closedOn;
    }

    void setClosedOn(@Nullable LocalDate closedOn) {
        this.closedOn = closedOn;
    }

    /** Why it was lost; required for a lost opportunity. */
    public @Nullable String getLostReason() {
        return lostReason;
    }

    void setLostReason(@Nullable String lostReason) {
        this.lostReason = lostReason;
    }

    @Override
    public String toString() {
        return title;
    }
}
