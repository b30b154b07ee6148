package nl.stedenband.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import nl.stedenband.Refusals;
import nl.stedenband.base.BusinessRuleException;
import nl.stedenband.security.PasswordPolicy.WeakPasswordException;
import org.junit.jupiter.api.Test;

/**
 * OWASP ASVS 5 level 2 and NIST SP 800-63B: 12 to 128 characters of anything, nothing made of
 * the words everyone here knows, nothing the strength estimator finds easy; no composition rules.
 */
class PasswordPolicyTest {

    private static final List<String> EVA = List.of("eva", "Eva van Dijk", "Enschede", "Dalian", "Palo Alto");

    private final PasswordPolicy policy = PasswordPolicy.standard();

    private String refusal(String password, List<String> words) {
        return policy.problem(password, words).map(Refusals::english).orElse("");
    }

    @Test
    void elevenCharactersAreTooFewAndTwelveAreEnough() {
        assertThat(refusal("tulip-canal", EVA)).contains("at least 12");
        assertThat(policy.problem("tulip-canals", EVA)).isEmpty();
    }

    @Test
    void upTo128CharactersOfAnyKindAreAccepted() {
        String ascii = PasswordPolicy.generate() + PasswordPolicy.generate() + PasswordPolicy.generate()
                + PasswordPolicy.generate() + PasswordPolicy.generate() + PasswordPolicy.generate() + "x7Kq2345";
        assertThat(ascii).hasSize(128);
        assertThat(policy.problem(ascii, EVA)).isEmpty();
        assertThat(refusal(ascii + "z", EVA)).contains("at most 128");
        String emoji =
                new String(java.util.stream.IntStream.range(0x1F600, 0x1F680).toArray(), 0, 128);
        assertThat(emoji.codePointCount(0, emoji.length())).isEqualTo(128);
        assertThat(policy.problem(emoji, EVA)).isEmpty();
        assertThat(refusal(emoji + "🌷", EVA)).contains("at most 128");
    }

    @Test
    void lengthCountsCharactersNotUtf16UnitsOrBytes() {
        String elevenEmoji = "🌷🚲🧀🌧🏛🎓🚆🌍🤝📈🕰";
        assertThat(refusal(elevenEmoji, EVA)).contains("at least 12");
        assertThat(policy.problem(elevenEmoji + "🌻", EVA)).isEmpty();
    }

    @Test
    void aHugeInputIsRefusedBeforeItIsLookedAt() {
        assertThat(refusal("a".repeat(1_000_000), EVA)).contains("at most 128");
    }

    @Test
    void commonAndGuessablePasswordsAreRefusedWithTheEstimatorsAdvice() {
        for (String weak : List.of(
                "password1234",
                "PassWord1234",
                "QWERTY123456",
                "1q2w3e4r5t6y",
                "aaaaaaaaaaaaaa",
                "x7Kq".repeat(8),
                "abcdefghijklmnop")) {
            assertThat(policy.problem(weak, EVA)).as(weak).hasValueSatisfying(problem -> {
                assertThat(problem).isInstanceOf(WeakPasswordException.class);
                assertThat(Refusals.english(problem)).isEqualTo("This password is easy to guess.");
            });
        }
        WeakPasswordException keyboard =
                (WeakPasswordException) policy.problem("qwertyuiopasdf", EVA).orElseThrow();
        assertThat(String.join(" ", keyboard.advice(Locale.ENGLISH))).contains("similar to a commonly used password");
        assertThat(keyboard.advice(Locale.of("nl"))).isNotEmpty().isNotEqualTo(keyboard.advice(Locale.ENGLISH));
        assertThatThrownBy(() -> policy.check("1q2w3e4r5t6y", EVA)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void passwordsMadeOfTheUsersOrTheOfficesOwnWordsAreRefused() {
        assertThat(refusal("Eva van Dijk 2026", EVA)).contains("would try first (eva van dijk)");
        assertThat(refusal("dijk-eva-dijk-eva", EVA)).contains("(dijk, eva)");
        assertThat(refusal("stedenband-enschede!", EVA)).contains("enschede, stedenband");
        assertThat(refusal("PaloAlto&Dalian!", EVA)).contains("dalian").contains("alto");
        assertThat(refusal("admin-enschede", List.of("admin", "Mieke de Boer"))).contains("admin, enschede");
        assertThat(refusal("ＥＮＳＣＨＥＤＥ－１２３４", EVA))
                .as("full-width letters are the same words")
                .contains("enschede");
        // a name inside a passphrase of one's own is fine
        assertThat(policy.problem("eva rides her green bicycle to the market", EVA))
                .isEmpty();
    }

    @Test
    void passphrasesWithoutCapitalsDigitsOrSymbolsAreAccepted() {
        assertThat(policy.problem("tulips along the canal", EVA)).isEmpty();
        assertThat(policy.problem("correct horse battery staple", EVA)).isEmpty();
    }

    @Test
    void generatedPasswordsAreLongRandomAndAccepted() {
        String one = PasswordPolicy.generate();
        String two = PasswordPolicy.generate();
        assertThat(one).hasSize(20).isNotEqualTo(two).doesNotContain("0", "O", "1", "l", "I");
        assertThat(policy.problem(one, EVA)).isEmpty();
    }
}
