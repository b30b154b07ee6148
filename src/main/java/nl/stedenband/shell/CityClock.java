package nl.stedenband.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.stedenband.base.ui.Formats;
import nl.stedenband.base.ui.Texts;

/**
 * One clock of the shell header, like the three clocks in Enschede's city hall. It ticks in the
 * browser ({@code scripts/clocks.js}), not by server round trips; the server renders the first
 * reading so that the clock reads right before the script runs.
 */
@Tag("stedenband-clock")
class CityClock extends Component {


    private final Element time = new Element("span");
    private final Element date = new Element("span");

    CityClock(String cityName, ZoneId zone, boolean home, ZonedDateTime now, ZoneId viewerZone) {
        Element element = getElement();
        element.setAttribute("zone", zone.getId());
        element.setAttribute("title", cityName + " (" + zone.getId() + ")");
        element.setAttribute("role", "group");
        element.setAttribute("aria-label", Texts.t("shell.clock.label", cityName));
        if (home) {
            element.setAttribute("home", "");
        }
        Element city = new Element("span").setText(cityName);
        city.setAttribute("class", "clock-city");
        time.setAttribute("class", "clock-time");
        date.setAttribute("class", "clock-date");
        element.appendChild(city, time, date);

        ZonedDateTime local = now.withZoneSameInstant(zone);
        Locale locale = Texts.locale();
        time.setText(Formats.time(locale).format(local));
        LocalDate viewerDate = now.withZoneSameInstant(viewerZone).toLocalDate();
        date.setText(local.toLocalDate().equals(viewerDate) ? "" : Formats.shortWeekdayDate(locale).format(local));
    }

    String zone() {
        return getElement().getAttribute("zone");
    }

    String cityName() {
        return getElement().getChild(0).getText();
    }

    String timeText() {
        return time.getText();
    }

    String dateText() {
        return date.getText();
    }
}
