package nl.stedenband.base;

import java.util.Locale;

/**
 * A word of the translation bundles used as an argument of a refusal, such as a status name in
 * "A draft mission cannot become underway". A service knows no locale, so it passes the word's key;
 * the view that shows the message says the word in the screen's language ({@link #in}).
 *
 * @param key the bundle key of the word, e.g. {@code enum.missionStatus.DRAFT}
 * @param lowerCase whether the word stands inside a sentence (the bundles hold labels, capitalised)
 */
public record Term(String key, boolean lowerCase) {

    /** The word as it stands inside a sentence: "draft", "in discussion". */
    public static Term lower(String key) {
        return new Term(key, true);
    }

    /** The word as the bundle writes it, e.g. a name. */
    public static Term of(String key) {
        return new Term(key, false);
    }

    /**
     * The bundle key of an enum constant shown to users: {@code enum.<enumName>.<CONSTANT>}, e.g.
     * {@code enum.organizationType.COMPANY}; a nested enum is named with its owner
     * ({@code TaskFilter.Show} → {@code taskFilterShow}).
     */
    public static String keyOf(Enum<?> value) {
        Class<?> declaring = value.getDeclaringClass();
        String type = (declaring.getEnclosingClass() == null
                        ? ""
                        : declaring.getEnclosingClass().getSimpleName())
                + declaring.getSimpleName();
        return "enum." + Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name();
    }

    /** The word in {@code locale}'s language, in lower case inside a sentence. */
    public String in(Locale locale) {
        String word = Bundles.t(locale, key);
        return lowerCase ? word.toLowerCase(locale) : word;
    }

    /** The word in English, for logs; screens say it with {@link #in}. */
    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }
}
