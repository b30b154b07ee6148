package nl.stedenband.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;

/**
 * Read-only markup sent as one element's {@code innerHTML}: for what is only looked at (a
 * timeline's cells, a list of sentences, a table of figures), one server-side element instead of
 * one per cell keeps a session small. Every text and attribute value goes through {@link #escape},
 * so nothing a user typed (a city's name, a summary) can become markup.
 */
public final class StaticHtml {

    private final StringBuilder html = new StringBuilder(256);

    /** Opens {@code <tag class="…">}; {@code classes} may be empty. Close it with {@link #close}. */
    public StaticHtml open(String tag, String classes) {
        html.append('<').append(tag);
        if (!classes.isEmpty()) {
            attribute("class", classes);
        }
        html.append('>');
        return this;
    }

    /** Opens a tag and leaves it open for {@link #attribute}; finish with {@link #endOpen}. */
    public StaticHtml start(String tag) {
        html.append('<').append(tag);
        return this;
    }

    public StaticHtml attribute(String name, String value) {
        html.append(' ').append(name).append("=\"");
        escape(value, html);
        html.append('"');
        return this;
    }

    public StaticHtml endOpen() {
        html.append('>');
        return this;
    }

    public StaticHtml text(String text) {
        escape(text, html);
        return this;
    }

    public StaticHtml close(String tag) {
        html.append("</").append(tag).append('>');
        return this;
    }

    /** {@code <tag class="…">text</tag>}. */
    public StaticHtml element(String tag, String classes, String text) {
        return open(tag, classes).text(text).close(tag);
    }

    @Override
    public String toString() {
        return html.toString();
    }

    /** Replaces what the component shows inside it by this markup (its own attributes stay). */
    public void into(Component component) {
        into(component.getElement());
    }

    public void into(Element element) {
        element.removeAllChildren();
        element.setProperty("innerHTML", html.toString());
    }

    /** The text with {@code & < > " '} as entities: safe as element content and as a quoted attribute. */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        escape(text, sb);
        return sb.toString();
    }

    private static void escape(String text, StringBuilder sb) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
    }
}
