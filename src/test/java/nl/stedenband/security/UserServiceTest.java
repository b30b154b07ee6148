package nl.stedenband.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import nl.stedenband.Refusals;
import nl.stedenband.StedenbandTest;
import nl.stedenband.base.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.test.context.support.WithMockUser;

@StedenbandTest
class UserServiceTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserService users;

    @Autowired
    AppUserRepository repository;

    AuthenticationManager authenticationManager;

    /** The same authentication manager that the sign-in form uses. */
    @Autowired
    void signIn(AuthenticationConfiguration configuration) throws Exception {
        this.authenticationManager = configuration.getAuthenticationManager();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdministratorCreatesAUserWhosePasswordIsStoredOnlyAsAHash() {
        AppUser created = users.createUser("liaison1", "Eva Liaison", "a-long-passphrase", EnumSet.of(Role.VIEWER));

        AppUser stored = repository.findByUsername("liaison1").orElseThrow();
        assertThat(stored.getRoles()).containsExactly(Role.VIEWER);
        assertThat(stored.getPasswordHash()).startsWith("{argon2}$argon2id$").doesNotContain("a-long-passphrase");
        assertThat(created.getCreatedBy()).isEqualTo("admin");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aTakenUsernameIsRefused() {
        assertThatThrownBy(() ->
                        users.createUser("officer", "Someone Else", "another-passphrase", EnumSet.of(Role.VIEWER)))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(Refusals::english)
                .asString()
                .contains("'officer' is taken");
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void onlyAnAdministratorCreatesUsers() {
        assertThatThrownBy(() -> users.createUser("sneaky", "Sneaky", "sneaky-passphrase", EnumSet.of(Role.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(repository.existsByUsername("sneaky")).isFalse();
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void theSignedInUserFindsTheirOwnRecord() {
        assertThat(users.currentUser()).map(AppUser::getDisplayName).contains("Fleur Hendriks");
    }

    @Test
    void theDemoUsersSignInWithTheirReadmePasswordsAndGetTheirRole() {
        for (Role role : Role.values()) {
            String username = role.name().toLowerCase();
            Authentication auth = authenticationManager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, username + "-enschede"));
            assertThat(auth.getAuthorities())
                    .extracting(GrantedAuthority::getAuthority)
                    .filteredOn(authority -> authority.startsWith("ROLE_"))
                    .containsExactly(role.authority());
        }
    }

    @Test
    void aWrongPasswordIsRefusedTheSameWayAsAnUnknownUser() {
        try {
            assertThatThrownBy(() -> authenticationManager.authenticate(
                            UsernamePasswordAuthenticationToken.unauthenticated("officer", "wrong-password")))
                    .isInstanceOf(BadCredentialsException.class);
            assertThatThrownBy(() -> authenticationManager.authenticate(
                            UsernamePasswordAuthenticationToken.unauthenticated("nobody-here", "wrong-password")))
                    .isInstanceOf(BadCredentialsException.class);
        } finally {
            // the failures are shared state (the database): later tests sign the officer in
            Accounts.forgetFailedSignIns(jdbc);
        }
    }

    @Test
    void signingInRecordsTheTime() {
        authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("viewer", "viewer-enschede"));
        assertThat(repository.findByUsername("viewer").orElseThrow().getLastLoginAt())
                .isNotNull();
    }
}
