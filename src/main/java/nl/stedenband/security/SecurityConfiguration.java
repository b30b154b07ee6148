package nl.stedenband.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import nl.stedenband.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Views deny by default and name their roles ({@code @RolesAllowed}, read by Vaadin's navigation
 * access control); service methods are secured too ({@code @PreAuthorize}), so that no call path
 * bypasses a view. JSR-250 method security stays off: it would proxy the views themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * As strict as Vaadin Flow allows: its client engine evaluates scripts and sets inline styles,
     * so scripts need 'unsafe-inline' and 'unsafe-eval' and styles 'unsafe-inline'; everything
     * else comes from the app itself, and no other site may frame it.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        // our own static files: without these Vaadin's default-deny answers 403
        http.authorizeHttpRequests(
                auth -> auth.requestMatchers("/styles/**", "/scripts/**", "/images/**", "/webjars/**")
                        .permitAll());
        http.headers(headers -> headers.frameOptions(frame -> frame.deny())
                .contentTypeOptions(options -> {})
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                // before the request is handled: Vaadin's pages are committed past the lazy writer
                // and would go out without them (and with Vaadin's own X-Frame-Options SAMEORIGIN)
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        // a new session id at sign-in, so that a session id planted before cannot be used after
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        // an address that matches no route reaches Vaadin for a signed-in user, which answers with the
        // friendly not-found page (PageNotFoundView, 404); Vaadin's default here is deny-all, a blank 403.
        // Views still decide their own access: each names its roles, and navigation access control
        // refuses the rest before a view is built. There are no other endpoints (no MVC controllers)
        http.with(
                vaadin(),
                vaadin -> vaadin.loginView(LoginView.class)
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }
}
