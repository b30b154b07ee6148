package nl.stedenband.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages after an action; errors stay until closed so they cannot be missed. */
public final class Notifications {

    private Notifications() {}

    public static Notification success(String text) {
        Notification n = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return n;
    }

    public static Notification error(String text) {
        Notification n = new Notification(text, 0, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.addClassName("error-notification");
        n.getElement().addEventListener("click", e -> n.close());
        n.open();
        return n;
    }
}
