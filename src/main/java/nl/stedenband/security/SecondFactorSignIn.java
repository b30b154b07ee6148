package nl.stedenband.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The second step of signing in: the code from the authenticator app turns the password-only
 * session into a full one with the user's roles, under a new session id, and the browser gets its
 * device cookie. Wrong codes count like wrong passwords, so the code cannot be guessed either. The
 * screen hands in the request and response it is answering, so that this step knows no screen.
 */
@Component
public class SecondFactorSignIn {

    public enum Outcome {
        ACCEPTED,
        WRONG_CODE,
        /** Too soon after wrong codes: the code was not looked at. */
        SLOW_DOWN,
        /** The account is locked out for a while: the session ends. */
        TOO_MANY_ATTEMPTS
    }

    private static final Logger log = LoggerFactory.getLogger(SecondFactorSignIn.class);

    private final UserService users;
    private final LoginThrottle throttle;
    private final DeviceCookies deviceCookies;

    SecondFactorSignIn(UserService users, LoginThrottle throttle, DeviceCookies deviceCookies) {
        this.users = users;
        this.throttle = throttle;
        this.deviceCookies = deviceCookies;
    }

    /**
     * Checks the code of the session halfway through signing in.
     *
     * @param http the request the code came with, for the client's address, its device cookie and
     *     the session; null where there is none (the session then keeps its id)
     * @param response where the device cookie goes; null to set none
     */
    public Outcome verify(String code, @Nullable HttpServletRequest http, @Nullable HttpServletResponse response) {
        Authentication pending = SecurityContextHolder.getContext().getAuthentication();
        Object principal = pending == null ? null : pending.getPrincipal();
        if (pending == null || principal == null || !SecondFactor.isPending()) {
            return Outcome.WRONG_CODE;
        }
        String username = pending.getName();
        LoginThrottle.Attempt attempt = throttle.begin(username, client(http, username), LoginThrottle.Step.CODE);
        if (attempt.refused()) {
            return attempt.locked() ? Outcome.TOO_MANY_ATTEMPTS : Outcome.SLOW_DOWN;
        }
        if (!users.verifySecondFactor(code)) {
            throttle.failed(attempt);
            return throttle.isLocked(attempt) ? Outcome.TOO_MANY_ATTEMPTS : Outcome.WRONG_CODE;
        }
        Set<Role> roles = users.rolesAfterSecondFactor();
        if (roles.isEmpty()) {
            return Outcome.WRONG_CODE;
        }
        throttle.succeeded(attempt);
        List<SimpleGrantedAuthority> authorities = roles.stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        SecurityContextHolder.setContext(context);
        if (http != null) {
            http.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
            try {
                // a new session id for the new level of trust, as at the password step
                http.changeSessionId();
            } catch (UnsupportedOperationException e) {
                // the simulated servlet of browserless tests has no ids to change; containers do
                log.debug("Session id not changed: {}", e.getMessage());
            }
            if (response != null) {
                deviceCookies.remember(http, response, username);
            }
        }
        return Outcome.ACCEPTED;
    }

    private LoginThrottle.Client client(@Nullable HttpServletRequest http, String username) {
        return http == null
                ? LoginThrottle.Client.UNKNOWN
                : new LoginThrottle.Client(http.getRemoteAddr(), deviceCookies.deviceOf(http, username));
    }
}
