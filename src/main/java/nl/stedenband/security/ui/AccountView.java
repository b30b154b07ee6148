package nl.stedenband.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.stedenband.base.BusinessRuleException;
import nl.stedenband.base.ui.Notifications;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.security.AppUser;
import nl.stedenband.security.TotpSetup;
import nl.stedenband.security.UserService;

/** The signed-in user's own account: password and second factor. */
@Route("account")
@PageTitle("My account · Stedenband")
@PermitAll
public class AccountView extends Main {

    private final UserService users;
    private final Div secondFactor = new Div();

    public AccountView(UserService users) {
        this.users = users;
        addClassName("account-view");
        AppUser user = users.currentUser().orElseThrow();
        Paragraph who = new Paragraph("Signed in as " + user.getUsername() + " (" + user.getDisplayName() + ").");
        Button password = new Button("Change password", e -> UI.getCurrent().navigate(ChangePasswordView.class));
        password.addClassName("change-password");
        secondFactor.addClassName("second-factor");
        add(new H1("My account"), who, new H2("Password"), password, new H2("Second factor"), secondFactor);
        showSecondFactor(user.isTotpEnabled());
    }

    private void showSecondFactor(boolean enabled) {
        secondFactor.removeAll();
        TextField code = new TextField("Code from the app");
        code.setMaxLength(7);
        code.setAllowedCharPattern("[0-9 ]");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        if (enabled) {
            Paragraph state = new Paragraph("On: signing in asks for a code from your authenticator app.");
            state.addClassName("second-factor-state");
            Button off = new Button("Turn off", e -> {
                try {
                    users.disableTotp(code.getValue());
                    Notifications.success("The second factor is off");
                    showSecondFactor(false);
                } catch (BusinessRuleException ex) {
                    Notifications.error(Texts.message(ex));
                }
            });
            off.addThemeVariants(ButtonVariant.LUMO_ERROR);
            secondFactor.add(state, code, off);
            return;
        }
        Paragraph state = new Paragraph("Off. With an authenticator app on your phone (any app for "
                + "time-based codes), signing in also asks for a code from it, so a stolen password is not enough.");
        state.addClassName("second-factor-state");
        Button start = new Button("Set up an authenticator app", e -> showSetup(users.startTotpSetup()));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        secondFactor.add(state, start);
    }

    private void showSetup(TotpSetup setup) {
        secondFactor.removeAll();
        Span secret = new Span(setup.groupedSecret());
        secret.addClassName("totp-secret");
        Anchor uri = new Anchor();
        // otpauth: is not a web scheme, but this address is the app's own, not a user's input
        uri.setUnsafeHref(setup.uri());
        uri.setText("Open in an authenticator app on this device");
        uri.addClassName("totp-uri");
        TextField code = new TextField("Code from the app");
        code.setMaxLength(7);
        code.setAllowedCharPattern("[0-9 ]");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        Button confirm = new Button("Turn on", e -> {
            try {
                users.confirmTotp(code.getValue());
                Notifications.success("The second factor is on");
                showSecondFactor(true);
            } catch (BusinessRuleException ex) {
                Notifications.error(Texts.message(ex));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        secondFactor.add(new Paragraph("In your authenticator app, add an account with this key "
                        + "(time-based, six digits, every 30 seconds):"),
                secret, new Paragraph(uri), new Paragraph("Then enter the code the app shows, to prove it works."),
                code, confirm);
    }
}
