package nl.stedenband.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The codes match what authenticator apps compute: RFC 6238's own test vectors. */
class TotpTest {

    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "{0} s → {1}")
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void rfc6238TestVectorsForSha1(long seconds, String expected) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertThat(Totp.code(RFC_KEY, step, 8, "HmacSHA1")).isEqualTo(expected);
    }

    @Test
    void sixDigitCodesAreTheLastSixOfTheRfcValues() {
        String secret = Totp.base32(RFC_KEY);
        assertThat(secret).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.code(secret, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
    }

    @Test
    void base32RoundTrips() {
        String secret = Totp.newSecret();
        assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Totp.base32(Totp.decodeBase32(secret))).isEqualTo(secret);
        assertThat(Totp.decodeBase32(secret.toLowerCase().replaceAll("(.{4})", "$1 ")))
                .isEqualTo(Totp.decodeBase32(secret));
    }

    @Test
    void aCodeIsAcceptedForItsStepAndOneEitherSideOnlyOnce() {
        String secret = Totp.newSecret();
        Instant now = Instant.parse("2026-11-23T10:00:10Z");
        long step = Totp.step(now);

        assertThat(Totp.verify(secret, Totp.code(secret, step), now, Long.MIN_VALUE))
                .hasValue(step);
        assertThat(Totp.verify(secret, Totp.code(secret, step - 1), now, Long.MIN_VALUE))
                .hasValue(step - 1);
        assertThat(Totp.verify(secret, Totp.code(secret, step + 1), now, Long.MIN_VALUE))
                .hasValue(step + 1);
        assertThat(Totp.verify(secret, Totp.code(secret, step - 2), now, Long.MIN_VALUE))
                .isEmpty();
        // used once: the same code (or an older one) is refused
        assertThat(Totp.verify(secret, Totp.code(secret, step), now, step)).isEmpty();
        assertThat(Totp.verify(secret, "12345", now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.verify(secret, "abcdef", now, Long.MIN_VALUE)).isEmpty();
    }

    @Test
    void theAddressNamesTheAppAndTheAccount() {
        assertThat(Totp.uri("Stedenband", "eva liaison", "ABCD"))
                .isEqualTo("otpauth://totp/Stedenband:eva%20liaison?secret=ABCD&issuer=Stedenband"
                        + "&algorithm=SHA1&digits=6&period=30");
    }
}
