package nl.stedenband.security.ui;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.router.BeforeEnterEvent;
import nl.stedenband.StedenbandTest;
import nl.stedenband.security.Role;
import nl.stedenband.security.RunAs;
import nl.stedenband.security.UserService;
import nl.stedenband.shell.DashboardView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code stedenband.security.require-totp-for-admins}: when the office turns it on, an
 * administrator without a second factor is sent to set one up before anything else.
 */
@StedenbandTest
class SignInGuardTest {

    @Autowired
    UserService users;

    private static BeforeEnterEvent navigationTo(Class<?> target) {
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        when(event.getNavigationTarget()).thenAnswer(invocation -> target);
        return event;
    }

    @Test
    void whenRequiredAnAdministratorWithoutSecondFactorIsSentToSetItUp() {
        SignInGuard guard = new SignInGuard(users, true);
        RunAs.role(Role.ADMIN, () -> {
            BeforeEnterEvent home = navigationTo(DashboardView.class);
            guard.beforeEnter(home);
            verify(home).forwardTo(AccountView.class);

            BeforeEnterEvent account = navigationTo(AccountView.class);
            guard.beforeEnter(account);
            verify(account, never()).forwardTo(any(Class.class));
        });
    }

    @Test
    void otherRolesAndTheDefaultSettingLeaveAdministratorsFree() {
        RunAs.role(Role.OFFICER, () -> {
            BeforeEnterEvent home = navigationTo(DashboardView.class);
            new SignInGuard(users, true).beforeEnter(home);
            verify(home, never()).forwardTo(any(Class.class));
        });
        RunAs.role(Role.ADMIN, () -> {
            BeforeEnterEvent home = navigationTo(DashboardView.class);
            new SignInGuard(users, false).beforeEnter(home);
            verify(home, never()).forwardTo(any(Class.class));
        });
    }
}
