package nl.stedenband.imports;

import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Names and addresses compared as the database's collation (utf8mb4_unicode_ci) compares them:
 * without regard to case, accents or repeated spaces, so "Café Twente" in the file meets "cafe
 * twente" in the register.
 */
final class Keys {

    private Keys() {}

    static String text(String value) {
        String stripped = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    static String organization(String name, @Nullable Long cityId) {
        return text(name) + "|" + (cityId == null ? "" : cityId);
    }

    static String email(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
