package nl.stedenband.base;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Something a service or a record says without knowing the reader's language: a bundle key and its
 * arguments, or a value said as it is stored (a name, a year). The screen says it in its own
 * language ({@link #in}): a {@link Term} argument as a word of the bundles, a date in the reader's
 * date format, another phrase in the same language, anything else as it is.
 *
 * @param key the bundle key, or null for a value said as it is (the one argument)
 * @param args the key's arguments, or the value
 */
public record Phrase(@Nullable String key, List<Object> args) {

    public Phrase {
        args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
    }

    /** The text of a bundle key, its placeholders filled with {@code args}. */
    public static Phrase of(String key, Object... args) {
        return new Phrase(key, Arrays.asList(args));
    }

    /** Text as it is stored, the same in every language: a name, a city, an academic year. */
    public static Phrase text(String text) {
        return new Phrase(null, List.of(text));
    }

    /** A calendar day, in the reader's date format ("3 Mar 2026", "3 mrt 2026"). */
    public static Phrase date(LocalDate date) {
        return new Phrase(null, List.of(date));
    }

    /** The phrase in {@code locale}'s language. */
    public String in(Locale locale) {
        Object[] said = args.stream().map(a -> say(locale, a)).toArray();
        if (key == null) {
            return said.length == 0 ? "" : String.valueOf(said[0]);
        }
        return Bundles.t(locale, key, said);
    }

    /** The phrase in English, for logs and exports without a reader; screens say it with {@link #in}. */
    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }

    private static @Nullable Object say(Locale locale, @Nullable Object arg) {
        return switch (arg) {
            case null -> null;
            case Term term -> term.in(locale);
            case LocalDate date -> LocalFormats.date(locale).format(date);
            case Phrase phrase -> phrase.in(locale);
            default -> arg;
        };
    }
}
