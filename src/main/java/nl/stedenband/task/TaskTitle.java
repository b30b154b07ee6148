package nl.stedenband.task;

import java.util.List;
import java.util.Locale;
import nl.stedenband.base.Bundles;
import nl.stedenband.base.Phrase;
import org.jspecify.annotations.Nullable;

/**
 * A task's title as stored: the words a person typed, or a title the app made (a follow-up of an
 * outcome) as a bundle key with its arguments, said in each reader's language.
 *
 * @param words the typed title, or the words the app's title is about (what search and sort read)
 * @param key the bundle key of a title the app made; null for a typed one
 * @param args the key's arguments
 */
public record TaskTitle(String words, @Nullable String key, List<String> args) {

    /** The key of a follow-up made of an outcome or a note: "Follow up: {0}". */
    public static final String FOLLOW_UP = "task.title.followUp";

    // a character nobody types, so a title with any punctuation is one argument (as on the timeline)
    static final String SEPARATOR = "\u001F";

    public TaskTitle {
        args = List.copyOf(args);
    }

    public static TaskTitle typed(String words) {
        return new TaskTitle(words, null, List.of());
    }

    /** A follow-up of {@code text}: "Follow up: " and the text, in the reader's language. */
    public static TaskTitle followUp(String text) {
        return new TaskTitle(text, FOLLOW_UP, List.of(text));
    }

    static TaskTitle stored(String words, @Nullable String key, @Nullable String joinedArgs) {
        return new TaskTitle(
                words, key, key == null || joinedArgs == null ? List.of() : List.of(joinedArgs.split(SEPARATOR, -1)));
    }

    public boolean isTyped() {
        return key == null;
    }

    /** The title as a reader of {@code locale} sees it. */
    public String in(Locale locale) {
        return key == null ? words : Bundles.t(locale, key, args.toArray());
    }

    /** The title for a screen to say in its reader's language. */
    public Phrase phrase() {
        return key == null ? Phrase.text(words) : Phrase.of(key, args.toArray());
    }

    @Nullable
    String joinedArgs() {
        return key == null || args.isEmpty() ? null : String.join(SEPARATOR, args);
    }

    /** English, for logs; screens say it with {@link #in}. */
    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }
}
