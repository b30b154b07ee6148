package nl.stedenband.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/**
 * WCAG 2.1 AA checks with axe-core, run inside the page the browser shows (Vaadin's components
 * included: axe walks their open shadow roots). Only serious and critical findings count.
 */
final class Accessibility {

    private static final String AXE = "axe.min.js";
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document,
                    { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
              .then(result => done(result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({ id: v.id, impact: v.impact, help: v.help,
                             nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' — ' + (n.failureSummary || '')
                               + [].concat(...(n.any || []).concat(n.all || [], n.none || []).map(c => (c.relatedNodes || [])
                                   .map(r => ' related: ' + r.target.join(' ') + ' ' + (r.html || '').slice(0, 120))))) }))))
              .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]));
            """;

    private static String source;

    private Accessibility() {}

    /** The serious and critical WCAG violations on the page as it is now, one line each. */
    static List<String> violations(Browser browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        js.executeScript(axeSource());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) js.executeAsyncScript(RUN);
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> v : found) {
            lines.add(v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " " + v.get("nodes"));
        }
        return lines;
    }

    private static synchronized String axeSource() {
        if (source == null) {
            try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream(AXE)) {
                if (in == null) {
                    throw new IllegalStateException(AXE + " is not on the test classpath (org.webjars.npm:axe-core)");
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
