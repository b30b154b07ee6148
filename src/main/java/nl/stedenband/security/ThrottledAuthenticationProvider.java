package nl.stedenband.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one way in with a password: the database check, behind the {@link LoginThrottle}. Being the
 * only provider bean, it is what the global authentication manager (and so the sign-in form) uses.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(
            DatabaseUserDetailsService userDetails, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(userDetails);
        this.passwords.setPasswordEncoder(passwordEncoder);
        // an old hash is replaced by one of today's kind at the sign-in that proves the password
        this.passwords.setUserDetailsPasswordService(userDetails);
        this.throttle = throttle;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = address(authentication);
        if (throttle.isRefused(username, address)) {
            // the same for unknown users: the counters do not depend on the account existing
            throw new LockedException("Too many failed sign-ins; try again later");
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(username);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            throw e;
        }
    }

    /** The client's address, from the sign-in form's details or else the request being handled. */
    private static @Nullable String address(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
            return web.getRemoteAddress();
        }
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr()
                : null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
