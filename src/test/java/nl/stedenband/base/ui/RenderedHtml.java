package nl.stedenband.base.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** What the browser shows of a component whose content is static markup ({@link StaticHtml}). */
public final class RenderedHtml {

    private RenderedHtml() {
    }

    public static Document of(Component component) {
        String html = component.getElement().getProperty("innerHTML", "");
        return Jsoup.parseBodyFragment(html);
    }

    /** The text a reader sees inside the component, its own children's and its markup's. */
    public static String text(Component component) {
        return component.getElement().getTextRecursively() + of(component).body().text();
    }

    /** The texts of the elements the CSS selector finds in the component's markup. */
    public static List<String> texts(Component component, String selector) {
        return of(component).select(selector).eachText();
    }
}
