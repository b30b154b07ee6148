package nl.stedenband.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import nl.stedenband.MovableClock;
import nl.stedenband.Refusals;
import nl.stedenband.StedenbandTest;
import nl.stedenband.base.BusinessRuleException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Administrators manage accounts; the rules that keep the office from locking itself out. */
@StedenbandTest
class UserAdministrationTest {

    @Autowired
    UserService users;

    @Autowired
    AppUserRepository repository;

    @Autowired
    JdbcTemplate jdbc;

    AuthenticationManager authenticationManager;

    @Autowired
    void signIn(AuthenticationConfiguration configuration) throws Exception {
        this.authenticationManager = configuration.getAuthenticationManager();
    }

    @Autowired
    MovableClock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        Accounts.forgetFailedSignIns(jdbc);
        clock.reset();
    }

    private boolean canSignIn(String username, String password) {
        try {
            authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
            return true;
        } catch (org.springframework.security.core.AuthenticationException e) {
            return false;
        }
    }

    private long id(String username) {
        return Objects.requireNonNull(
                repository.findByUsername(username).orElseThrow().getId());
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aNewAccountGetsAGeneratedPasswordThatWorksOnceAndMustBeChanged() {
        String username = Accounts.uniqueName("liaison");

        String password = users.createAccount(username, "Eva Liaison", EnumSet.of(Role.VIEWER), null);

        assertThat(password).hasSize(20);
        assertThat(canSignIn(username, password)).isTrue();
        assertThat(repository.findByUsername(username).orElseThrow().isPasswordChangeRequired())
                .isTrue();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anInitialPasswordMustSatisfyThePolicy() {
        assertThatThrownBy(() -> users.createAccount(
                        Accounts.uniqueName("weak"), "Weak", EnumSet.of(Role.VIEWER), "password1234"))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(Refusals::english)
                .asString()
                .contains("easy to guess");
        assertThatThrownBy(() -> users.createAccount(
                        Accounts.uniqueName("short"), "Short", EnumSet.of(Role.VIEWER), "short-one"))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(Refusals::english)
                .asString()
                .contains("at least 12");
        String username = Accounts.uniqueName("chosen");
        assertThat(users.createAccount(username, "Chosen", EnumSet.of(Role.VIEWER), "windmills-and-tulips"))
                .isEqualTo("windmills-and-tulips");
        assertThat(canSignIn(username, "windmills-and-tulips")).isTrue();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void theListIsPagedAndSortedInTheDatabase() {
        List<UserListItem> firstTwo = users.listUsers(0, 2, Sort.by("username"));
        List<UserListItem> nextTwo = users.listUsers(2, 2, Sort.by("username"));

        assertThat(firstTwo).hasSize(2);
        assertThat(firstTwo.getFirst().username())
                .isLessThanOrEqualTo(firstTwo.get(1).username());
        assertThat(nextTwo).isNotEmpty().doesNotContainAnyElementsOf(firstTwo);
        assertThat(users.listUsers(0, 100, Sort.by("username")))
                .filteredOn(u -> u.username().equals("officer"))
                .singleElement()
                .satisfies(officer -> {
                    assertThat(officer.roles()).containsExactly(Role.OFFICER);
                    assertThat(officer.enabled()).isTrue();
                    assertThat(officer.totpEnabled()).isFalse();
                });
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdministratorChangesNameAndRolesAndAStaleFormIsRefused() {
        AppUser user = Accounts.create(users, "mover", Role.VIEWER);
        long id = Objects.requireNonNull(user.getId());
        UserListItem before = users.getUser(id);

        UserListItem after =
                users.updateUser(id, before.version(), "Moved Person", EnumSet.of(Role.OFFICER, Role.VIEWER));

        assertThat(after.displayName()).isEqualTo("Moved Person");
        assertThat(after.roles()).containsExactlyInAnyOrder(Role.OFFICER, Role.VIEWER);
        assertThatThrownBy(() -> users.updateUser(id, before.version(), "Old Form", EnumSet.of(Role.VIEWER)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(users.getUser(id).displayName()).isEqualTo("Moved Person");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdministratorCannotDemoteOrDisableThemselves() {
        long admin = id("admin");
        long version = users.getUser(admin).version();

        assertThatThrownBy(() -> users.updateUser(admin, version, "Administrator", EnumSet.of(Role.OFFICER)))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(Refusals::english)
                .isEqualTo("You cannot remove your own administrator role; another administrator can.");
        assertThatThrownBy(() -> users.setEnabled(admin, false))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(Refusals::english)
                .isEqualTo("You cannot disable your own account.");
        assertThat(users.getUser(admin).roles()).contains(Role.ADMIN);
        assertThat(users.getUser(admin).enabled()).isTrue();
    }

    /** Rolled back at the end, so that the other administrators of the suite come back. */
    @Test
    @Transactional
    void theLastEnabledAdministratorKeepsTheRoleAndStaysEnabled() {
        long admin = id("admin");
        SystemAuthentication.run(() -> {
            users.listUsers(0, 1000, Sort.by("id")).stream()
                    .filter(u -> u.roles().contains(Role.ADMIN) && u.enabled() && u.id() != admin)
                    .forEach(u -> users.setEnabled(u.id(), false));
            long version = users.getUser(admin).version();

            assertThatThrownBy(() -> users.updateUser(admin, version, "Administrator", EnumSet.of(Role.VIEWER)))
                    .isInstanceOf(BusinessRuleException.class)
                    .extracting(Refusals::english)
                    .asString()
                    .contains("is the last enabled administrator and cannot lose the administrator role");
            assertThatThrownBy(() -> users.setEnabled(admin, false))
                    .isInstanceOf(BusinessRuleException.class)
                    .extracting(Refusals::english)
                    .asString()
                    .contains("is the last enabled administrator and cannot be disabled");

            users.createUser(Accounts.uniqueName("deputy"), "Deputy", Accounts.PASSWORD, EnumSet.of(Role.ADMIN));
            assertThat(users.updateUser(admin, version, "Administrator", EnumSet.of(Role.VIEWER))
                            .roles())
                    .containsExactly(Role.VIEWER);
        });
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aDisabledUserCannotSignInUntilEnabledAgain() {
        AppUser user = Accounts.create(users, "leaver", Role.VIEWER);
        long id = Objects.requireNonNull(user.getId());

        users.setEnabled(id, false);
        assertThat(canSignIn(user.getUsername(), Accounts.PASSWORD)).isFalse();

        users.setEnabled(id, true);
        assertThat(canSignIn(user.getUsername(), Accounts.PASSWORD)).isTrue();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aResetReplacesThePasswordWithATemporaryOneThatMustBeChangedAndLiftsALockOut() {
        AppUser user = Accounts.create(users, "forgetful", Role.VIEWER);
        for (int i = 0; i < LoginThrottle.ACCOUNT_LOCK_AFTER; i++) {
            canSignIn(user.getUsername(), "forgotten-" + i);
            clock.advance(Duration.ofSeconds(10));
        }
        assertThat(canSignIn(user.getUsername(), Accounts.PASSWORD))
                .as("locked out")
                .isFalse();

        String temporary = users.resetPassword(Objects.requireNonNull(user.getId()));

        assertThat(canSignIn(user.getUsername(), Accounts.PASSWORD)).isFalse();
        assertThat(canSignIn(user.getUsername(), temporary)).isTrue();
        assertThat(repository.findByUsername(user.getUsername()).orElseThrow().isPasswordChangeRequired())
                .isTrue();
    }

    @Test
    void usersChangeTheirOwnPasswordKnowingTheCurrentOne() {
        AppUser user = Accounts.create(users, "changer", Role.VIEWER);
        long id = Objects.requireNonNull(user.getId());
        String temporary = SystemAuthentication.call(() -> users.resetPassword(id));
        Accounts.signIn(user);

        assertThat(users.isPasswordChangeRequired()).isTrue();
        assertThatThrownBy(() -> users.changeOwnPassword("not-the-current-one", "bicycles-in-enschede"))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(Refusals::english)
                .isEqualTo("The current password is not right.");
        assertThatThrownBy(() -> users.changeOwnPassword(temporary, "iloveyou1234"))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(Refusals::english)
                .asString()
                .contains("easy to guess");

        users.changeOwnPassword(temporary, "bicycles-in-enschede");

        assertThat(users.isPasswordChangeRequired()).isFalse();
        assertThat(canSignIn(user.getUsername(), "bicycles-in-enschede")).isTrue();
        assertThat(canSignIn(user.getUsername(), temporary)).isFalse();
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void onlyAdministratorsManageAccounts() {
        long viewer = id("viewer");
        assertThatThrownBy(() -> users.listUsers(0, 10, Sort.unsorted())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.setEnabled(viewer, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.resetPassword(viewer)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.createAccount("sneaky2", "Sneaky", EnumSet.of(Role.ADMIN), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(repository.findByUsername("viewer").orElseThrow().isEnabled())
                .isTrue();
    }
}
