package nl.stedenband.base.ui;

import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * The last net for a database that is down or hung: whatever a view did not handle itself (a
 * list that could not load its next page, a button without {@link Actions}) becomes the same
 * message on screen, and the page stays as it is, instead of an error in the log only.
 */
@Component
class DatabaseErrorHandler implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        ErrorHandler fallback = new DefaultErrorHandler();
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler(fallback)));
    }

    private record Handler(ErrorHandler fallback) implements ErrorHandler {
        @Override
        public void error(ErrorEvent event) {
            if (Actions.isDatabaseUnavailable(event.getThrowable()) && com.vaadin.flow.component.UI.getCurrent() != null) {
                Actions.databaseUnavailable();
            } else {
                fallback.error(event);
            }
        }
    }
}
