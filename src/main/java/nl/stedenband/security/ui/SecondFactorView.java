package nl.stedenband.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.security.SecondFactor;
import nl.stedenband.security.SecondFactorSignIn;

/** The second step of signing in, for users with an authenticator app. */
@Route(value = "login/code", autoLayout = false)
@PermitAll
public class SecondFactorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final TextField code = new TextField(Texts.t("security.code.label"));
    final Button verify = new Button(Texts.t("security.login.submit"));
    final Paragraph message = new Paragraph();

    public SecondFactorView(SecondFactorSignIn signIn, AuthenticationContext authentication) {
        addClassName("second-factor-view");
        code.setMaxLength(7);
        code.setAllowedCharPattern("[0-9 ]");
        code.setAutofocus(true);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.addThemeVariants(TextFieldVariant.LUMO_ALIGN_CENTER);
        message.addClassName("second-factor-message");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        verify.addClickListener(e -> {
            switch (verify(signIn, code.getValue())) {
                case ACCEPTED -> UI.getCurrent().getPage().setLocation("./");
                case WRONG_CODE -> {
                    code.clear();
                    message.setText(getTranslation("security.code.wrong"));
                }
                case SLOW_DOWN -> message.setText(getTranslation("security.code.slowDown"));
                case TOO_MANY_ATTEMPTS -> authentication.logout();
            }
        });
        Button cancel = new Button(getTranslation("base.action.cancel"), e -> authentication.logout());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(
                new H1(getTranslation("security.code.title")),
                new Paragraph(getTranslation("security.code.intro")),
                code,
                verify,
                cancel,
                message);
    }

    /** The code checked with the request and response the screen is answering, as the step needs them. */
    static SecondFactorSignIn.Outcome verify(SecondFactorSignIn signIn, String code) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        HttpServletResponse response = VaadinServletResponse.getCurrent() instanceof VaadinServletResponse r
                ? r.getHttpServletResponse()
                : null;
        return signIn.verify(code, request == null ? null : request.getHttpServletRequest(), response);
    }

    @Override
    public String getPageTitle() {
        // outside the frame, so it names its own title
        return getTranslation("app.page.title", getTranslation("security.code.pageTitle"));
    }

    /** Only someone halfway through signing in has a code to give; everyone else goes to the start page. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!SecondFactor.isPending()) {
            event.forwardTo("");
        }
    }
}
