package nl.stedenband.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Remembers when each user last signed in (shown to administrators). */
@Component
class LoginListener {

    private final UserService userService;

    LoginListener(UserService userService) {
        this.userService = userService;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        userService.recordLogin(event.getAuthentication().getName());
    }
}
