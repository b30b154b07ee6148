package nl.stedenband.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.security.FailedSignIns;
import nl.stedenband.security.SecondFactor;
import org.springframework.stereotype.Component;

/**
 * Tells a user who has just signed in (both steps) how many attempts on their account failed since
 * their last visit, once; it stays until closed, so that it is read.
 */
@Component
class FailedSignInNotice implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addAfterNavigationListener(this::afterNavigation));
    }

    void afterNavigation(AfterNavigationEvent event) {
        VaadinSession vaadin = VaadinSession.getCurrent();
        WrappedSession session = vaadin == null ? null : vaadin.getSession();
        if (session == null
                || SecondFactor.isPending()
                || !(session.getAttribute(FailedSignIns.SESSION_ATTRIBUTE) instanceof Integer failures)) {
            return;
        }
        session.removeAttribute(FailedSignIns.SESSION_ATTRIBUTE);
        show(failures);
    }

    static Notification show(int failures) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.setDuration(0);
        notification.addClassName("failed-sign-ins-notice");
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel(Texts.t("base.action.close"));
        HorizontalLayout content =
                new HorizontalLayout(new Span(Texts.t("security.signIn.failuresSinceLastVisit", failures)), close);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        notification.add(content);
        notification.open();
        return notification;
    }
}
