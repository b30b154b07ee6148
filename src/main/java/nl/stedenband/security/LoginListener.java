package nl.stedenband.security;

import jakarta.servlet.http.HttpSession;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Remembers when each user last signed in (shown to administrators), and keeps the number of
 * failed attempts on the account since the previous sign-in in the session, for the app to tell
 * the user once they are in.
 */
@Component
class LoginListener {

    private final UserService userService;

    LoginListener(UserService userService) {
        this.userService = userService;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        int failures = userService.recordLogin(event.getAuthentication().getName());
        if (failures > 0 && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web) {
            HttpSession session = web.getRequest().getSession();
            session.setAttribute(FailedSignIns.SESSION_ATTRIBUTE, failures);
        }
    }
}
