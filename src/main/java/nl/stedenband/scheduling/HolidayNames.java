package nl.stedenband.scheduling;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.stedenband.base.Bundles;

/**
 * A public holiday's name in the screen's language, from Jollyday's own translations ("Koningsdag",
 * "Maannieuwjaarsdag"). The planner carries the English name; it leads back to Jollyday's key. A
 * name Jollyday does not translate stays English.
 */
final class HolidayNames {

    private static final String DESCRIPTIONS = "descriptions.holiday_descriptions";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final Map<String, String> KEY_BY_ENGLISH = keysByEnglishName();

    private HolidayNames() {}

    static String in(Locale locale, String englishName) {
        Locale language = Bundles.language(locale);
        String key = KEY_BY_ENGLISH.get(englishName);
        if (key == null || language.equals(Locale.ENGLISH)) {
            return englishName;
        }
        try {
            return ResourceBundle.getBundle(DESCRIPTIONS, language, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return englishName;
        }
    }

    private static Map<String, String> keysByEnglishName() {
        Map<String, String> keys = new HashMap<>();
        try {
            ResourceBundle english = ResourceBundle.getBundle(DESCRIPTIONS, Locale.ROOT, NO_FALLBACK);
            for (String key : english.keySet()) {
                keys.putIfAbsent(english.getString(key), key);
            }
        } catch (MissingResourceException e) {
            // without Jollyday's descriptions every name stays as the planner has it
        }
        return Map.copyOf(keys);
    }
}
