package nl.stedenband.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.stedenband.base.BusinessRuleException;
import nl.stedenband.base.ui.CsvDownload;
import nl.stedenband.base.ui.ExportableGrid;
import nl.stedenband.base.ui.Formats;
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
@PageTitle("security.users.title")
@Menu(order = 95, icon = "vaadin:users", title = "security.users.title")
@RolesAllowed(Role.Names.ADMIN)
public class UserAdminView extends Main {

    private final UserService users;
    private final Clock clock;
    private final ZoneId zone;
    final ExportableGrid<UserListItem> grid = new ExportableGrid<>();
    private final Span count = new Span();

    public UserAdminView(UserService users, Clock clock) {
        this.users = users;
        this.clock = clock;
        this.zone =
                users.currentUser().map(AppUser::getTimeZone).map(ZoneId::of).orElse(ZoneId.of("Europe/Amsterdam"));
        addClassNames("user-admin-view");

        Button create = new Button(Texts.t("security.users.new"), VaadinIcon.PLUS.create(), e -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        count.addClassName("record-count");
        HorizontalLayout header = new HorizontalLayout(
                new H1(Texts.t("security.users.title")), count, new CsvDownload<>(grid, "users"), create);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassName("view-header");
        header.expand(count);

        grid.addClassName("user-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(50);
        grid.addColumn(UserListItem::username)
                .setHeader(Texts.t("security.users.column.username"))
                .setSortProperty("username")
                .setKey("username");
        grid.addColumn(UserListItem::displayName)
                .setHeader(Texts.t("security.users.column.name"))
                .setSortProperty("displayName")
                .setKey("name")
                .setFlexGrow(2);
        grid.addColumn(u -> u.roles().stream().sorted().map(Texts::label).collect(Collectors.joining(", ")))
                .setHeader(Texts.t("security.users.column.roles"))
                .setKey("roles")
                .setFlexGrow(2);
        grid.addColumn(this::status)
                .setHeader(Texts.t("security.users.column.status"))
                .setSortProperty("enabled")
                .setKey("status");
        grid.addColumn(u -> format(u.lastLoginAt()))
                .setHeader(Texts.t("security.users.column.lastLogin"))
                .setSortProperty("lastLoginAt")
                .setKey("lastLogin")
                .setAutoWidth(true);
        // failures count whether the account exists or not, so a guessed username shows here too
        grid.addColumn(UserListItem::recentFailedSignIns)
                .setHeader(Texts.t("security.users.column.failures"))
                .setKey("failures")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(u -> u.totpEnabled() ? Texts.t("security.users.totp.on") : Texts.t("security.users.totp.off"))
                .setHeader(Texts.t("security.users.column.totp"))
                .setSortProperty("totpEnabled")
                .setKey("totp");
        grid.setItems(q -> users.listUsers(q.getOffset(), q.getLimit(), toSort(q.getSortOrders())).stream(), q -> {
            long n = users.countUsers();
            count.setText(Texts.t("security.users.count", n));
            return (int) n;
        });
        grid.addItemClickListener(e -> openEdit(e.getItem()));
        grid.setSizeFull();
        add(header, grid);
        setSizeFull();
    }

    private String status(UserListItem user) {
        if (!user.enabled()) {
            return Texts.t("security.users.status.disabled");
        }
        Instant locked = user.lockedUntil();
        if (locked != null && locked.isAfter(clock.instant())) {
            return Texts.t("security.users.status.locked", format(locked));
        }
        return user.passwordChangeRequired()
                ? Texts.t("security.users.status.mustChange")
                : Texts.t("security.users.status.enabled");
    }

    private String format(@Nullable Instant instant) {
        return instant == null ? Texts.t("security.users.never") : Formats.dateTime(instant.atZone(zone));
    }

    private static Sort toSort(List<QuerySortOrder> orders) {
        return Sort.by(orders.stream()
                .map(o -> o.getDirection() == SortDirection.ASCENDING
                        ? Sort.Order.asc(o.getSorted())
                        : Sort.Order.desc(o.getSorted()))
                .toList());
    }

    private static CheckboxGroup<Role> roleChoice(Set<Role> selected) {
        CheckboxGroup<Role> roles = new CheckboxGroup<>(Texts.t("security.users.column.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Texts::label);
        roles.setValue(selected);
        roles.addClassName("user-roles");
        return roles;
    }

    private void openCreate() {
        Dialog dialog = new Dialog();
        dialog.addClassName("create-user-dialog");
        dialog.setHeaderTitle(Texts.t("security.users.new"));
        TextField username = new TextField(Texts.t("security.users.column.username"));
        username.setRequired(true);
        username.setMaxLength(64);
        TextField displayName = new TextField(Texts.t("security.users.column.name"));
        displayName.setRequired(true);
        displayName.setMaxLength(120);
        CheckboxGroup<Role> roles = roleChoice(EnumSet.of(Role.VIEWER));
        PasswordField password = new PasswordField(Texts.t("security.users.initialPassword"));
        password.setHelperText(Texts.t("security.users.initialPassword.helper", PasswordPolicy.MIN_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_FIELD_LENGTH);
        password.addValueChangeListener(e -> PasswordErrors.clear(password));
        dialog.add(new FormLayout(username, displayName, roles, password));
        Button save = new Button(Texts.t("security.users.create"), e -> {
            try {
                String shown = users.createAccount(
                        username.getValue(),
                        displayName.getValue(),
                        EnumSet.copyOf(roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : roles.getValue()),
                        password.getValue());
                dialog.close();
                grid.getDataProvider().refreshAll();
                showPasswordOnce(
                        Texts.t("security.users.created", username.getValue().trim()), shown);
            } catch (BusinessRuleException ex) {
                if (PasswordErrors.isAboutPassword(ex)) {
                    PasswordErrors.show(password, ex);
                } else {
                    Notifications.error(Texts.message(ex));
                }
            } catch (IllegalArgumentException ex) {
                Notifications.error(Texts.message(ex));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(Texts.t("base.action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openEdit(UserListItem user) {
        Dialog dialog = new Dialog();
        dialog.addClassName("edit-user-dialog");
        dialog.setHeaderTitle(user.username());
        TextField displayName = new TextField(Texts.t("security.users.column.name"));
        displayName.setValue(user.displayName());
        displayName.setMaxLength(120);
        CheckboxGroup<Role> roles = roleChoice(user.roles());
        dialog.add(new FormLayout(displayName, roles));

        Button save = new Button(Texts.t("base.action.save"), e -> {
            try {
                users.updateUser(
                        user.id(),
                        user.version(),
                        displayName.getValue(),
                        roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue()));
                dialog.close();
                grid.getDataProvider().refreshAll();
                Notifications.success(Texts.t("security.users.saved", user.username()));
            } catch (BusinessRuleException e2) {
                Notifications.error(Texts.message(e2));
            } catch (OptimisticLockingFailureException e2) {
                Notifications.error(Texts.t("security.users.concurrent", user.username()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button enable = user.enabled()
                ? new Button(
                        Texts.t("security.users.disable"),
                        e -> confirm(
                                Texts.t("security.users.disable.title", user.username()),
                                Texts.t("security.users.disable.text"),
                                Texts.t("security.users.disable"),
                                () -> setEnabled(dialog, user, false)))
                : new Button(Texts.t("security.users.enable"), e -> setEnabled(dialog, user, true));
        Button reset = new Button(
                Texts.t("security.users.reset"),
                e -> confirm(
                        Texts.t("security.users.reset.title", user.username()),
                        Texts.t("security.users.reset.text"),
                        Texts.t("security.users.reset"),
                        () -> {
                            String temporary = users.resetPassword(user.id());
                            dialog.close();
                            grid.getDataProvider().refreshAll();
                            showPasswordOnce(Texts.t("security.users.reset.done", user.username()), temporary);
                        }));
        enable.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.getFooter().add(enable, reset, new Button(Texts.t("base.action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void setEnabled(Dialog dialog, UserListItem user, boolean enabled) {
        try {
            users.setEnabled(user.id(), enabled);
            dialog.close();
            grid.getDataProvider().refreshAll();
            Notifications.success(
                    Texts.t(enabled ? "security.users.enabled" : "security.users.disabled", user.username()));
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
        dialog.add(new Paragraph(Texts.t("security.users.passwordOnce")), value);
        Button done = new Button(Texts.t("security.users.done"), e -> dialog.close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(done);
        dialog.open();
    }
}
