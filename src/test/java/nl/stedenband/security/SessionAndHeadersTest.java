package nl.stedenband.security;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionTrackingMode;
import java.lang.reflect.Field;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.time.Duration;
import nl.stedenband.StedenbandTest;
import org.apache.catalina.Context;
import org.apache.catalina.session.StandardSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Over HTTP against the running app: sessions and the security headers a browser acts on. */
@StedenbandTest
class SessionAndHeadersTest {

    @LocalServerPort
    int port;

    @Autowired
    ServletContext servletContext;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ServletWebServerApplicationContext webServerContext;

    @AfterEach
    void forgetSignIns() {
        Accounts.forgetFailedSignIns(jdbc);
    }

    private static void assertSecurityHeaders(HttpHeaders headers) {
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("frame-ancestors 'none'")
                        .contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'")
                        .contains("style-src 'self' 'unsafe-inline'")
                        .contains("connect-src 'self'")
                        .contains("img-src 'self' data:")
                        .contains("font-src 'self' data:"));
    }

    @Test
    void theSignInPageAndTheAppCarryTheSecurityHeaders() {
        HttpSignIn browser = new HttpSignIn(port);
        HttpResponse<String> login = browser.get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertSecurityHeaders(login.headers());

        browser.signIn("viewer", "viewer-enschede");
        HttpResponse<String> home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertSecurityHeaders(home.headers());
    }

    @Test
    void theAppsOwnStylesAndScriptsAreServedWithoutSigningIn() {
        HttpSignIn stranger = new HttpSignIn(port);
        assertThat(stranger.get("/styles/stedenband.css").statusCode()).isEqualTo(200);
        assertThat(stranger.get("/scripts/clocks.js").statusCode()).isEqualTo(200);
        assertThat(stranger.get("/scripts/clocks.js").headers().firstValue("X-Content-Type-Options"))
                .hasValue("nosniff");
    }

    @Test
    void signingInGivesANewSessionIdAndSigningOutEndsTheSession() {
        HttpSignIn browser = new HttpSignIn(port);
        browser.get("/login");
        String before = browser.session();

        HttpResponse<String> signedIn = browser.signIn("viewer", "viewer-enschede");
        String after = browser.session();

        assertThat(HttpSignIn.location(signedIn))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("login"));
        assertThat(before).isNotBlank();
        assertThat(after).isNotBlank().isNotEqualTo(before);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        HttpResponse<String> signedOut = browser.signOut();
        assertThat(signedOut.statusCode()).isEqualTo(302);

        // the old session is gone: the server hands out a new one to whoever still sends its id
        HttpSignIn oldCookie = new HttpSignIn(port).withSession(after);
        oldCookie.get("/login");
        assertThat(oldCookie.session()).isNotEqualTo(after);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndSecureWheneverTheRequestCameOverHttps() {
        HttpSignIn plain = new HttpSignIn(port);
        plain.get("/login");
        assertThat(sessionCookie(plain))
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .doesNotContain("Secure");

        // HTTPS ended at the trusted proxy on loopback, which says so in X-Forwarded-Proto
        HttpSignIn proxied = new HttpSignIn(port).forwardedFor("203.0.113.5").withHeader("X-Forwarded-Proto", "https");
        proxied.get("/login");
        assertThat(sessionCookie(proxied)).contains("Secure", "HttpOnly").containsIgnoringCase("SameSite=Lax");

        // and the new session id handed out at sign-in carries the same attributes
        proxied.setCookieHeaders().clear();
        assertThat(HttpSignIn.accepted(proxied.signIn("viewer", "viewer-enschede")))
                .isTrue();
        assertThat(sessionCookie(proxied)).contains("Secure", "HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    private static String sessionCookie(HttpSignIn browser) {
        return browser.setCookieHeaders().stream()
                .filter(c -> c.startsWith(HttpSignIn.SESSION_COOKIE + "="))
                .reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no session cookie set"));
    }

    @Test
    void theSessionIdNeverAppearsInAnAddress() {
        for (String path :
                new String[] {"/", "/contacts", "/VAADIN", "/VAADIN/", "/VAADIN/no-such-file.js", "/login"}) {
            HttpSignIn stranger = new HttpSignIn(port);
            HttpResponse<String> page = stranger.page(path);
            HttpSignIn.location(page).ifPresent(l -> assertThat(l).as(path).doesNotContainIgnoringCase("jsessionid"));
            assertThat(page.body()).as(path).doesNotContainIgnoringCase(";jsessionid=");
        }
        assertThat(servletContext.getEffectiveSessionTrackingModes()).containsExactly(SessionTrackingMode.COOKIE);
    }

    @Test
    void aSessionEndsAfterThirtyIdleMinutesAndNotBefore() throws Exception {
        HttpSignIn browser = new HttpSignIn(port);
        assertThat(HttpSignIn.accepted(browser.signIn("viewer", "viewer-enschede")))
                .isTrue();

        idleFor(browser.session(), Duration.ofMinutes(29));
        assertThat(browser.page("/").statusCode()).as("29 idle minutes").isEqualTo(200);

        idleFor(browser.session(), Duration.ofMinutes(30).plusSeconds(5));
        HttpResponse<String> expired = browser.page("/");
        assertThat(expired.statusCode()).isEqualTo(302);
        assertThat(HttpSignIn.location(expired))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    /**
     * Moves the session's last access back, as Tomcat would see it after that long idle. Tomcat ends
     * a request's access to the session after the client has read the response, so the times are
     * moved only once the previous request has let go of the session; otherwise its late end stamps
     * "now" over them (seen in a busy random-order run).
     */
    private void idleFor(String sessionId, Duration idle) throws Exception {
        Context context = (Context) requireNonNull(((TomcatWebServer) webServerContext.getWebServer()))
                .getTomcat()
                .getHost()
                .findChildren()[0];
        StandardSession session = (StandardSession) context.getManager().findSession(sessionId);
        assertThat(session).as("the session is alive").isNotNull();
        long waitUntil = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        // a request in progress has stamped its start as this access but not yet its end as the last one
        while (session.getThisAccessedTimeInternal() != session.getLastAccessedTimeInternal()) {
            assertThat(System.nanoTime())
                    .as("the previous request let go of the session")
                    .isLessThan(waitUntil);
            Thread.sleep(10);
        }
        long then = System.currentTimeMillis() - idle.toMillis();
        for (String field : new String[] {"thisAccessedTime", "lastAccessedTime"}) {
            Field f = StandardSession.class.getDeclaredField(field);
            f.setAccessible(true);
            f.setLong(session, then);
        }
    }
}
