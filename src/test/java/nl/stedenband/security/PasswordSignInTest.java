package nl.stedenband.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.stream.IntStream;
import nl.stedenband.StedenbandTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Passwords of any length the policy allows and any script, chosen under My account and then
 * signed in with through the sign-in form over HTTP, against the hashes in MariaDB.
 */
@StedenbandTest
class PasswordSignInTest {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!";
    private static final SecureRandom RANDOM = new SecureRandom();

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    AppUserRepository repository;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        Accounts.forgetFailedSignIns(jdbc);
    }

    @Test
    void seventyTwoSeventyThreeAndOneHundredTwentyEightAsciiCharactersSignIn() {
        for (int length : new int[] {72, 73, 128}) {
            String password = ascii(length);
            String username = accountWithOwnPassword(password);
            assertThat(signsIn(username, password)).as("%d characters", length).isTrue();
            // bcrypt would have cut it to 72 bytes: the start alone must not open the account
            assertThat(signsIn(username, password.substring(0, length - 1)))
                    .as("%d characters less one", length)
                    .isFalse();
        }
    }

    @Test
    void oneHundredTwentyEightEmojiSignIn() {
        String emoji = new String(IntStream.range(0x1F600, 0x1F680).toArray(), 0, 128);
        String username = accountWithOwnPassword(emoji);
        assertThat(signsIn(username, emoji)).isTrue();
        assertThat(signsIn(username, emoji.substring(0, emoji.length() - 2))).isFalse();
    }

    @Test
    void oneHundredAccentedLettersSignIn() {
        // a repeated letter is easy to guess, so the policy refuses it to people; this is the hashing's test
        String accents = "é".repeat(100);
        String username = Accounts.uniqueName("accents");
        SystemAuthentication.call(
                () -> users.createDemoUser(username, "Test " + username, accents, java.util.Set.of(Role.VIEWER)));
        assertThat(signsIn(username, accents)).isTrue();
        assertThat(signsIn(username, "é".repeat(99) + "e")).isFalse();
    }

    @Test
    void aBcryptHashOfAnEarlierVersionSignsInAndIsStoredAgainWithArgon2() {
        String username = Accounts.create(users, "bcrypt", Role.VIEWER).getUsername();
        String password = "a bcrypt password from last year";
        storeHash(username, "{bcrypt}" + new BCryptPasswordEncoder().encode(password));

        assertThat(signsIn(username, "not the password at all")).isFalse();
        assertThat(hash(username)).startsWith("{bcrypt}");
        assertThat(signsIn(username, password)).isTrue();
        assertThat(hash(username)).startsWith("{argon2}$argon2id$");
        assertThat(signsIn(username, password)).isTrue();
    }

    @Test
    void compatibleFormsOfTheSameCharactersAreTheSamePassword() {
        // the "ﬁ" ligature and full-width digits, as some keyboards and autocorrection type them
        String typed = "ﬁnd the ﬁsh at pier １２３";
        String plain = "find the fish at pier 123";
        String username = accountWithOwnPassword(typed);
        assertThat(signsIn(username, plain)).isTrue();
        assertThat(signsIn(username, typed)).isTrue();
        assertThat(signsIn(username, "find the fish at pier 124")).isFalse();
    }

    @Test
    void aBcryptHashOfAPasswordStoredUnnormalisedStillSignsInAndIsNormalisedThen() {
        String username = Accounts.create(users, "legacy-nfkc", Role.VIEWER).getUsername();
        String typed = "ﬂowers by the ﬁre station";
        storeHash(username, "{bcrypt}" + new BCryptPasswordEncoder().encode(typed));

        assertThat(signsIn(username, typed)).isTrue();
        assertThat(hash(username)).startsWith("{argon2}");
        assertThat(signsIn(username, "flowers by the fire station")).isTrue();
    }

    /** A new account whose user chose the password under My account (as the form does). */
    private String accountWithOwnPassword(String password) {
        AppUser user = Accounts.create(users, "own", Role.VIEWER);
        Accounts.signIn(user);
        try {
            users.changeOwnPassword(Accounts.PASSWORD, password);
        } finally {
            SecurityContextHolder.clearContext();
        }
        return user.getUsername();
    }

    private boolean signsIn(String username, String password) {
        HttpSignIn browser = new HttpSignIn(port);
        HttpResponse<String> answer = browser.signIn(username, password);
        boolean in =
                HttpSignIn.location(answer).filter(l -> !l.contains("login")).isPresent();
        Accounts.forgetFailedSignIns(jdbc);
        return in;
    }

    private void storeHash(String username, String hash) {
        AppUser user = repository.findByUsername(username).orElseThrow();
        user.setPasswordHash(hash);
        repository.save(user);
    }

    private String hash(String username) {
        return repository.findByUsername(username).orElseThrow().getPasswordHash();
    }

    private static String ascii(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
