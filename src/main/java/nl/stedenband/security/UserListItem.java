package nl.stedenband.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A row of the user administration: what an administrator sees of an account. */
public record UserListItem(
        long id,
        long version,
        String username,
        String displayName,
        Set<Role> roles,
        boolean enabled,
        @Nullable Instant lastLoginAt,
        @Nullable Instant lockedUntil,
        boolean totpEnabled,
        boolean passwordChangeRequired,
        int recentFailedSignIns) {

    /** How far back {@link #recentFailedSignIns()} counts. */
    public static final Duration RECENT_FAILURES = Duration.ofHours(24);

    static UserListItem of(AppUser user, int recentFailedSignIns) {
        Long id = user.getId();
        if (id == null) {
            throw new IllegalStateException("An unsaved user has no row");
        }
        return new UserListItem(
                id,
                user.getVersion(),
                user.getUsername(),
                user.getDisplayName(),
                user.getRoles(),
                user.isEnabled(),
                user.getLastLoginAt(),
                user.getLockedUntil(),
                user.isTotpEnabled(),
                user.isPasswordChangeRequired(),
                recentFailedSignIns);
    }
}
