package nl.stedenband.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser reduced to what signing in over HTTP needs: its cookies (the session's and the
 * device's) and the CSRF token that the sign-in page carries, no redirects followed. It may sit
 * behind the trusted proxy on loopback, which names it in X-Forwarded-For.
 */
final class HttpSignIn {

    static final String SESSION_COOKIE = "JSESSIONID";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("^([^=;]+)=([^;]*)");

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<String> setCookies = new ArrayList<>();

    HttpSignIn(int port) {
        this("http://localhost:" + port);
    }

    /** A browser that reaches the app at another address (e.g. over a network interface). */
    HttpSignIn(String base) {
        this.base = base;
    }

    /** This browser as the loopback proxy forwards it: from the client address given. */
    HttpSignIn forwardedFor(String clientAddress) {
        headers.put("X-Forwarded-For", clientAddress);
        return this;
    }

    /** Every request carries this header too. */
    HttpSignIn withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    HttpSignIn withSession(String id) {
        cookies.put(SESSION_COOKIE, id);
        return this;
    }

    String session() {
        return cookies.getOrDefault(SESSION_COOKIE, "");
    }

    Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    HttpSignIn withCookie(String name, String value) {
        cookies.put(name, value);
        return this;
    }

    /** Every Set-Cookie header received, in order, as sent. */
    List<String> setCookieHeaders() {
        return setCookies;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Opens a page as a browser does when the address is typed or a bookmark followed. */
    HttpResponse<String> page(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html,*/*;q=0.8")
                .GET());
    }

    /** Opens the sign-in page (for its CSRF token) and posts the form, as the browser does. */
    HttpResponse<String> signIn(String username, String password) {
        String token = csrfToken();
        return post(
                "/login", "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token));
    }

    /** Whether a sign-in answered with the way into the app rather than back to the form. */
    static boolean accepted(HttpResponse<String> signIn) {
        return signIn.statusCode() == 302
                && location(signIn).filter(l -> !l.contains("/login")).isPresent();
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
        headers.forEach(request::header);
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(c -> c.getKey() + "=" + c.getValue())
                            .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(cookie -> {
                setCookies.add(cookie);
                Matcher m = COOKIE.matcher(cookie);
                if (m.find()) {
                    if (cookie.contains("Max-Age=0") || m.group(2).isEmpty()) {
                        cookies.remove(m.group(1));
                    } else {
                        cookies.put(m.group(1), m.group(2));
                    }
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
