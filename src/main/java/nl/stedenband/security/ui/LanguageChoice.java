package nl.stedenband.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import nl.stedenband.base.ui.Languages;
import nl.stedenband.security.AppUser;
import nl.stedenband.security.SecondFactor;
import nl.stedenband.security.UserService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Every new screen (each page load, so also right after signing in) speaks the signed-in user's
 * language, or else the one picked on the sign-in page, or else the browser's.
 */
@Component
class LanguageChoice implements VaadinServiceInitListener {

    private final UserService users;

    LanguageChoice(UserService users) {
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> applyTo(e.getUI()));
    }

    void applyTo(UI ui) {
        Languages.show(ui, Languages.decide(preference()));
    }

    /** The signed-in user's own choice; none before the sign-in is complete. */
    private @Nullable Locale preference() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null
                || !auth.isAuthenticated()
                || auth instanceof AnonymousAuthenticationToken
                || SecondFactor.isPending()) {
            return null;
        }
        try {
            return users.currentUser()
                    .map(AppUser::getPreferredLanguage)
                    .map(Languages::ofCode)
                    .orElse(null);
        } catch (AccessDeniedException e) {
            return null;
        }
    }
}
