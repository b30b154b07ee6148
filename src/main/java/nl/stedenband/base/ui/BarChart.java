package nl.stedenband.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.List;

/**
 * A bar chart drawn in the browser by Chart.js (free, from a WebJar; Vaadin Charts is commercial),
 * with the same figures in a table beside it: numbers on the bars, series named in the legend and
 * outlined or filled, so that nothing depends on telling colours apart.
 */
public class BarChart extends Composite<Div> {

    /** Kept in step with the WebJar's version in pom.xml; a test checks that the file exists. */
    public static final String CHART_JS = "webjars/chart.js/4.5.1/dist/chart.umd.min.js";

    /** One row of figures; outlined bars tell a second series apart without colour (e.g. quota). */
    public record Series(String label, List<? extends Number> values, boolean outlined) {}

    /** What the browser draws; serialised as the element's {@code config} property. */
    public record Config(String title, List<String> labels, List<Series> series) {}

    private final Config config;

    /** The title, labels and series names are texts in the screen's language (or bundle keys). */
    public BarChart(String title, List<String> labels, List<Series> series) {
        this.config = new Config(
                Texts.translated(title),
                labels.stream().map(Texts::translated).toList(),
                series.stream()
                        .map(s -> new Series(Texts.translated(s.label()), s.values(), s.outlined()))
                        .toList());
        Div root = getContent();
        root.addClassName("bar-chart");
        // many bars (a year with many programmes) make the chart scroll sideways: the keyboard must
        // reach it to scroll it, and a screen reader names it by its title (WCAG 2.1.1)
        root.getElement().setAttribute("tabindex", "0");
        root.getElement().setAttribute("role", "region");
        root.getElement().setAttribute("aria-label", config.title());
        Element canvasHost = new Element("stedenband-chart");
        canvasHost.getClassList().add("bar-chart-canvas");
        canvasHost.setAttribute("aria-hidden", "true");
        canvasHost.setPropertyBean("config", config);
        root.getElement().appendChild(canvasHost, figures());
    }

    public Config config() {
        return config;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().addJavaScript("context://" + CHART_JS);
        event.getUI().getPage().addJavaScript("context://scripts/charts.js");
    }

    /**
     * The figures as a table: what a screen reader reads, and what anyone can copy. Static markup
     * in the one table element, so that a cell is not a server-side element of its own.
     */
    private Element figures() {
        Element table = new Element("table");
        table.getClassList().add("chart-figures");
        StaticHtml html = new StaticHtml()
                .element("caption", "", config.title())
                .open("thead", "")
                .open("tr", "")
                .start("th")
                .attribute("scope", "col")
                .endOpen()
                .close("th");
        config.labels()
                .forEach(label -> html.start("th")
                        .attribute("scope", "col")
                        .endOpen()
                        .text(label)
                        .close("th"));
        html.close("tr").close("thead").open("tbody", "");
        for (Series series : config.series()) {
            html.open("tr", "")
                    .start("th")
                    .attribute("scope", "row")
                    .endOpen()
                    .text(series.label())
                    .close("th");
            series.values().forEach(v -> html.element("td", "", Formats.number(v)));
            html.close("tr");
        }
        html.close("tbody").into(table);
        return table;
    }
}
