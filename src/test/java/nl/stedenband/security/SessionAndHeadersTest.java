package nl.stedenband.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import nl.stedenband.StedenbandTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Over HTTP against the running app: sessions and the security headers a browser acts on. */
@StedenbandTest
class SessionAndHeadersTest {

    @LocalServerPort
    int port;

    @Autowired
    ServletContext servletContext;

    @Autowired
    LoginThrottle throttle;

    @AfterEach
    void forgetSignIns() {
        throttle.forgetAll();
    }

    private static void assertSecurityHeaders(HttpHeaders headers) {
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
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
        assertThat(stranger.get("/scripts/clocks.js").headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void signingInGivesANewSessionIdAndSigningOutEndsTheSession() {
        HttpSignIn browser = new HttpSignIn(port);
        browser.get("/login");
        String before = browser.session();

        HttpResponse<String> signedIn = browser.signIn("viewer", "viewer-enschede");
        String after = browser.session();

        assertThat(HttpSignIn.location(signedIn)).hasValueSatisfying(l -> assertThat(l).doesNotContain("login"));
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
    void sessionsEndAfterThirtyIdleMinutes() {
        assertThat(servletContext.getSessionTimeout()).isEqualTo(30);
    }
}
