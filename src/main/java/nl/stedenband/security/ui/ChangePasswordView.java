package nl.stedenband.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.stedenband.base.BusinessRuleException;
import nl.stedenband.base.ui.Notifications;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.security.PasswordPolicy;
import nl.stedenband.security.UserService;

/** Choose a new password, giving the current one; the only view open while a change is due. */
@Route("account/password")
@PageTitle("Change password · Stedenband")
@PermitAll
public class ChangePasswordView extends Main {

    final PasswordField current = new PasswordField("Current password");
    final PasswordField chosen = new PasswordField("New password");
    final PasswordField repeated = new PasswordField("New password again");
    final Button save = new Button("Change password");

    public ChangePasswordView(UserService users) {
        addClassName("change-password-view");
        Paragraph why = new Paragraph(users.isPasswordChangeRequired()
                ? "Your password was set by an administrator. Choose your own before you go on."
                : "Choose a new password.");
        why.addClassName("change-password-reason");
        Paragraph rules = new Paragraph("At least " + PasswordPolicy.MIN_LENGTH + " characters (up to "
                + PasswordPolicy.MAX_LENGTH + "). A few unrelated words make a strong password that is easy to type; "
                + "the most common passwords are refused.");
        chosen.setMaxLength(PasswordPolicy.MAX_LENGTH);
        chosen.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters");
        repeated.setMaxLength(PasswordPolicy.MAX_LENGTH);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (!chosen.getValue().equals(repeated.getValue())) {
                repeated.setInvalid(true);
                repeated.setErrorMessage("The two new passwords differ.");
                return;
            }
            try {
                users.changeOwnPassword(current.getValue(), chosen.getValue());
                Notifications.success("Your password is changed");
                UI.getCurrent().navigate("");
            } catch (BusinessRuleException ex) {
                Notifications.error(Texts.message(ex));
            }
        });
        add(new H1("Change password"), why, rules, new FormLayout(current, chosen, repeated), save);
    }
}
