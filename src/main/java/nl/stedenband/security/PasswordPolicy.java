package nl.stedenband.security;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.stedenband.base.BusinessRuleException;

/**
 * The password rules of OWASP ASVS 5 (level 2) and NIST SP 800-63B: 12 to 128 characters of
 * anything (counted after NFKC normalisation, as the password is hashed), not made of words
 * everyone here knows (the user's own names, the app's, the cities'), and not easy to guess by
 * the zxcvbn strength estimator, which knows the common passwords, names, keyboard patterns,
 * dates and repeats. Composition rules (a digit, a capital…) are left out on purpose: they push
 * people towards "Password1!" and away from long passphrases.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /**
     * The most a password field takes in UTF-16 units, which is what a browser's maxlength counts:
     * 128 characters outside the Basic Multilingual Plane (emoji) are 256 units.
     */
    public static final int MAX_FIELD_LENGTH = 2 * MAX_LENGTH;

    /** zxcvbn's "safely unguessable" (about 10⁸ guesses and more); 0–2 are refused. */
    static final int MIN_SCORE = 3;

    /** The app's own words, which every attacker aiming at this office tries first. */
    static final List<String> PRODUCT_WORDS = List.of("stedenband", "enschede");

    /** After the known words are taken out, fewer letters and digits than this are no password of one's own. */
    private static final int MIN_OWN_CHARACTERS = 6;

    /** Parts of names shorter than this ("de", "of") are too common to refuse. */
    private static final int MIN_WORD_LENGTH = 3;

    // no look-alikes (0/O, 1/l/I), so that a password read off the screen is typed right
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final PasswordPolicy STANDARD = new PasswordPolicy();

    private final Zxcvbn estimator = new Zxcvbn();

    private PasswordPolicy() {}

    public static PasswordPolicy standard() {
        return STANDARD;
    }

    /**
     * Why the password is refused (a bundle key and its values, a {@link WeakPasswordException}
     * with the estimator's advice when it is easy to guess); empty when it is acceptable.
     *
     * @param knownWords the user's own words (username, display name) and those of this
     *     installation (the cities); the app's own name is always among them
     */
    public Optional<BusinessRuleException> problem(String password, Collection<String> knownWords) {
        if (password.length() > PasswordHashing.LONGEST_INPUT) {
            return Optional.of(new BusinessRuleException("security.password.error.long", MAX_LENGTH));
        }
        String normalised = PasswordHashing.normalise(password);
        int length = normalised.codePointCount(0, normalised.length());
        if (length < MIN_LENGTH) {
            return Optional.of(new BusinessRuleException("security.password.error.short", MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(new BusinessRuleException("security.password.error.long", MAX_LENGTH));
        }
        String lower = normalised.toLowerCase(Locale.ROOT);
        List<String> words = words(knownWords);
        List<String> used = new ArrayList<>();
        String rest = lower;
        for (String word : words) {
            if (rest.contains(word)) {
                used.add(word);
                rest = rest.replace(word, " ");
            }
        }
        if (!used.isEmpty() && ownCharacters(rest) < MIN_OWN_CHARACTERS) {
            return Optional.of(new BusinessRuleException(
                    "security.password.error.knownWords",
                    String.join(", ", used.stream().sorted().toList())));
        }
        Strength strength = estimator.measure(normalised, words);
        if (strength.getScore() < MIN_SCORE) {
            return Optional.of(new WeakPasswordException(strength.getFeedback()));
        }
        return Optional.empty();
    }

    /** Only the length rule: for passwords that are known words by design (the demo users'). */
    static void checkLength(String password) {
        String normalised = PasswordHashing.normalise(password);
        int length = normalised.codePointCount(0, normalised.length());
        if (length < MIN_LENGTH) {
            throw new BusinessRuleException("security.password.error.short", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new BusinessRuleException("security.password.error.long", MAX_LENGTH);
        }
    }

    public void check(String password, Collection<String> knownWords) {
        problem(password, knownWords).ifPresent(refusal -> {
            throw refusal;
        });
    }

    /** A random password for a new account or a reset, shown once to the administrator. */
    public static String generate() {
        StringBuilder sb = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** Each known word, whole and in its parts, lower case; longest first, so that "palo alto" goes before "alto". */
    private static List<String> words(Collection<String> knownWords) {
        Set<String> words = new LinkedHashSet<>();
        List<String> all = new ArrayList<>(PRODUCT_WORDS);
        all.addAll(knownWords);
        for (String known : all) {
            String lower =
                    PasswordHashing.normalise(known).toLowerCase(Locale.ROOT).strip();
            addWord(words, lower);
            for (String part : lower.split("[^\\p{L}\\p{N}]+")) {
                addWord(words, part);
            }
        }
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    private static void addWord(Set<String> words, String word) {
        if (word.codePointCount(0, word.length()) >= MIN_WORD_LENGTH) {
            words.add(word);
        }
    }

    private static long ownCharacters(String text) {
        return text.codePoints().filter(Character::isLetterOrDigit).count();
    }

    /**
     * The password is easy to guess; the estimator's warning and suggestions say why, in its own
     * translations (English, Dutch and others), for the screen to show beside the field.
     */
    public static final class WeakPasswordException extends BusinessRuleException {

        private final transient Feedback feedback;

        WeakPasswordException(Feedback feedback) {
            super("security.password.error.weak");
            this.feedback = feedback;
        }

        /** The estimator's advice in the given language: its warning (if any), then its suggestions. */
        public List<String> advice(Locale locale) {
            List<String> advice = new ArrayList<>();
            String warning = feedback.getWarning(locale);
            if (warning != null && !warning.isBlank()) {
                advice.add(warning);
            }
            advice.addAll(feedback.getSuggestions(locale));
            return advice;
        }
    }
}
