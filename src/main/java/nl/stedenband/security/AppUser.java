package nl.stedenband.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import nl.stedenband.base.AuditedEntity;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/** Someone who signs in to Stedenband. */
@Entity
@Audited
@Table(name = "app_user")
public class AppUser extends AuditedEntity {

    @NotBlank
    @Size(max = 64)
    @Column(nullable = false, unique = true, length = 64)
    private String username = "";

    @NotBlank
    @Size(max = 120)
    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName = "";

    // never in the audit history
    @NotAudited
    @Column(name = "password_hash", nullable = false)
    private String passwordHash = "";

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    // a sign-in is not a change of the account
    @NotAudited
    @Column(name = "last_login_at")
    private @Nullable Instant lastLoginAt;

    @Size(max = 8)
    @Column(name = "preferred_language", length = 8)
    private @Nullable String preferredLanguage;

    @Size(max = 64)
    @Column(name = "time_zone", length = 64)
    private @Nullable String timeZone;

    @NotAudited
    @Column(name = "totp_secret", length = 64)
    private @Nullable String totpSecret;

    @Column(name = "totp_enabled", nullable = false)
    private boolean totpEnabled;

    @NotAudited
    @Column(name = "totp_last_step")
    private @Nullable Long totpLastStep;

    // one query for the roles of a whole page of the user list
    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected AppUser() {}

    AppUser(String username, String displayName, String passwordHash, Set<Role> roles) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    void setPasswordChangeRequired(boolean passwordChangeRequired) {
        this.passwordChangeRequired = passwordChangeRequired;
    }

    public @Nullable Instant getLockedUntil() {
        return lockedUntil;
    }

    void setLockedUntil(@Nullable Instant lockedUntil) {
        this.lockedUntil = lockedUntil;
    }

    /** Whether a second factor (an authenticator app's code) is asked after the password. */
    public boolean isTotpEnabled() {
        return totpEnabled;
    }

    void setTotpEnabled(boolean totpEnabled) {
        this.totpEnabled = totpEnabled;
    }

    @Nullable
    String getTotpSecret() {
        return totpSecret;
    }

    void setTotpSecret(@Nullable String totpSecret) {
        this.totpSecret = totpSecret;
    }

    long getTotpLastStep() {
        return totpLastStep == null ? Long.MIN_VALUE : totpLastStep;
    }

    void setTotpLastStep(@Nullable Long totpLastStep) {
        this.totpLastStep = totpLastStep;
    }

    public @Nullable Instant getLastLoginAt() {
        return lastLoginAt;
    }

    void setLastLoginAt(Instant lastLoginAt) {
        this.lastLoginAt = lastLoginAt;
    }

    public @Nullable String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(@Nullable String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public @Nullable String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(@Nullable String timeZone) {
        this.timeZone = timeZone;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    @Override
    public String toString() {
        return displayName;
    }
}
