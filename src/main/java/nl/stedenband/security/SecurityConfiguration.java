package nl.stedenband.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import nl.stedenband.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Views deny by default and name their roles ({@code @RolesAllowed}, read by Vaadin's navigation
 * access control); service methods are secured too ({@code @PreAuthorize}), so that no call path
 * bypasses a view. JSR-250 method security stays off: it would proxy the views themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        // our own static files: without these Vaadin's default-deny answers 403
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/scripts/**", "/images/**", "/webjars/**").permitAll());
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, with the {id} prefix so that hashes can be upgraded later
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
