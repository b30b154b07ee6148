package nl.stedenband.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.stedenband.base.BusinessRuleException;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.security.PasswordPolicy.WeakPasswordException;

/** A refused password said beside its field, with the strength estimator's advice when it has some. */
final class PasswordErrors {

    private static final String PASSWORD_RULES = "security.password.error.";

    private PasswordErrors() {}

    /** Whether the refusal is about the password chosen (and so belongs beside its field). */
    static boolean isAboutPassword(BusinessRuleException refusal) {
        return refusal.key().startsWith(PASSWORD_RULES) && !refusal.key().equals("security.password.error.current");
    }

    static void show(PasswordField field, BusinessRuleException refusal) {
        field.setErrorMessage(text(refusal));
        field.setInvalid(true);
    }

    static void clear(PasswordField field) {
        field.setInvalid(false);
        field.setErrorMessage(null);
    }

    static String text(BusinessRuleException refusal) {
        List<String> parts = new ArrayList<>();
        parts.add(Texts.message(refusal));
        if (refusal instanceof WeakPasswordException weak) {
            UI ui = UI.getCurrent();
            parts.addAll(weak.advice(ui == null ? Locale.ENGLISH : ui.getLocale()));
        }
        return String.join(" ", parts);
    }
}
