package nl.stedenband.imports;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Names and addresses compared as the database's collation (utf8mb4_unicode_ci) compares them:
 * without regard to case, accents or repeated spaces, so "Café Twente" in the file meets "cafe
 * twente" in the register. Called several times per row, so plain ASCII skips the Unicode work.
 */
final class Keys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private Keys() {}

    static String text(String value) {
        String folded = value;
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) > 0x7F) {
                folded = MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFD))
                        .replaceAll("");
                break;
            }
        }
        StringBuilder key = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c)) {
                space = key.length() > 0;
            } else {
                if (space) {
                    key.append(' ');
                    space = false;
                }
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }

    /**
     * An organization's name as the import matches it: {@link #text} with punctuation as a space
     * too, so "Tesla Motors, Inc." is "tesla motors inc" — as the column {@code organization.name_key}
     * (V19) compares it.
     */
    static String name(String name) {
        String folded = text(name);
        StringBuilder key = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && key.length() > 0) {
                    key.append(' ');
                }
                space = false;
                key.append(c);
            } else {
                space = true;
            }
        }
        return key.toString();
    }

    static String organization(String name, @Nullable Long cityId) {
        return name(name) + "|" + (cityId == null ? "" : cityId);
    }

    static String email(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
