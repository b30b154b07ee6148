package nl.stedenband.mission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.stedenband.base.AuditedEntity;
import nl.stedenband.city.City;
import nl.stedenband.security.AppUser;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jspecify.annotations.Nullable;

/** A trade mission: a delegation of Twente companies to a partner city. */
@Entity
@Audited
@Table(name = "trade_mission")
public class TradeMission extends AuditedEntity {

    public static final int STATUS_REASON_LENGTH = 500;

    @NotBlank(message = "{mission.validation.title}")
    @Size(max = 200, message = "{base.validation.sizeMax}")
    @Column(nullable = false, length = 200)
    private String title = "";

    @NotNull(message = "{mission.validation.destination}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "destination_city_id", nullable = false)
    private @Nullable City destination;

    @NotNull(message = "{mission.validation.firstDay}")
    @Column(name = "start_date", nullable = false)
    private @Nullable LocalDate startDate;

    @NotNull(message = "{mission.validation.lastDay}")
    @Column(name = "end_date", nullable = false)
    private @Nullable LocalDate endDate;

    // the user as they are now: user accounts keep their own history
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_officer_id")
    private @Nullable AppUser leadOfficer;

    @Size(max = 4000, message = "{base.validation.sizeMax}")
    @Column(columnDefinition = "text")
    private @Nullable String goals;

    @DecimalMin(value = "0", message = "{mission.validation.budget}")
    @Column(precision = 12, scale = 2)
    private @Nullable BigDecimal budget;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MissionStatus status = MissionStatus.DRAFT;

    /** Why the status last moved against the flow or ahead of its date; empty after an ordinary step. */
    @Size(max = STATUS_REASON_LENGTH, message = "{base.validation.sizeMax}")
    @Column(name = "status_reason", length = STATUS_REASON_LENGTH)
    private @Nullable String statusReason;

    @Size(max = 20000, message = "{base.validation.sizeMax}")
    @Column(columnDefinition = "text")
    private @Nullable String report;

    public TradeMission() {}

    public TradeMission(String title, City destination, LocalDate startDate, LocalDate endDate) {
        this.title = title;
        this.destination = destination;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    /** The destination of a stored mission, which validation requires. */
    public City destination() {
        return required(destination, "destination");
    }

    /** The first day of a stored mission, which validation requires. */
    public LocalDate startDate() {
        return required(startDate, "startDate");
    }

    /** The last day of a stored mission, which validation requires. */
    public LocalDate endDate() {
        return required(endDate, "endDate");
    }

    public @Nullable City getDestination() {
        return destination;
    }

    public void setDestination(@Nullable City destination) {
        this.destination = destination;
    }

    public @Nullable LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(@Nullable LocalDate startDate) {
        this.startDate = startDate;
    }

    public @Nullable LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(@Nullable LocalDate endDate) {
        this.endDate = endDate;
    }

    public @Nullable AppUser getLeadOfficer() {
        return leadOfficer;
    }

    public void setLeadOfficer(@Nullable AppUser leadOfficer) {
        this.leadOfficer = leadOfficer;
    }

    public @Nullable String getGoals() {
        return goals;
    }

    public void setGoals(@Nullable String goals) {
        this.goals = goals;
    }

    public @Nullable BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(@Nullable BigDecimal budget) {
        this.budget = budget;
    }

    public MissionStatus getStatus() {
        return status;
    }

    void setStatus(MissionStatus status) {
        this.status = status;
    }

    public @Nullable String getStatusReason() {
        return statusReason;
    }

    void setStatusReason(@Nullable String statusReason) {
        this.statusReason = statusReason;
    }

    public @Nullable String getReport() {
        return report;
    }

    public void setReport(@Nullable String report) {
        this.report = report;
    }

    @Override
    public String toString() {
        return title;
    }
}
