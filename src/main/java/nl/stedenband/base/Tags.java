package nl.stedenband.base;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Free-form labels on records ("alumni", "smart city"): trimmed, lower case, no duplicates. */
public final class Tags {

    public static final int MAX_LENGTH = 40;

    private Tags() {}

    public static Set<String> parse(String text) {
        return normalize(Arrays.asList(text.split(",")));
    }

    public static Set<String> normalize(Collection<String> tags) {
        return tags.stream()
                .map(t -> t.trim().toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty())
                .map(t -> t.length() > MAX_LENGTH ? t.substring(0, MAX_LENGTH) : t)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public static String format(Collection<String> tags) {
        return String.join(", ", new TreeSet<>(tags));
    }
}
