package nl.stedenband.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import nl.stedenband.Refusals;
import nl.stedenband.base.BusinessRuleException;
import org.junit.jupiter.api.Test;

/** OWASP ASVS 5 level 2: length and the list of common passwords, no composition rules. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.standard();

    @Test
    void elevenCharactersAreTooFewAndTwelveAreEnough() {
        assertThat(policy.problem("tulip-canal", "eva")).hasValueSatisfying(m -> assertThat(Refusals.english(m)).contains("at least 12"));
        assertThat(policy.problem("tulip-canals", "eva")).isEmpty();
    }

    @Test
    void longPassphrasesUpTo128CharactersAreAccepted() {
        assertThat(policy.problem("bicycle ".repeat(16), "eva")).isEmpty();
        assertThat(policy.problem("x7".repeat(64), "eva")).isEmpty();
        assertThat(policy.problem("x7".repeat(64) + "z", "eva")).hasValueSatisfying(m -> assertThat(Refusals.english(m)).contains("at most 128"));
    }

    @Test
    void charactersAreCountedAsTheUserSeesThemNotAsJavaChars() {
        // eleven emoji are 22 Java chars, but still eleven characters
        String elevenEmoji = "🚲".repeat(11);
        assertThat(policy.problem(elevenEmoji, "eva")).isPresent();
        assertThat(policy.problem(elevenEmoji + "🌷", "eva")).isEmpty();
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertThat(policy.isCommon("password1234")).isTrue();
        assertThat(policy.isCommon("PassWord1234")).isTrue();
        assertThat(policy.isCommon("QWERTY123456")).isTrue();
        assertThat(policy.problem("Qwerty123456", "eva")).hasValueSatisfying(m -> assertThat(Refusals.english(m)).contains("most common"));
        assertThatThrownBy(() -> policy.check("1q2w3e4r5t6y", "eva"))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(Refusals::english).asString().contains("most common");
    }

    @Test
    void noCompositionRules() {
        assertThat(policy.problem("tulips along the canal", "eva")).isEmpty();
        assertThat(policy.problem("alllowercaseletters", "eva")).isEmpty();
    }

    @Test
    void thePasswordMayNotBeTheUsername() {
        assertThat(policy.problem("Coordinator2", "coordinator2")).hasValueSatisfying(m -> assertThat(Refusals.english(m)).contains("username"));
    }

    @Test
    void theShippedListHoldsTheTenThousandMostCommonPasswords() throws IOException {
        long entries;
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            assertThat(in).isNotNull();
            entries = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .count();
        }
        assertThat(entries).isGreaterThanOrEqualTo(10_000);
        assertThat(policy.isCommon("123456")).isTrue();
        assertThat(policy.isCommon("iloveyou")).isTrue();
    }

    @Test
    void generatedPasswordsPassThePolicyAndDiffer() {
        String one = PasswordPolicy.generate();
        String two = PasswordPolicy.generate();
        assertThat(one).hasSize(20).isNotEqualTo(two);
        assertThat(policy.problem(one, "eva")).isEmpty();
    }
}
