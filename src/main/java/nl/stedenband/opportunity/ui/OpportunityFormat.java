package nl.stedenband.opportunity.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.stedenband.base.ui.Formats;
import nl.stedenband.base.ui.Texts;
import org.jspecify.annotations.Nullable;

/** How the opportunity views write amounts, dates and URL parameters, in the screen's language. */
final class OpportunityFormat {

    private OpportunityFormat() {}

    /** Whole euros with thousands separators: "€ 1,250,000", in Dutch "€ 1.250.000". */
    static String euros(@Nullable BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format =
                new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Texts.language(Texts.locale())));
        return "€ " + format.format(value.setScale(0, RoundingMode.HALF_UP));
    }

    static String day(@Nullable LocalDate day) {
        return day == null ? "" : Formats.date(day);
    }

    /** The next step with its date in front, when it has one. */
    static String nextStep(@Nullable String step, @Nullable LocalDate on) {
        if (step == null && on == null) {
            return "";
        }
        return (on == null ? "" : day(on) + ": ") + (step == null ? "" : step);
    }

    static String first(Map<String, List<String>> parameters, String key) {
        List<String> values = parameters.get(key);
        return values == null || values.isEmpty() ? "" : values.getFirst();
    }

    static @Nullable Long number(String text) {
        try {
            return text.isBlank() ? null : Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
