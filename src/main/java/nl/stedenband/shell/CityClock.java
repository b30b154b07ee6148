package nl.stedenband.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import nl.stedenband.base.ui.Formats;
import nl.stedenband.base.ui.StaticHtml;
import nl.stedenband.base.ui.Texts;
import org.jsoup.Jsoup;

/**
 * One clock of the shell header, like the three clocks in Enschede's city hall. It ticks in the
 * browser ({@code scripts/clocks.js}), not by server round trips; the server renders the first
 * reading so that the clock reads right before the script runs.
 */
@Tag("stedenband-clock")
class CityClock extends Component {

    CityClock(String cityName, ZoneId zone, boolean home, ZonedDateTime now, ZoneId viewerZone) {
        Element element = getElement();
        element.setAttribute("zone", zone.getId());
        element.setAttribute("title", cityName + " (" + zone.getId() + ")");
        element.setAttribute("role", "group");
        element.setAttribute("aria-label", Texts.t("shell.clock.label", cityName));
        if (home) {
            element.setAttribute("home", "");
        }
        ZonedDateTime local = now.withZoneSameInstant(zone);
        Locale locale = Texts.locale();
        // the browser writes the date in the screen's language too
        element.setAttribute("lang", locale.toLanguageTag());
        LocalDate viewerDate = now.withZoneSameInstant(viewerZone).toLocalDate();
        // the three spans are static markup: the browser ticks them, the server never reads them back
        new StaticHtml()
                .element("span", "clock-city", cityName)
                .element("span", "clock-time", Formats.time(locale).format(local))
                .element(
                        "span",
                        "clock-date",
                        local.toLocalDate().equals(viewerDate)
                                ? ""
                                : Formats.shortWeekdayDate(locale).format(local))
                .into(element);
    }

    String zone() {
        return getElement().getAttribute("zone");
    }

    String cityName() {
        return shown(".clock-city");
    }

    String timeText() {
        return shown(".clock-time");
    }

    String dateText() {
        return shown(".clock-date");
    }

    private String shown(String selector) {
        return Jsoup.parseBodyFragment(getElement().getProperty("innerHTML", ""))
                .select(selector)
                .text();
    }
}
