package nl.stedenband.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import nl.stedenband.StedenbandTest;
import nl.stedenband.security.ui.LoginView;
import nl.stedenband.shell.DashboardView;
import org.junit.jupiter.api.Test;

/** What someone who has not signed in gets. */
@StedenbandTest
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void theSignInFormIsOpenToEveryone() {
        navigate(LoginView.class);

        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isFalse();
        assertThat(form.getAction()).isEqualTo("login");
    }

    @Test
    void aFailedSignInShowsTheErrorWithoutSayingWhetherTheAccountExists() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains("Check the username and password and try again. After several failed attempts, "
                        + "signing in is paused for a while.");
    }

    @Test
    void theDashboardViewSendsAStrangerToSignIn() {
        navigate("", LoginView.class);

        assertThat(getCurrentView()).isInstanceOf(LoginView.class).isNotInstanceOf(DashboardView.class);
    }
}
