package nl.stedenband.base;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a user typed into a search box, as a MariaDB full-text query in boolean mode: every word
 * must occur, as the start of a word ({@code +bakk* +enschede*}). Words the full-text index does
 * not hold (shorter than three characters, InnoDB's stopwords such as "de") are left out; when
 * nothing is left, the search falls back to the start of the name (a LIKE pattern, escaped with
 * {@code !}), which has an index too.
 */
public record SearchText(String booleanQuery, String prefixPattern) {

    /** InnoDB's default full-text stopwords (INFORMATION_SCHEMA.INNODB_FT_DEFAULT_STOPWORD). */
    private static final Set<String> STOPWORDS = Set.of(
            "a", "about", "an", "are", "as", "at", "be", "by", "com", "de", "en", "for", "from", "how", "i", "in", "is",
            "it", "la", "of", "on", "or", "that", "the", "this", "to", "was", "what", "when", "where", "who", "will",
            "with", "und", "www");

    private static final int MIN_TOKEN = 3;

    public static @Nullable SearchText of(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        List<String> words = List.of(trimmed.split("[^\\p{L}\\p{N}]+")).stream()
                .filter(w -> w.length() >= MIN_TOKEN && !STOPWORDS.contains(w))
                .toList();
        String query = words.stream().map(w -> "+" + w + "*").collect(Collectors.joining(" "));
        String prefix = trimmed.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return new SearchText(query, prefix);
    }

    public boolean usesFullText() {
        return !booleanQuery.isEmpty();
    }

    /**
     * A native SQL condition for a name search on one table, with the parameter {@code :search}:
     * the full-text index when the text has words it holds, else the start of the name.
     */
    public String sqlCondition(String fullTextColumns, String prefixColumn) {
        return usesFullText()
                ? "MATCH(" + fullTextColumns + ") AGAINST (:search IN BOOLEAN MODE)"
                : prefixColumn + " LIKE :search ESCAPE '!'";
    }

    /** The value of {@code :search} in {@link #sqlCondition}. */
    public String sqlParameter() {
        return usesFullText() ? booleanQuery : prefixPattern;
    }
}
