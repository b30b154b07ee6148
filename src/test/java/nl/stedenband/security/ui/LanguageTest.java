package nl.stedenband.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.mocks.MockRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.stedenband.StedenbandTest;
import nl.stedenband.security.AppUser;
import nl.stedenband.security.Role;
import nl.stedenband.security.SystemAuthentication;
import nl.stedenband.security.UserService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Each user works in their own language: the one chosen on My account, else the browser's; and the
 * contact register (title, buttons, columns, checks of the form) speaks it.
 */
@StedenbandTest
class LanguageTest extends SpringBrowserlessTest {

    private static final String PASSWORD = "tulips-along-the-canal";

    @Autowired
    UserService users;

    @Autowired
    LanguageChoice languageChoice;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aUserWhoChoseDutchSeesTheContactsInDutch() {
        signInAs(officerPreferring("nl"));
        browserAsks(Locale.ENGLISH);
        newScreen();

        UI.getCurrent().navigate("contacts");

        assertThat(find(H1.class).single().getText()).isEqualTo("Contactpersonen");
        assertThat(buttonTexts()).contains("Nieuwe contactpersoon");
        assertThat(contactGrid().getColumnByKey("name").getHeaderText()).isEqualTo("Naam");
        assertThat(contactGrid().getColumnByKey("organization").getHeaderText()).isEqualTo("Organisatie");
        assertThat(find(SideNavItem.class).all())
                .extracting(SideNavItem::getLabel)
                .contains("Taken", "Steden", "Organisaties", "Contactpersonen");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Contactpersonen · Stedenband");
        assertThat(buttonTexts()).contains("Uitloggen", "Mijn account");

        UI.getCurrent().navigate("contacts/new");
        test(textField("Voornaam")).setValue("Alleen");
        test(button("Opslaan")).click();

        assertThat(textField("Achternaam").getErrorMessage()).isEqualTo("Vul de achternaam in");
        assertThat(find(Notification.class).all())
                .extracting(this::text)
                .contains("Verbeter de velden die rood zijn gemarkeerd.");
        assertThat(find(H2.class).withClassName("record-editor-title").single().getText())
                .isEqualTo("Nieuwe contactpersoon");
        DatePicker consent = find(DatePicker.class).all().stream()
                .filter(d -> "Datum toestemming".equals(d.getLabel()))
                .findFirst()
                .orElseThrow();
        assertThat(consent.getI18n().getMonthNames()).startsWith("januari", "februari", "maart");
        assertThat(consent.getI18n().getFirstDayOfWeek()).isEqualTo(1);
    }

    @Test
    void aUserWhoChoseEnglishSeesTheContactsInEnglishWhateverTheBrowserSays() {
        signInAs(officerPreferring("en"));
        browserAsks(Locale.forLanguageTag("nl-NL"));
        newScreen();

        UI.getCurrent().navigate("contacts/new");
        test(textField("First name")).setValue("Only");
        test(button("Save")).click();

        assertThat(find(H1.class).single().getText()).isEqualTo("Contacts");
        assertThat(contactGrid().getColumnByKey("name").getHeaderText()).isEqualTo("Name");
        assertThat(textField("Last name").getErrorMessage()).isEqualTo("Enter the last name");
        assertThat(buttonTexts()).contains("New contact", "Sign out");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Contacts · Stedenband");
    }

    @Test
    void withoutAChoiceTheBrowsersLanguageDecides() {
        signInAs(officerPreferring(null));

        browserAsks(Locale.forLanguageTag("nl-BE"));
        newScreen();
        UI.getCurrent().navigate("contacts");
        assertThat(find(H1.class).single().getText()).isEqualTo("Contactpersonen");

        browserAsks(Locale.forLanguageTag("de-DE"));
        newScreen();
        UI.getCurrent().navigate("organizations");
        assertThat(find(H1.class).single().getText()).isEqualTo("Organizations");
    }

    @Test
    void choosingDutchOnMyAccountTakesEffectAtOnceAndIsKept() {
        AppUser user = officerPreferring(null);
        signInAs(user);
        browserAsks(Locale.ENGLISH);
        newScreen();
        UI.getCurrent().navigate("account");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> picker =
                find(RadioButtonGroup.class).withClassName("language-picker").single();
        test(picker).selectItem("Nederlands");

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("nl");
        assertThat(users.currentUser().orElseThrow().getPreferredLanguage()).isEqualTo("nl");
        UI.getCurrent().navigate("contacts");
        assertThat(find(H1.class).single().getText()).isEqualTo("Contactpersonen");

        // the next sign-in, from a browser set to English
        browserAsks(Locale.ENGLISH);
        newScreen();
        UI.getCurrent().navigate("contacts");
        assertThat(find(H1.class).single().getText()).isEqualTo("Contactpersonen");
    }

    @Test
    void theSignInPageOffersTheOtherLanguageForThisBrowserSession() {
        browserAsks(Locale.ENGLISH);
        newScreen();
        UI.getCurrent().navigate("login");

        test(find(Button.class).withClassName("login-language-nl").single()).click();

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("nl");
        newScreen();
        UI.getCurrent().navigate("login");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Inloggen · Stedenband");
    }

    // --- helpers

    private AppUser officerPreferring(@Nullable String language) {
        String username = "language-" + System.nanoTime() % 1_000_000;
        AppUser user = SystemAuthentication.call(
                () -> users.createUser(username, "Test " + username, PASSWORD, Set.of(Role.OFFICER)));
        signInAs(user);
        users.setPreferredLanguage(language);
        return user;
    }

    private static void signInAs(AppUser user) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user.getUsername(), null, List.of(new SimpleGrantedAuthority(Role.OFFICER.authority()))));
        SecurityContextHolder.setContext(context);
    }

    /** The Accept-Language of the browser's requests. */
    private static void browserAsks(Locale locale) {
        ServletRequest unwrapped = (VaadinServletRequest) VaadinRequest.getCurrent();
        while (unwrapped instanceof ServletRequestWrapper wrapper) {
            unwrapped = wrapper.getRequest();
        }
        MockRequest request = (MockRequest) unwrapped;
        request.getHeaders().put("Accept-Language", List.of(locale.toLanguageTag()));
        request.setLocaleInt(locale);
    }

    /** What happens when a page is loaded: the screen takes its language. */
    private void newScreen() {
        languageChoice.applyTo(UI.getCurrent());
    }

    @SuppressWarnings("unchecked")
    private Grid<Object> contactGrid() {
        return find(Grid.class).withClassName("record-grid").single();
    }

    private List<String> buttonTexts() {
        return find(Button.class).all().stream().map(Button::getText).toList();
    }

    private TextField textField(String label) {
        return find(TextField.class).all().stream()
                .filter(f -> label.equals(f.getLabel()))
                .findFirst()
                .orElseThrow();
    }

    private Button button(String text) {
        return find(Button.class).all().stream()
                .filter(b -> text.equals(b.getText()))
                .findFirst()
                .orElseThrow();
    }

    private String text(Notification n) {
        return test(n).getText();
    }
}
