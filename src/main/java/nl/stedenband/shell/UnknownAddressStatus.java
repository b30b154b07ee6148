package nl.stedenband.shell;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page address that matches no route is answered with status 404, not 200. Vaadin renders the
 * friendly {@link PageNotFoundView} only after its page has loaded, over its own protocol, so the
 * first response would otherwise say "OK" to bookmarks, link checkers and monitoring. The page
 * itself is unchanged: the same start page loads and shows the not-found message.
 *
 * <p>Runs after Spring Security, so someone not signed in is still sent to the sign-in page and
 * learns nothing about which addresses exist.
 */
@Component
class UnknownAddressStatus extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String accept = Objects.requireNonNullElse(request.getHeader("Accept"), "");
        String path = path(request);
        // a browser opening a page: not Vaadin's own requests, not files (stylesheets, scripts, images)
        return !"GET".equals(request.getMethod())
                || request.getParameter("v-r") != null
                || !accept.contains("text/html")
                || path.startsWith("VAADIN/")
                || path.substring(path.lastIndexOf('/') + 1).contains(".");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ApplicationRouteRegistry routes =
                ApplicationRouteRegistry.getInstance(new VaadinServletContext(request.getServletContext()));
        if (routes.getNavigationTarget(path(request)).isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        chain.doFilter(request, response);
    }

    private static String path(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
