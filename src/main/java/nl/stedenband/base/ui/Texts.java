package nl.stedenband.base.ui;

import com.vaadin.flow.component.UI;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.stedenband.base.BusinessRuleException;

/**
 * The translation bundles for code that has no component at hand (notifications, dialogs, messages
 * of refused actions). Components call {@code getTranslation} themselves; both read
 * {@code vaadin-i18n/translations*.properties} in the locale of the current screen.
 */
public final class Texts {

    static final String BUNDLE = "vaadin-i18n.translations";

    private Texts() {}

    /** The text of {@code key} in the screen's language, its placeholders filled. */
    public static String t(String key, Object... args) {
        return t(locale(), key, args);
    }

    public static String t(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            // I18nBundlesTest keeps keys complete; should one slip through, the key beats an empty label
            pattern = key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** What to tell the user about a refused action. */
    public static String message(RuntimeException e) {
        if (e instanceof BusinessRuleException refusal) {
            return t(refusal.key(), refusal.args());
        }
        return String.valueOf(e.getMessage());
    }

    /** The locale of the current screen; English outside one. */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui != null ? ui.getLocale() : Locale.ENGLISH;
    }
}
