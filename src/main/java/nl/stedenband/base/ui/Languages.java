package nl.stedenband.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Which language a screen speaks: the user's own choice, else the one picked on the sign-in page
 * for this browser session, else the browser's (Dutch for any nl, English for anything else).
 */
public final class Languages {

    /** The language picked on the sign-in page, kept for the browser session. */
    static final String SESSION_CHOICE = "stedenband.language";

    private Languages() {}

    /** The stored code of a preference ({@code nl}, {@code en}) as a language; null for "follow the browser". */
    public static @Nullable Locale ofCode(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return Texts.language(Locale.forLanguageTag(code.trim()));
    }

    /** The language for the browser's own: Dutch for nl, nl-NL, nl-BE, …, else English. */
    public static Locale ofBrowser(@Nullable Locale browser) {
        return browser == null ? Locale.ENGLISH : Texts.language(browser);
    }

    /**
     * The language the browser asks for (Accept-Language) in the current request; English without
     * one, rather than the server's own default language.
     */
    public static Locale browserLanguage() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getHeader("Accept-Language") != null) {
            return ofBrowser(request.getLocale());
        }
        return Locale.ENGLISH;
    }

    /** The language picked on the sign-in page for this browser session, if any. */
    public static @Nullable Locale sessionChoice() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : (Locale) session.getAttribute(SESSION_CHOICE);
    }

    /** Remembers a language for this browser session (until the user's own preference says otherwise). */
    public static void chooseForSession(@Nullable Locale language) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(SESSION_CHOICE, language);
        }
    }

    /** The language for a screen, from the user's preference (null: none), the session's choice and the browser. */
    public static Locale decide(@Nullable Locale preference) {
        if (preference != null) {
            return preference;
        }
        Locale chosen = sessionChoice();
        return chosen != null ? chosen : browserLanguage();
    }

    /** Switches the screen to the language, including the page's {@code <html lang>} for screen readers. */
    public static void show(UI ui, Locale language) {
        Locale locale = Texts.language(language);
        ui.setLocale(locale);
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
    }
}
