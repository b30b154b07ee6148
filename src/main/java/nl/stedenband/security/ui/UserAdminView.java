package nl.stedenband.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import nl.stedenband.base.ui.CsvDownload;
import nl.stedenband.base.ui.ExportableGrid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.stedenband.base.BusinessRuleException;
import nl.stedenband.base.ui.Notifications;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.security.AppUser;
import nl.stedenband.security.PasswordPolicy;
import nl.stedenband.security.Role;
import nl.stedenband.security.UserListItem;
import nl.stedenband.security.UserService;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;

/**
 * The accounts: who may sign in, with which roles. Passwords are never shown except the one an
 * administrator just set, once, to hand over; the user then chooses their own.
 */
@Route("admin/users")
@PageTitle("Users · Stedenband")
@Menu(order = 95, icon = "vaadin:users", title = "Users")
@RolesAllowed(Role.Names.ADMIN)
public class UserAdminView extends Main {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    private final UserService users;
    private final Clock clock;
    private final ZoneId zone;
    final ExportableGrid<UserListItem> grid = new ExportableGrid<>();
    private final Span count = new Span();

    public UserAdminView(UserService users, Clock clock) {
        this.users = users;
        this.clock = clock;
        this.zone = users.currentUser().map(AppUser::getTimeZone).map(ZoneId::of).orElse(ZoneId.of("Europe/Amsterdam"));
        addClassNames("user-admin-view");

        Button create = new Button("New user", VaadinIcon.PLUS.create(), e -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        count.addClassName("record-count");
        HorizontalLayout header = new HorizontalLayout(new H1("Users"), count, new CsvDownload<>(grid, "users"), create);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassName("view-header");
        header.expand(count);

        grid.addClassName("user-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(50);
        grid.addColumn(UserListItem::username).setHeader("Username").setSortProperty("username").setKey("username");
        grid.addColumn(UserListItem::displayName).setHeader("Name").setSortProperty("displayName").setKey("name")
                .setFlexGrow(2);
        grid.addColumn(u -> u.roles().stream().sorted().map(Role::title).collect(Collectors.joining(", ")))
                .setHeader("Roles").setKey("roles").setFlexGrow(2);
        grid.addColumn(this::status).setHeader("Status").setSortProperty("enabled").setKey("status");
        grid.addColumn(u -> format(u.lastLoginAt())).setHeader("Last sign-in").setSortProperty("lastLoginAt")
                .setKey("lastLogin");
        grid.addColumn(u -> u.totpEnabled() ? "On" : "Off").setHeader("Second factor").setSortProperty("totpEnabled")
                .setKey("totp");
        grid.setItems(q -> users.listUsers(q.getOffset(), q.getLimit(), toSort(q.getSortOrders())).stream(), q -> {
            long n = users.countUsers();
            count.setText(n == 1 ? "1 user" : n + " users");
            return (int) n;
        });
        grid.addItemClickListener(e -> openEdit(e.getItem()));
        grid.setSizeFull();
        add(header, grid);
        setSizeFull();
    }

    private String status(UserListItem user) {
        if (!user.enabled()) {
            return "Disabled";
        }
        Instant locked = user.lockedUntil();
        if (locked != null && locked.isAfter(clock.instant())) {
            return "Locked until " + format(locked);
        }
        return user.passwordChangeRequired() ? "Enabled, must change password" : "Enabled";
    }

    private String format(@Nullable Instant instant) {
        return instant == null ? "never" : WHEN.format(instant.atZone(zone));
    }

    private static Sort toSort(List<QuerySortOrder> orders) {
        return Sort.by(orders.stream()
                .map(o -> o.getDirection() == SortDirection.ASCENDING
                        ? Sort.Order.asc(o.getSorted())
                        : Sort.Order.desc(o.getSorted()))
                .toList());
    }

    private static CheckboxGroup<Role> roleChoice(Set<Role> selected) {
        CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::title);
        roles.setValue(selected);
        roles.addClassName("user-roles");
        return roles;
    }

    private void openCreate() {
        Dialog dialog = new Dialog();
        dialog.addClassName("create-user-dialog");
        dialog.setHeaderTitle("New user");
        TextField username = new TextField("Username");
        username.setRequired(true);
        username.setMaxLength(64);
        TextField displayName = new TextField("Name");
        displayName.setRequired(true);
        displayName.setMaxLength(120);
        CheckboxGroup<Role> roles = roleChoice(EnumSet.of(Role.VIEWER));
        PasswordField password = new PasswordField("Initial password");
        password.setHelperText("Leave empty to generate one. At least " + PasswordPolicy.MIN_LENGTH
                + " characters; the user chooses their own at the first sign-in.");
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        dialog.add(new FormLayout(username, displayName, roles, password));
        Button save = new Button("Create", e -> {
            try {
                String shown = users.createAccount(username.getValue(), displayName.getValue(),
                        EnumSet.copyOf(roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : roles.getValue()),
                        password.getValue());
                dialog.close();
                grid.getDataProvider().refreshAll();
                showPasswordOnce("Account " + username.getValue().trim() + " created", shown);
            } catch (BusinessRuleException | IllegalArgumentException ex) {
                Notifications.error(Texts.message(ex));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private void openEdit(UserListItem user) {
        Dialog dialog = new Dialog();
        dialog.addClassName("edit-user-dialog");
        dialog.setHeaderTitle(user.username());
        TextField displayName = new TextField("Name");
        displayName.setValue(user.displayName());
        displayName.setMaxLength(120);
        CheckboxGroup<Role> roles = roleChoice(user.roles());
        dialog.add(new FormLayout(displayName, roles));

        Button save = new Button("Save", e -> {
            try {
                users.updateUser(user.id(), user.version(), displayName.getValue(),
                        roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue()));
                dialog.close();
                grid.getDataProvider().refreshAll();
                Notifications.success(user.username() + " saved");
            } catch (BusinessRuleException e2) {
                Notifications.error(Texts.message(e2));
            } catch (OptimisticLockingFailureException e2) {
                Notifications.error("Someone else changed " + user.username() + " meanwhile; nothing was saved. "
                        + "Open the user again to see their changes.");
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button enable = user.enabled()
                ? new Button("Disable", e -> confirm("Disable " + user.username() + "?",
                        "They can no longer sign in. Their records stay, and you can enable the account again.",
                        "Disable", () -> setEnabled(dialog, user, false)))
                : new Button("Enable", e -> setEnabled(dialog, user, true));
        Button reset = new Button("Reset password", e -> confirm("Reset the password of " + user.username() + "?",
                "Their current password stops working. You get a temporary one to hand over; they choose a new "
                        + "one at the next sign-in.",
                "Reset password", () -> {
                    String temporary = users.resetPassword(user.id());
                    dialog.close();
                    grid.getDataProvider().refreshAll();
                    showPasswordOnce("Password of " + user.username() + " reset", temporary);
                }));
        enable.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.getFooter().add(enable, reset, new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private void setEnabled(Dialog dialog, UserListItem user, boolean enabled) {
        try {
            users.setEnabled(user.id(), enabled);
            dialog.close();
            grid.getDataProvider().refreshAll();
            Notifications.success(user.username() + (enabled ? " enabled" : " disabled"));
        } catch (BusinessRuleException e) {
            Notifications.error(Texts.message(e));
        }
    }

    private static void confirm(String header, String text, String action, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.addClassName("user-confirm-dialog");
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setConfirmText(action);
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> onConfirm.run());
        dialog.open();
    }

    /** The only time a password is on screen: the administrator passes it on by a safe channel. */
    private static void showPasswordOnce(String header, String password) {
        Dialog dialog = new Dialog();
        dialog.addClassName("password-once-dialog");
        dialog.setHeaderTitle(header);
        Span value = new Span(password);
        value.addClassName("one-time-password");
        dialog.add(new Paragraph("Hand this password to the user in person or by phone. It is shown only now; "
                + "they must choose their own at the next sign-in."), value);
        Button done = new Button("Done", e -> dialog.close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(done);
        dialog.open();
    }
}
