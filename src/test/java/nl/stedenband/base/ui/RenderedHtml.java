package nl.stedenband.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
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

    /** The texts of the elements the CSS selector finds in the component's markup. */
    public static List<String> texts(Component component, String selector) {
        return of(component).select(selector).eachText();
    }
}
