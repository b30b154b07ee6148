package nl.stedenband.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import nl.stedenband.base.ui.Languages;
import nl.stedenband.base.ui.Texts;

/**
 * Sign in. The error text does not reveal whether the account exists. The language can be switched
 * here for this browser session; once signed in, the user's own choice (My account) wins.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm login = new LoginForm();
    private final AuthenticationContext authenticationContext;

    public LoginView(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
        addClassName("login-view");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("security.login.title"));
        form.setUsername(getTranslation("security.login.username"));
        form.setPassword(getTranslation("security.login.password"));
        form.setSubmit(getTranslation("security.login.submit"));
        // one message for every refusal: wrong password, unknown user, or paused after failures
        LoginI18n.ErrorMessage error = new LoginI18n.ErrorMessage();
        error.setTitle(getTranslation("security.login.error.title"));
        error.setMessage(getTranslation("security.login.error.message"));
        i18n.setErrorMessage(error);
        login.setI18n(i18n);
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        Paragraph tagline = new Paragraph(getTranslation("security.login.tagline"));
        tagline.addClassName("login-tagline");
        add(title, tagline, login, languages());
    }

    /** Each language named in itself, so that whoever cannot read the current one finds their own. */
    private Div languages() {
        Div languages = new Div();
        languages.addClassName("login-languages");
        for (Locale language : Texts.LANGUAGES) {
            Button choose = new Button(getTranslation("language." + language.getLanguage()), e -> {
                Languages.chooseForSession(language);
                Languages.show(UI.getCurrent(), language);
                UI.getCurrent().getPage().reload();
            });
            choose.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            choose.addClassName("login-language-" + language.getLanguage());
            choose.getElement().setAttribute("lang", language.getLanguage());
            choose.setEnabled(!Texts.language(getLocale()).equals(language));
            languages.add(choose);
        }
        return languages;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.page.title", getTranslation("security.login.pageTitle"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
