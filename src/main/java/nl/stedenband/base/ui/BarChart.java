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
        this.config = new Config(Texts.translated(title), labels.stream().map(Texts::translated).toList(),
                series.stream().map(s -> new Series(Texts.translated(s.label()), s.values(), s.outlined())).toList());
        Div root = getContent();
        root.addClassName("bar-chart");
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

    /** The figures as a table: what a screen reader reads, and what anyone can copy. */
    private Element figures() {
        Element table = new Element("table");
        table.getClassList().add("chart-figures");
        table.appendChild(new Element("caption").setText(config.title()));
        Element head = new Element("tr");
        head.appendChild(new Element("th").setAttribute("scope", "col").setText(""));
        config.labels().forEach(label -> head.appendChild(new Element("th").setAttribute("scope", "col").setText(label)));
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (Series series : config.series()) {
            Element row = new Element("tr");
            row.appendChild(new Element("th").setAttribute("scope", "row").setText(series.label()));
            series.values().forEach(v -> row.appendChild(new Element("td").setText(Formats.number(v))));
            body.appendChild(row);
        }
        table.appendChild(body);
        return table;
    }
}
