package nl.stedenband.base.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Query parameters as a view may read them: a link can be edited by hand, so a view sees at most
 * {@value #MAX_PARAMETERS} parameters of at most {@value #MAX_VALUES} values, each cut to
 * {@value #MAX_LENGTH} characters, whatever the URL (which Tomcat already limits to the header size).
 * No filter of the app needs more, and a search word or id list of kilobytes never reaches a query.
 */
public final class QueryBounds {

    public static final int MAX_PARAMETERS = 20;
    public static final int MAX_VALUES = 20;
    public static final int MAX_LENGTH = 200;

    private QueryBounds() {}

    public static QueryParameters bounded(QueryParameters query) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : query.getParameters().entrySet()) {
            if (kept.size() == MAX_PARAMETERS) {
                break;
            }
            kept.put(
                    cut(e.getKey()),
                    e.getValue().stream()
                            .limit(MAX_VALUES)
                            .map(QueryBounds::cut)
                            .toList());
        }
        return new QueryParameters(kept);
    }

    /** A comma-separated list (ids in one parameter) of at most {@value #MAX_VALUES} items. */
    public static List<String> list(String value) {
        return java.util.Arrays.stream(value.split(",", MAX_VALUES + 1))
                .limit(MAX_VALUES)
                .toList();
    }

    private static String cut(String value) {
        return value.length() <= MAX_LENGTH ? value : value.substring(0, MAX_LENGTH);
    }
}
