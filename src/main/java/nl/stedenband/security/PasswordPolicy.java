package nl.stedenband.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.stedenband.base.BusinessRuleException;

/**
 * The password rules of OWASP ASVS 5 (level 2): long enough, not one of the passwords that
 * attackers try first, and nothing else. Composition rules (a digit, a capital…) are left out on
 * purpose: they push people towards "Password1!" and away from long passphrases.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    // no look-alikes (0/O, 1/l/I), so that a password read off the screen is typed right
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Set<String> common;

    private PasswordPolicy(Set<String> common) {
        this.common = common;
    }

    /** The policy with the list of common passwords shipped with the app. */
    public static PasswordPolicy standard() {
        return Holder.STANDARD;
    }

    /** Why the password is refused (a bundle key and its values); empty when it is acceptable. */
    public Optional<BusinessRuleException> problem(String password, String username) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(new BusinessRuleException("security.password.error.short", MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(new BusinessRuleException("security.password.error.long", MAX_LENGTH));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return Optional.of(new BusinessRuleException("security.password.error.common"));
        }
        if (lower.equals(username.trim().toLowerCase(Locale.ROOT))) {
            return Optional.of(new BusinessRuleException("security.password.error.username"));
        }
        return Optional.empty();
    }

    public void check(String password, String username) {
        problem(password, username).ifPresent(refusal -> {
            throw refusal;
        });
    }

    public boolean isCommon(String password) {
        return common.contains(password.toLowerCase(Locale.ROOT));
    }

    /** A random password for a new account or a reset, shown once to the administrator. */
    public static String generate() {
        StringBuilder sb = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static final class Holder {
        static final PasswordPolicy STANDARD = new PasswordPolicy(load("/security/common-passwords.txt"));
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>(16_384);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords is missing: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
