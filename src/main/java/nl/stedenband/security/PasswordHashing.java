package nl.stedenband.security;

import java.text.Normalizer;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are stored: Argon2id, behind the {@code {id}} prefix of a delegating encoder so
 * that the bcrypt hashes of earlier versions still sign in (and are hashed again with Argon2id
 * at that sign-in, see {@link DatabaseUserDetailsService#updatePassword}). Every password is
 * NFKC-normalised before it is hashed or compared (NIST SP 800-63B 5.1.1.2), so that "ﬁ" and "fi",
 * or full-width and ASCII digits, typed on different keyboards, are the same password.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    static final String DEFAULT_ID = "argon2";

    /**
     * Far beyond any acceptable password (128 code points, whatever their normalised form), and
     * short enough that a hostile sign-in form cannot make the server normalise and hash megabytes.
     */
    static final int LONGEST_INPUT = 1024;

    @Bean
    PasswordEncoder passwordEncoder() {
        // OWASP's Argon2id minimum: 19 MiB of memory, 2 iterations, 1 lane; 16-byte salt, 32-byte hash
        Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
        DelegatingPasswordEncoder delegating = new DelegatingPasswordEncoder(
                DEFAULT_ID, Map.of(DEFAULT_ID, argon2, "bcrypt", new BCryptPasswordEncoder()));
        return new NormalisingEncoder(delegating);
    }

    /** The password as it is hashed and compared: Unicode NFKC. */
    static String normalise(CharSequence raw) {
        return Normalizer.normalize(raw, Normalizer.Form.NFKC);
    }

    private record NormalisingEncoder(PasswordEncoder delegate) implements PasswordEncoder {

        @Override
        public @Nullable String encode(@Nullable CharSequence rawPassword) {
            return delegate.encode(rawPassword == null ? null : normalise(rawPassword));
        }

        @Override
        public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
            if (rawPassword == null || rawPassword.length() > LONGEST_INPUT) {
                return false;
            }
            String normalised = normalise(rawPassword);
            if (safeMatches(normalised, encodedPassword)) {
                return true;
            }
            // hashes of earlier versions were made of the password as typed; once it matches, the
            // sign-in stores it again normalised (an older hash always asks for an upgrade)
            return !normalised.contentEquals(rawPassword)
                    && encodedPassword != null
                    && delegate.upgradeEncoding(encodedPassword)
                    && safeMatches(rawPassword.toString(), encodedPassword);
        }

        private boolean safeMatches(String raw, @Nullable String encodedPassword) {
            try {
                return delegate.matches(raw, encodedPassword);
            } catch (IllegalArgumentException e) {
                // bcrypt refuses more than 72 bytes: no stored bcrypt hash can be of such a password
                return false;
            }
        }

        @Override
        public boolean upgradeEncoding(@Nullable String encodedPassword) {
            return delegate.upgradeEncoding(encodedPassword);
        }
    }
}
