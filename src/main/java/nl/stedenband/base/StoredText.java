package nl.stedenband.base;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A line the app writes into a single text column (a contact's last privacy request, a note left in
 * the history) as a bundle key with its arguments, so that every reader sees it in their own
 * language: {@code key␟arg␟arg}. Arguments that are bundle keys themselves are said as words too.
 * Columns with room for it keep the key and the arguments apart instead (timeline, task titles).
 */
public final class StoredText {

    // a character nobody types, as the timeline uses between its arguments
    private static final String SEPARATOR = "\u001F";

    private StoredText() {}

    /** The line of {@code key} with {@code args}, as stored. */
    public static String of(String key, String... args) {
        return args.length == 0 ? key : key + SEPARATOR + String.join(SEPARATOR, args);
    }

    /** The key and arguments of a stored line; empty for text people typed. */
    public static Optional<List<String>> parts(String stored) {
        List<String> parts = Arrays.asList(stored.split(SEPARATOR, -1));
        return Bundles.isKey(parts.getFirst()) ? Optional.of(List.copyOf(parts)) : Optional.empty();
    }

    public static boolean isStored(String text) {
        return parts(text).isPresent();
    }

    /** The line in {@code locale}'s language; text people typed as it is. */
    public static String say(Locale locale, String stored) {
        return parts(stored)
                .map(parts -> Bundles.t(
                        locale,
                        parts.getFirst(),
                        parts.subList(1, parts.size()).stream()
                                .map(a -> Bundles.isKey(a) ? Bundles.t(locale, a) : a)
                                .toArray()))
                .orElse(stored);
    }
}
