package nl.stedenband.opportunity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a user typed into a search box, as a MariaDB full-text query in boolean mode: every word
 * must occur as the start of a word ({@code +lumen* +hub*}). Words the full-text index does not hold
 * (shorter than three characters, InnoDB's stopwords) are left out; when nothing is left, the
 * search falls back to the start of the title, which has an index too. (The same rule as the
 * contact search.)
 */
record SearchWords(String booleanQuery, String prefix) {

    /** InnoDB's default full-text stopwords (INFORMATION_SCHEMA.INNODB_FT_DEFAULT_STOPWORD). */
    private static final Set<String> STOPWORDS = Set.of("a", "about", "an", "are", "as", "at", "be", "by", "com",
            "de", "en", "for", "from", "how", "i", "in", "is", "it", "la", "of", "on", "or", "that", "the", "this",
            "to", "was", "what", "when", "where", "who", "will", "with", "und", "www");

    private static final int MIN_TOKEN = 3;

    static @Nullable SearchWords of(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        List<String> words = List.of(trimmed.split("[^\\p{L}\\p{N}]+")).stream()
                .filter(w -> w.length() >= MIN_TOKEN && !STOPWORDS.contains(w))
                .toList();
        String query = words.stream().map(w -> "+" + w + "*").collect(Collectors.joining(" "));
        String prefix = trimmed.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return new SearchWords(query, prefix);
    }

    boolean usesFullText() {
        return !booleanQuery.isEmpty();
    }
}
