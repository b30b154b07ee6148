package nl.stedenband;

import java.util.Locale;
import nl.stedenband.base.ui.Texts;

/** What a refusal says to an English-speaking user; services name only bundle keys. */
public final class Refusals {

    private Refusals() {}

    public static String english(Throwable refusal) {
        if (refusal instanceof RuntimeException e) {
            return Texts.message(e);
        }
        return String.valueOf(refusal.getMessage());
    }

    /** The English text of a key, its placeholders filled. */
    public static String english(String key, Object... args) {
        return Texts.t(Locale.ENGLISH, key, args);
    }
}
