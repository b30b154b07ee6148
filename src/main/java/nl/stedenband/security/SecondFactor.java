package nl.stedenband.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A user with a second factor who has given only the password holds this one authority and no
 * role: every view that names roles and every service method that checks one refuses them until
 * the code is given.
 */
public final class SecondFactor {

    public static final String PENDING = "SECOND_FACTOR_PENDING";

    private SecondFactor() {}

    public static boolean isPending() {
        return isPending(SecurityContextHolder.getContext().getAuthentication());
    }

    static boolean isPending(@Nullable Authentication auth) {
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> PENDING.equals(a.getAuthority()));
    }
}
