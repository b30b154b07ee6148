package nl.stedenband.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.IntStream;
import nl.stedenband.StedenbandTest;
import nl.stedenband.security.ui.UserAdminView;
import nl.stedenband.shell.DashboardView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** The user administration as an administrator uses it, and as others cannot. */
@StedenbandTest
class UserAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    UserService users;

    @Autowired
    AppUserRepository repository;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private Grid<UserListItem> grid() {
        return find(Grid.class).withClassName("user-grid").single();
    }

    private int rowOf(String username) {
        Grid<UserListItem> grid = grid();
        return IntStream.range(0, test(grid).size())
                .filter(i -> test(grid).getRow(i).username().equals(username))
                .findFirst()
                .orElseThrow(() -> new AssertionError(username + " is not listed"));
    }

    private Button button(String text) {
        return find(Button.class).withText(text).single();
    }

    private String errorText() {
        return find(Notification.class).withClassName("error-notification").all().stream()
                .map(n -> test(n).getText())
                .reduce("", (a, b) -> a + b);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void theAdministratorSeesEveryAccountWithRolesStatusAndSecondFactor() {
        navigate(UserAdminView.class);

        Grid<UserListItem> grid = grid();
        int officer = rowOf("officer");
        assertThat(test(grid).getCellText(officer, test(grid).getColumnPosition("name")))
                .isEqualTo("Sander Kuipers");
        assertThat(test(grid).getCellText(officer, test(grid).getColumnPosition("roles")))
                .isEqualTo("International relations officer");
        assertThat(test(grid).getCellText(officer, test(grid).getColumnPosition("status")))
                .isEqualTo("Enabled");
        assertThat(test(grid).getCellText(officer, test(grid).getColumnPosition("totp")))
                .isEqualTo("Off");
        assertThat(find(Span.class).withClassName("record-count").single().getText())
                .endsWith("users");
        assertThat(find(SideNavItem.class).all())
                .extracting(SideNavItem::getLabel)
                .contains("Users");
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void othersCannotOpenTheUserAdministrationNorSeeItInTheMenu() {
        navigate(DashboardView.class);
        assertThat(find(SideNavItem.class).all())
                .extracting(SideNavItem::getLabel)
                .doesNotContain("Users");

        UI.getCurrent().navigate("admin/users");

        assertThat(getCurrentView()).isNotInstanceOf(UserAdminView.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aNewAccountShowsItsGeneratedPasswordOnce() {
        navigate(UserAdminView.class);
        String username = Accounts.uniqueName("newcomer");

        test(button("New user")).click();
        test(find(TextField.class).withCaption("Username").single()).setValue(username);
        test(find(TextField.class).withCaption("Name").single()).setValue("Nina Newcomer");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles =
                find(CheckboxGroup.class).withClassName("user-roles").single();
        test(roles).selectItem("International relations officer");
        test(button("Create")).click();

        String shown =
                find(Span.class).withClassName("one-time-password").single().getText();
        assertThat(shown).hasSize(20);
        AppUser created = repository.findByUsername(username).orElseThrow();
        assertThat(created.getRoles()).containsExactlyInAnyOrder(Role.VIEWER, Role.OFFICER);
        assertThat(created.isPasswordChangeRequired()).isTrue();
        test(button("Done")).click();
        assertThat(find(Span.class).withClassName("one-time-password").all()).isEmpty();
        assertThat(rowOf(username)).isNotNegative();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aWeakInitialPasswordIsRefusedWithTheReason() {
        navigate(UserAdminView.class);
        String username = Accounts.uniqueName("weak");

        test(button("New user")).click();
        test(find(TextField.class).withCaption("Username").single()).setValue(username);
        test(find(TextField.class).withCaption("Name").single()).setValue("Walter Weak");
        PasswordField password =
                find(PasswordField.class).withCaption("Initial password").single();
        test(password).setValue("qwerty123456");
        test(button("Create")).click();

        // beside the field, with the estimator's reason
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage())
                .startsWith("This password is easy to guess.")
                .contains("common");

        test(password).setValue("Walter Weak 2026");
        test(button("Create")).click();
        assertThat(password.getErrorMessage()).contains("would try first (walter weak)");
        assertThat(repository.existsByUsername(username)).isFalse();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void disablingAsksFirstAndThenTheAccountIsDisabled() {
        AppUser user = Accounts.create(users, "disable-me", Role.VIEWER);
        navigate(UserAdminView.class);

        test(grid()).clickRow(rowOf(user.getUsername()));
        test(button("Disable")).click();
        ConfirmDialog confirm =
                find(ConfirmDialog.class).withClassName("user-confirm-dialog").single();
        assertThat(test(confirm).getHeader()).isEqualTo("Disable " + user.getUsername() + "?");
        test(confirm).confirm();

        assertThat(repository.findByUsername(user.getUsername()).orElseThrow().isEnabled())
                .isFalse();
        assertThat(test(grid())
                        .getCellText(rowOf(user.getUsername()), test(grid()).getColumnPosition("status")))
                .isEqualTo("Disabled");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void theAdministratorCannotDisableThemselvesAndIsToldWhy() {
        navigate(UserAdminView.class);

        test(grid()).clickRow(rowOf("admin"));
        test(button("Disable")).click();
        test(find(ConfirmDialog.class).withClassName("user-confirm-dialog").single())
                .confirm();

        assertThat(errorText()).isEqualTo("You cannot disable your own account.");
        assertThat(repository.findByUsername("admin").orElseThrow().isEnabled()).isTrue();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void theAdministratorCannotTakeAwayTheirOwnAdministratorRole() {
        navigate(UserAdminView.class);

        test(grid()).clickRow(rowOf("admin"));
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles =
                find(CheckboxGroup.class).withClassName("user-roles").single();
        test(roles).deselectItem("Administrator");
        test(roles).selectItem("Viewer");
        test(button("Save")).click();

        assertThat(errorText()).isEqualTo("You cannot remove your own administrator role; another administrator can.");
        assertThat(repository.findByUsername("admin").orElseThrow().getRoles()).contains(Role.ADMIN);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aPasswordResetAsksFirstAndShowsTheTemporaryPasswordOnce() {
        AppUser user = Accounts.create(users, "reset-me", Role.VIEWER);
        navigate(UserAdminView.class);

        test(grid()).clickRow(rowOf(user.getUsername()));
        test(button("Reset password")).click();
        test(find(ConfirmDialog.class).withClassName("user-confirm-dialog").single())
                .confirm();

        assertThat(find(Span.class).withClassName("one-time-password").single().getText())
                .hasSize(20);
        assertThat(repository.findByUsername(user.getUsername()).orElseThrow().isPasswordChangeRequired())
                .isTrue();
        assertThat(test(grid())
                        .getCellText(rowOf(user.getUsername()), test(grid()).getColumnPosition("status")))
                .isEqualTo("Enabled, must change password");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void theAdministratorSeesTheFailedSignInsOfTheLastDayPerAccount() {
        Accounts.forgetFailedSignIns(jdbc); // whatever other tests left: this one counts its own
        AppUser user = Accounts.create(users, "attacked", Role.VIEWER);
        for (int i = 0; i < 2; i++) {
            LoginThrottle.Attempt attempt = throttle.begin(
                    user.getUsername().toUpperCase(java.util.Locale.ROOT),
                    new LoginThrottle.Client("192.0.2." + i, null),
                    LoginThrottle.Step.PASSWORD);
            throttle.failed(attempt);
        }
        try {
            navigate(UserAdminView.class);
            Grid<UserListItem> grid = grid();
            int failures = test(grid).getColumnPosition("failures");
            assertThat(test(grid).getCellText(rowOf(user.getUsername()), failures))
                    .isEqualTo("2");
            assertThat(test(grid).getCellText(rowOf("officer"), failures)).isEqualTo("0");
        } finally {
            Accounts.forgetFailedSignIns(jdbc);
        }
    }
}
