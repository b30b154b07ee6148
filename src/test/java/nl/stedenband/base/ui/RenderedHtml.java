package nl.stedenband.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * What the browser shows of static markup ({@link StaticHtml}): the {@code innerHTML} of the
 * component's element and of every element below it, parsed as the browser would.
 */
public final class RenderedHtml {

    private RenderedHtml() {}

    /** The static markup in and below the component, as one document (in tree order). */
    public static Document of(Component component) {
        StringBuilder html = new StringBuilder();
        markup(component.getElement(), html);
        return Jsoup.parseBodyFragment(html.toString());
    }

    private static void markup(Element element, StringBuilder html) {
        if (element.isTextNode()) {
            return;
        }
        String inner = element.getProperty("innerHTML");
        if (inner != null) {
            html.append(inner);
        }
        element.getChildren().forEach(child -> markup(child, html));
    }

    /** The text a reader sees inside the component: its elements' and the static markup in any of them. */
    public static String text(Component component) {
        StringBuilder sb = new StringBuilder();
        text(component.getElement(), sb);
        return sb.toString();
    }

    private static void text(Element element, StringBuilder sb) {
        if (element.isTextNode()) {
            sb.append(element.getText());
            return;
        }
        String html = element.getProperty("innerHTML");
        if (html != null) {
            sb.append(' ').append(Jsoup.parseBodyFragment(html).body().text()).append(' ');
        }
        element.getChildren().forEach(child -> text(child, sb));
    }

    /** The texts of the elements the CSS selector finds in the static markup in and below the component. */
    public static List<String> texts(Component component, String selector) {
        return of(component).select(selector).eachText();
    }
}
