package nl.stedenband.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * OWASP's device cookie: a browser that has signed in to an account gets a cookie naming the
 * account and a random device id, signed with HMAC-SHA256. {@link LoginThrottle} judges such a
 * browser by its own failures only, so nobody elsewhere can lock its user out. The signing key is
 * generated on first use and kept in the database ({@code signing_key}), so every node checks the
 * same signatures and the key is in neither the repository nor the configuration.
 */
@Component
class DeviceCookies {

    static final String NAME = "STEDENBAND_DEVICE";
    static final Duration LIFETIME = Duration.ofDays(365);
    private static final String KEY_NAME = "device-cookie";
    private static final int MAX_VALUE_LENGTH = 300;
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private volatile byte @Nullable [] key;

    DeviceCookies(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The id of the browser's device cookie when it is genuine and for this account, else null. */
    @Nullable
    String deviceOf(@Nullable HttpServletRequest request, String username) {
        if (request == null || request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (NAME.equals(cookie.getName())) {
                String device = verify(cookie.getValue(), LoginThrottle.key(username));
                if (device != null) {
                    return device;
                }
            }
        }
        return null;
    }

    /**
     * Gives the browser a device cookie for the account after a complete sign-in, keeping its
     * device id when it already had one for the account.
     */
    void remember(HttpServletRequest request, HttpServletResponse response, String username) {
        String account = LoginThrottle.key(username);
        String device = deviceOf(request, username);
        if (device == null) {
            byte[] id = new byte[16];
            random.nextBytes(id);
            device = HexFormat.of().formatHex(id);
        }
        String payload = BASE64.encodeToString(account.getBytes(StandardCharsets.UTF_8)) + "." + device;
        Cookie cookie = new Cookie(NAME, payload + "." + sign(payload));
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) LIFETIME.toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private @Nullable String verify(@Nullable String value, String account) {
        if (value == null || value.length() > MAX_VALUE_LENGTH) {
            return null;
        }
        int lastDot = value.lastIndexOf('.');
        if (lastDot < 0) {
            return null;
        }
        String payload = value.substring(0, lastDot);
        byte[] expected = sign(payload).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, value.substring(lastDot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return null;
        }
        int dot = payload.indexOf('.');
        if (dot < 0) {
            return null;
        }
        String named = new String(Base64.getUrlDecoder().decode(payload.substring(0, dot)), StandardCharsets.UTF_8);
        String device = payload.substring(dot + 1);
        return named.equals(account) && device.length() == 32 ? device : null;
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return BASE64.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The key all nodes share: the first node to need it creates it, the others read that one. */
    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            byte[] fresh = new byte[32];
            random.nextBytes(fresh);
            jdbc.update(
                    "INSERT IGNORE INTO signing_key (name, secret, created_at) VALUES (?, ?, ?)",
                    KEY_NAME,
                    fresh,
                    LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            byte[] stored =
                    jdbc.queryForObject("SELECT secret FROM signing_key WHERE name = ?", byte[].class, KEY_NAME);
            if (stored == null) {
                throw new IllegalStateException("The signing key " + KEY_NAME + " has no secret");
            }
            known = stored;
            key = known;
        }
        return known;
    }
}
