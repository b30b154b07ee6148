package nl.stedenband.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Set;
import nl.stedenband.security.AppUser;
import nl.stedenband.security.Role;
import nl.stedenband.security.SecondFactor;
import nl.stedenband.security.UserService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What a signed-in user must do before anything else, checked on every navigation: give the code
 * of the second factor, choose their own password, and (when the office requires it) set up a
 * second factor for an administrator account. Until then every view leads there.
 */
@Component
class SignInGuard implements VaadinServiceInitListener {

    private final UserService users;
    private final boolean totpRequiredForAdmins;

    SignInGuard(
            UserService users,
            @Value("${stedenband.security.require-totp-for-admins:false}") boolean totpRequiredForAdmins) {
        this.users = users;
        this.totpRequiredForAdmins = totpRequiredForAdmins;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == LoginView.class) {
            return;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return;
        }
        if (SecondFactor.isPending()) {
            redirect(event, SecondFactorView.class);
            return;
        }
        AppUser user = users.currentUser().orElse(null);
        if (user == null) {
            return;
        }
        if (user.isPasswordChangeRequired()) {
            redirect(event, ChangePasswordView.class);
        } else if (totpRequiredForAdmins && user.getRoles().contains(Role.ADMIN) && !user.isTotpEnabled()) {
            redirect(event, AccountView.class, ChangePasswordView.class);
        }
    }

    private static void redirect(
            BeforeEnterEvent event, Class<? extends com.vaadin.flow.component.Component> to, Class<?>... alsoAllowed) {
        Class<?> target = event.getNavigationTarget();
        if (target != to && !Set.of(alsoAllowed).contains(target)) {
            event.forwardTo(to);
        }
    }
}
