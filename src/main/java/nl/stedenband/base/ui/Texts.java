package nl.stedenband.base.ui;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.stedenband.base.Bundles;
import nl.stedenband.base.BusinessRuleException;
import nl.stedenband.base.Phrase;
import nl.stedenband.base.RecordDirectory;
import nl.stedenband.base.RecordLink;
import nl.stedenband.base.RecordNotFoundException;
import nl.stedenband.base.Term;

/**
 * The translation bundles for code that has no component at hand (notifications, dialogs, messages
 * of refused actions). Components call {@code getTranslation} themselves; both read
 * {@code vaadin-i18n/translations*.properties} in the locale of the current screen.
 */
public final class Texts {

    /** Dutch, the office's own language; English is the bundle without a suffix. */
    public static final Locale DUTCH = Bundles.DUTCH;

    public static final List<Locale> LANGUAGES = Bundles.LANGUAGES;

    private Texts() {}

    /** The text of {@code key} in the screen's language, its placeholders filled. */
    public static String t(String key, Object... args) {
        return t(locale(), key, args);
    }

    public static String t(Locale locale, String key, Object... args) {
        return Bundles.t(locale, key, args);
    }

    /** Whether {@code text} is a key of the bundles (and not already a text in some language). */
    public static boolean isKey(String text) {
        return Bundles.isKey(text);
    }
    /**
     * The text of {@code keyOrText} if it is a key, else the text itself: for shared code whose
     * callers pass either (feature views not yet translated pass English).
     */
    public static String translated(String keyOrText, Object... args) {
        return isKey(keyOrText) ? t(keyOrText, args) : keyOrText;
    }

    /**
     * The display name of an enum constant shown to users, from the key {@code
     * enum.<enumName>.<CONSTANT>} (e.g. {@code enum.organizationType.COMPANY}).
     */
    public static String label(Enum<?> value) {
        return t(enumKey(value));
    }

    public static String enumKey(Enum<?> value) {
        return Term.keyOf(value);
    }

    /** What a service said without a language ({@link Phrase}), in the screen's language. */
    public static String say(Phrase phrase) {
        return phrase.in(locale());
    }

    /**
     * The kind of a linked record for people ("Contact", "Contactpersoon"), by its type (e.g.
     * {@code CONTACT}, key {@code base.recordType.CONTACT}); a kind without a key shows its type.
     */
    public static String recordType(RecordLink link) {
        String key = RecordDirectory.TYPE_KEY + link.type();
        return isKey(key) ? t(key) : link.type();
    }

    /** A linked record's name in the screen's language. */
    public static String recordTitle(RecordLink link) {
        return say(link.title());
    }

    /** A linked record's line of detail ("University · Palo Alto"), or "" when it has none. */
    public static String recordDetail(RecordLink link) {
        return String.join(
                " · ",
                link.detail().stream().map(Texts::say).filter(s -> !s.isBlank()).toList());
    }

    /** A linked record as a reference in a list: its kind and name ("Contact · Jan Jansen"). */
    public static String recordReference(RecordLink link) {
        return recordType(link) + " · " + recordTitle(link);
    }

    public static ResourceBundle bundle(Locale locale) {
        return Bundles.bundle(locale);
    }

    /** What to tell the user about a refused action. */
    public static String message(RuntimeException e) {
        if (e instanceof BusinessRuleException refusal) {
            Locale locale = locale();
            // words of the bundles (status names) and dates among the arguments in the screen's language too
            Object[] args = Arrays.stream(refusal.args())
                    .map(a -> switch (a) {
                        case Term term -> term.in(locale);
                        case LocalDate date -> Formats.date(locale).format(date);
                        default -> a;
                    })
                    .toArray();
            return t(locale, refusal.key(), args);
        }
        if (e instanceof RecordNotFoundException notFound) {
            return t("base.record.notFound", capitalized(translated(notFound.what())), notFound.id());
        }
        String message = String.valueOf(e.getMessage());
        if (isKey(message)) {
            // e.g. an AccessDeniedException whose message is a key of the bundles
            return t(message);
        }
        // Spring's own "Access Denied" and the like
        return e instanceof org.springframework.security.access.AccessDeniedException
                ? t("base.accessDenied")
                : message;
    }

    /** The locale of the current screen; English outside one. */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui != null ? ui.getLocale() : Locale.ENGLISH;
    }

    /** The language of the bundles that serves {@code locale}: Dutch for any nl, else English. */
    public static Locale language(Locale locale) {
        return Bundles.language(locale);
    }

    public static String capitalized(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(locale()) + s.substring(1);
    }
}
