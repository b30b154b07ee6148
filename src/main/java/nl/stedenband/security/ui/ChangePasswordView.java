package nl.stedenband.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
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
@PageTitle("security.password.title")
@PermitAll
public class ChangePasswordView extends Main {

    final PasswordField current = new PasswordField(Texts.t("security.password.current"));
    final PasswordField chosen = new PasswordField(Texts.t("security.password.new"));
    final PasswordField repeated = new PasswordField(Texts.t("security.password.repeat"));
    final Button save = new Button(Texts.t("security.password.title"));

    public ChangePasswordView(UserService users) {
        addClassName("change-password-view");
        Paragraph why = new Paragraph(
                users.isPasswordChangeRequired()
                        ? getTranslation("security.password.reasonRequired")
                        : getTranslation("security.password.reason"));
        why.addClassName("change-password-reason");
        Paragraph rules = new Paragraph(
                getTranslation("security.password.rules", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        current.setMaxLength(PasswordPolicy.MAX_FIELD_LENGTH);
        chosen.setMaxLength(PasswordPolicy.MAX_FIELD_LENGTH);
        chosen.setHelperText(getTranslation("security.password.minLength", PasswordPolicy.MIN_LENGTH));
        repeated.setMaxLength(PasswordPolicy.MAX_FIELD_LENGTH);
        // said when the field is left, not only at saving: the rules go beyond a length
        chosen.addValueChangeListener(e -> {
            if (chosen.getValue().isEmpty()) {
                PasswordErrors.clear(chosen);
            } else {
                users.newPasswordProblem(chosen.getValue())
                        .ifPresentOrElse(
                                problem -> PasswordErrors.show(chosen, problem), () -> PasswordErrors.clear(chosen));
            }
        });
        current.addValueChangeListener(e -> PasswordErrors.clear(current));
        repeated.addValueChangeListener(e -> PasswordErrors.clear(repeated));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (!chosen.getValue().equals(repeated.getValue())) {
                repeated.setInvalid(true);
                repeated.setErrorMessage(getTranslation("security.password.differ"));
                return;
            }
            try {
                users.changeOwnPassword(current.getValue(), chosen.getValue());
                Notifications.success(getTranslation("security.password.changed"));
                UI.getCurrent().navigate("");
            } catch (BusinessRuleException ex) {
                if (ex.key().equals("security.password.error.current")) {
                    PasswordErrors.show(current, ex);
                } else if (PasswordErrors.isAboutPassword(ex)) {
                    PasswordErrors.show(chosen, ex);
                } else {
                    Notifications.error(Texts.message(ex));
                }
            }
        });
        add(new H1(getTranslation("security.password.title")), why, rules, fields(current, chosen, repeated), save);
    }

    /** One column: an explanation under a field pushes the next one down, at every width. */
    private static Div fields(PasswordField... fields) {
        Div column = new Div(fields);
        column.addClassName("password-fields");
        return column;
    }
}
