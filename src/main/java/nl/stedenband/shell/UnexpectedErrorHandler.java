package nl.stedenband.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.stedenband.base.ui.Actions;
import nl.stedenband.base.ui.Texts;
import org.springframework.stereotype.Component;

/**
 * When something fails unexpectedly while the user works (a click, a save), the page stays as it is
 * with the user's input, and a notification says so with an incident id; the stack trace goes to the
 * log only. A database that is down or hung gets the message of {@link Actions} instead. Installed
 * in every session.
 */
@Component
class UnexpectedErrorHandler implements ErrorHandler, VaadinServiceInitListener {

    /** Bundle key of the message; its placeholder is the incident id. */
    static final String MESSAGE = "shell.unexpected.message";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        // a database that is down or hung is not an incident: say so, the same way everywhere
        if (Actions.isDatabaseUnavailable(event.getThrowable()) && UI.getCurrent() != null) {
            Actions.databaseUnavailable();
            return;
        }
        String id = Incidents.log("user action", event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification n = new Notification(Texts.t(MESSAGE, id), 8000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            n.addClassName("unexpected-error");
            n.open();
        }
    }
}
