package nl.stedenband.task;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a user typed into the search, for the task title's full-text index in boolean mode: every
 * word as the start of a word ({@code +visa* +dalian*}). Words the index does not hold (shorter
 * than three characters, InnoDB's stopwords) are left out; when nothing is left, the text is
 * looked for as the start of the title. (The same rule as the contact search.)
 */
record TaskSearchText(String booleanQuery, String titlePrefix) {

    /** InnoDB's default full-text stopwords (INFORMATION_SCHEMA.INNODB_FT_DEFAULT_STOPWORD). */
    private static final Set<String> STOPWORDS = Set.of("a", "about", "an", "are", "as", "at", "be", "by", "com",
            "de", "en", "for", "from", "how", "i", "in", "is", "it", "la", "of", "on", "or", "that", "the", "this",
            "to", "was", "what", "when", "where", "who", "will", "with", "und", "www");

    private static final int MIN_TOKEN = 3;

    static @Nullable TaskSearchText of(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        List<String> words = List.of(trimmed.split("[^\\p{L}\\p{N}]+")).stream()
                .filter(w -> w.length() >= MIN_TOKEN && !STOPWORDS.contains(w))
                .toList();
        String query = words.stream().map(w -> "+" + w + "*").collect(Collectors.joining(" "));
        String prefix = trimmed.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return new TaskSearchText(query, prefix);
    }

    boolean usesFullText() {
        return !booleanQuery.isEmpty();
    }
}
