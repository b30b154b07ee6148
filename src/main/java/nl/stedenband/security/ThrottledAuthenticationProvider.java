package nl.stedenband.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
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
    private final DeviceCookies deviceCookies;

    ThrottledAuthenticationProvider(
            DatabaseUserDetailsService userDetails,
            PasswordEncoder passwordEncoder,
            LoginThrottle throttle,
            DeviceCookies deviceCookies) {
        this.passwords = new DaoAuthenticationProvider(userDetails);
        this.passwords.setPasswordEncoder(passwordEncoder);
        // an old hash is replaced by one of today's kind at the sign-in that proves the password
        this.passwords.setUserDetailsPasswordService(userDetails);
        this.throttle = throttle;
        this.deviceCookies = deviceCookies;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        ServletRequestAttributes web =
                RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes r ? r : null;
        LoginThrottle.Client client = new LoginThrottle.Client(
                address(authentication, web), deviceCookies.deviceOf(web == null ? null : web.getRequest(), username));
        LoginThrottle.Attempt attempt = throttle.begin(username, client, LoginThrottle.Step.PASSWORD);
        if (attempt.refused()) {
            // the same for unknown users: the counters do not depend on the account existing
            throw new LockedException("Too many failed sign-ins; try again later");
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (AuthenticationException e) {
            throttle.failed(attempt);
            throw e;
        }
        throttle.succeeded(attempt);
        if (web != null && web.getResponse() != null && !SecondFactor.isPending(result)) {
            deviceCookies.remember(web.getRequest(), web.getResponse(), username);
        }
        return result;
    }

    /**
     * The client's address, from the sign-in form's details or else the request being handled:
     * behind a trusted proxy, the address it forwards (Tomcat's RemoteIpValve has replaced it).
     */
    private static @Nullable String address(Authentication authentication, @Nullable ServletRequestAttributes web) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return web == null ? null : web.getRequest().getRemoteAddr();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
