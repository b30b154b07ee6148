package nl.stedenband.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import nl.stedenband.base.BusinessRuleException;
import nl.stedenband.base.ui.Languages;
import nl.stedenband.base.ui.Notifications;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.security.AppUser;
import nl.stedenband.security.TotpSetup;
import nl.stedenband.security.UserService;
import org.jspecify.annotations.Nullable;

/** The signed-in user's own account: language, password and second factor. */
@Route("account")
@PageTitle("shell.myAccount")
@PermitAll
public class AccountView extends Main {

    /** The picker's value for "no preference of my own". */
    static final String FOLLOW_BROWSER = "browser";

    private final UserService users;
    private final Div secondFactor = new Div();

    public AccountView(UserService users) {
        this.users = users;
        addClassName("account-view");
        AppUser user = users.currentUser().orElseThrow();
        Paragraph who =
                new Paragraph(getTranslation("security.account.signedInAs", user.getUsername(), user.getDisplayName()));
        Button password = new Button(
                getTranslation("security.password.title"), e -> UI.getCurrent().navigate(ChangePasswordView.class));
        password.addClassName("change-password");
        secondFactor.addClassName("second-factor");
        add(
                new H1(getTranslation("shell.myAccount")),
                who,
                new H2(getTranslation("security.account.language")),
                languagePicker(user.getPreferredLanguage()),
                new H2(getTranslation("security.account.password")),
                password,
                new H2(getTranslation("security.account.secondFactor")),
                secondFactor);
        showSecondFactor(user.isTotpEnabled());
    }

    /** Takes effect at once: the page is shown again in the chosen language. */
    private RadioButtonGroup<String> languagePicker(@Nullable String preferred) {
        RadioButtonGroup<String> picker = new RadioButtonGroup<>(getTranslation("security.account.language.label"));
        picker.addClassName("language-picker");
        picker.setItems(FOLLOW_BROWSER, "nl", "en");
        picker.setItemLabelGenerator(code -> FOLLOW_BROWSER.equals(code)
                ? getTranslation("security.account.language.browser")
                : getTranslation("language." + code));
        picker.setValue(preferred == null ? FOLLOW_BROWSER : preferred);
        picker.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null) {
                return;
            }
            String code = FOLLOW_BROWSER.equals(e.getValue()) ? null : e.getValue();
            try {
                users.setPreferredLanguage(code);
            } catch (BusinessRuleException ex) {
                Notifications.error(Texts.message(ex));
                return;
            }
            Locale chosen = Languages.ofCode(code);
            Languages.chooseForSession(chosen);
            UI ui = UI.getCurrent();
            Locale language = Languages.decide(chosen);
            ui.getSession().setLocale(language);
            Languages.show(ui, language);
            ui.getPage().reload();
        });
        return picker;
    }

    private void showSecondFactor(boolean enabled) {
        secondFactor.removeAll();
        TextField code = new TextField(getTranslation("security.account.code"));
        code.setMaxLength(7);
        code.setAllowedCharPattern("[0-9 ]");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        if (enabled) {
            Paragraph state = new Paragraph(getTranslation("security.account.totp.on"));
            state.addClassName("second-factor-state");
            Button off = new Button(getTranslation("security.account.totp.turnOff"), e -> {
                try {
                    users.disableTotp(code.getValue());
                    Notifications.success(getTranslation("security.account.totp.isOff"));
                    showSecondFactor(false);
                } catch (BusinessRuleException ex) {
                    Notifications.error(Texts.message(ex));
                }
            });
            off.addThemeVariants(ButtonVariant.LUMO_ERROR);
            secondFactor.add(state, code, off);
            return;
        }
        Paragraph state = new Paragraph(getTranslation("security.account.totp.off"));
        state.addClassName("second-factor-state");
        Button start =
                new Button(getTranslation("security.account.totp.setUp"), e -> showSetup(users.startTotpSetup()));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClassName("totp-set-up");
        secondFactor.add(state, start);
    }

    private void showSetup(TotpSetup setup) {
        secondFactor.removeAll();
        Image qr = new Image(QrCode.pngDataUri(setup.uri()), getTranslation("security.account.totp.qr"));
        qr.addClassName("totp-qr");
        Span secret = new Span(setup.groupedSecret());
        secret.addClassName("totp-secret");
        Anchor uri = new Anchor();
        // otpauth: is not a web scheme, but this address is the app's own, not a user's input
        uri.setUnsafeHref(setup.uri());
        uri.setText(getTranslation("security.account.totp.open"));
        uri.addClassName("totp-uri");
        TextField code = new TextField(getTranslation("security.account.code"));
        code.setMaxLength(7);
        code.setAllowedCharPattern("[0-9 ]");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        Button confirm = new Button(getTranslation("security.account.totp.turnOn"), e -> {
            try {
                users.confirmTotp(code.getValue());
                Notifications.success(getTranslation("security.account.totp.isOn"));
                showSecondFactor(true);
            } catch (BusinessRuleException ex) {
                Notifications.error(Texts.message(ex));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        secondFactor.add(
                new Paragraph(getTranslation("security.account.totp.scan")),
                qr,
                new Paragraph(getTranslation("security.account.totp.addKey")),
                secret,
                new Paragraph(uri),
                new Paragraph(getTranslation("security.account.totp.enterCode")),
                code,
                confirm);
    }
}
