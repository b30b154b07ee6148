package nl.stedenband.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser reduced to what signing in over HTTP needs: one session cookie and the CSRF token
 * that the sign-in page carries, no redirects followed.
 */
final class HttpSignIn {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String session = "";

    HttpSignIn(int port) {
        this.base = "http://localhost:" + port;
    }

    HttpSignIn withSession(String id) {
        session = id;
        return this;
    }

    String session() {
        return session;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Opens a page as a browser does when the address is typed or a bookmark followed. */
    HttpResponse<String> page(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html,*/*;q=0.8").GET());
    }

    /** Opens the sign-in page (for its CSRF token) and posts the form, as the browser does. */
    HttpResponse<String> signIn(String username, String password) {
        String token = csrfToken();
        return post("/login", "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token));
    }

    HttpResponse<String> signOut() {
        String token = csrfToken();
        return post("/logout", "_csrf=" + encode(token));
    }

    String csrfToken() {
        HttpResponse<String> page = get("/login");
        Matcher m = CSRF.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page:\n" + page.body());
        }
        return m.group(1);
    }

    HttpResponse<String> post(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Where a redirect leads, or empty when the answer was not one. */
    static Optional<String> location(HttpResponse<?> response) {
        return response.headers().firstValue("Location");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!session.isEmpty()) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(cookie -> {
                Matcher m = SESSION.matcher(cookie);
                if (m.find()) {
                    session = m.group(1);
                }
            });
            return response;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
