package nl.stedenband.base;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The translation bundles ({@code vaadin-i18n/translations*.properties}) read for a given language,
 * without a screen: what services and records use when they must say something in a language
 * they are given (a timeline line stored in English, a refusal's words, a planner's note). The
 * views read the same bundles in the screen's language through {@code base.ui.Texts}.
 */
public final class Bundles {

    static final String BUNDLE = "vaadin-i18n.translations";

    /** Dutch, the office's own language; English is the bundle without a suffix. */
    public static final Locale DUTCH = Locale.of("nl");

    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, DUTCH);

    /*
     * Without this, a server whose own default language is Dutch would answer an English screen in
     * Dutch: ResourceBundle tries the JVM's locale before the base file.
     */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Bundles() {}

    /** The text of {@code key} in {@code locale}'s language, its placeholders filled. */
    public static String t(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            // I18nBundlesTest keeps keys complete; should one slip through, the key beats an empty label
            pattern = key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, language(locale)).format(args);
    }

    /** Whether {@code text} is a key of the bundles (and not already a text in some language). */
    public static boolean isKey(String text) {
        return bundle(Locale.ENGLISH).containsKey(text);
    }

    /** The language of the bundles that serves {@code locale}: Dutch for any nl, else English. */
    public static Locale language(Locale locale) {
        return DUTCH.getLanguage().equals(locale.getLanguage()) ? DUTCH : Locale.ENGLISH;
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, language(locale), NO_FALLBACK);
    }
}
