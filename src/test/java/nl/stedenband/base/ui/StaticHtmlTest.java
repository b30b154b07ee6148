package nl.stedenband.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;

/** Static markup shows a name as typed, never as markup of its own. */
class StaticHtmlTest {

    @Test
    void textsAndAttributesAreEscaped() {
        Div div = new Div();
        new StaticHtml()
                .start("span")
                .attribute("title", "\"><script>alert(1)</script>")
                .endOpen()
                .text("Tom & Jerry <b>'s</b>")
                .close("span")
                .into(div);

        assertThat(div.getElement().getProperty("innerHTML"))
                .isEqualTo(
                        "<span title=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">Tom &amp; Jerry &lt;b&gt;&#39;s&lt;/b&gt;</span>");
        assertThat(RenderedHtml.of(div).select("span").attr("title")).isEqualTo("\"><script>alert(1)</script>");
        assertThat(RenderedHtml.texts(div, "span")).containsExactly("Tom & Jerry <b>'s</b>");
        assertThat(RenderedHtml.of(div).select("script, b")).isEmpty();
    }
}
