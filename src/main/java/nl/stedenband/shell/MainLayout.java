package nl.stedenband.shell;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import nl.stedenband.base.RecordDirectory;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.city.City;
import nl.stedenband.city.CityService;
import nl.stedenband.security.AppUser;
import nl.stedenband.security.UserService;
import org.jspecify.annotations.Nullable;

/**
 * The frame around every view: the navigation (only what the user's roles may open), the city
 * clocks, and who is signed in. Menu titles and page titles are bundle keys ({@code @Menu(title =
 * "contact.list.title")}, {@code @PageTitle("contact.list.title")}); the frame says them in the
 * screen's language.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements HasDynamicTitle {

    private final AuthenticationContext authenticationContext;

    public MainLayout(
            AuthenticationContext authenticationContext,
            UserService userService,
            CityService cityService,
            Clock clock,
            RecordDirectory directory) {
        this.authenticationContext = authenticationContext;
        setPrimarySection(Section.DRAWER);

        String displayName = userService
                .currentUser()
                .map(AppUser::getDisplayName)
                .orElseGet(() -> authenticationContext.getPrincipalName().orElse(""));
        ZoneId viewerZone = userService
                .currentUser()
                .map(AppUser::getTimeZone)
                .map(ZoneId::of)
                .orElseGet(() -> cityService.homeCity().map(City::zone).orElse(ZoneId.of("UTC")));

        addToNavbar(
                skipLink(),
                new DrawerToggle(),
                new GlobalSearch(directory),
                clocks(cityService.listCities(), ZonedDateTime.now(clock), viewerZone));
        addToDrawer(brand(), new Scroller(navigation()), userFooter(displayName));
        UI.getCurrent().getPage().addJavaScript("context://scripts/clocks.js");
        UI.getCurrent().getPage().addJavaScript("context://scripts/unsaved.js");
    }

    /** The id of the view's element: where "Skip to content" takes the keyboard. */
    static final String CONTENT_ID = "main-content";

    /**
     * The first thing the keyboard reaches on every page, shown only when focused: it moves the
     * focus past the header and the menu to the view itself (WCAG 2.4.1), in the browser alone.
     */
    private static Anchor skipLink() {
        Anchor skip = new Anchor("#" + CONTENT_ID, Texts.t("shell.skipToContent"));
        skip.addClassName("skip-link");
        skip.getElement()
                .executeJs(
                        "this.addEventListener('click', e => {"
                                + " e.preventDefault(); const view = document.getElementById($0); if (view) { view.focus(); } })",
                        CONTENT_ID);
        return skip;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        content.getElement().setAttribute("id", CONTENT_ID);
        // focusable by the skip link and by script, but not a stop of its own for the Tab key
        content.getElement().setAttribute("tabindex", "-1");
    }

    private static Div clocks(List<City> cities, ZonedDateTime now, ZoneId viewerZone) {
        Div clocks = new Div();
        clocks.addClassName("city-clocks");
        // with many partner cities the strip scrolls: a named region the keyboard can reach and scroll (WCAG 2.1.1)
        clocks.getElement().setAttribute("role", "region");
        clocks.getElement().setAttribute("aria-label", Texts.t("shell.clocks.label"));
        clocks.getElement().setAttribute("tabindex", "0");
        cities.forEach(city -> clocks.add(new CityClock(city.getName(), city.zone(), city.isHome(), now, viewerZone)));
        return clocks;
    }

    private static Header brand() {
        Span name = new Span(Texts.t("app.name"));
        name.addClassName("brand-name");
        Span sub = new Span(Texts.t("shell.brand.sub"));
        sub.addClassName("brand-sub");
        Header header = new Header(name, sub);
        header.addClassName("brand");
        return header;
    }

    private static SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassName("main-nav");
        // the menu lists only the views the current user's roles may open
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private static SideNavItem item(MenuEntry entry) {
        String icon = entry.icon();
        SideNavItem item = icon != null && icon.contains(":")
                ? new SideNavItem(
                        Texts.translated(entry.title()),
                        entry.path(),
                        new Icon(icon.split(":", 2)[0], icon.split(":", 2)[1]))
                : new SideNavItem(Texts.translated(entry.title()), entry.path());
        // /contacts/42 keeps "Contacts" highlighted
        item.setMatchNested(!entry.path().isEmpty());
        return item;
    }

    private Footer userFooter(String displayName) {
        Span user = new Span(displayName);
        user.addClassName("signed-in-user");
        Button logout =
                new Button(Texts.t("shell.signOut"), VaadinIcon.SIGN_OUT.create(), e -> authenticationContext.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClassName("logout");
        // the account view (password, second factor) lives in the security module; named by its route
        Button account = new Button(
                Texts.t("shell.myAccount"),
                VaadinIcon.USER.create(),
                e -> UI.getCurrent().navigate("account"));
        account.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        account.addClassName("my-account");
        Footer footer = new Footer(user, account, logout);
        footer.addClassName("user-footer");
        return footer;
    }

    /**
     * The title of the view shown in this frame: its {@code @PageTitle} key in the screen's
     * language, followed by the app's name. A title that is not a key (yet) stays as written.
     */
    @Override
    public @Nullable String getPageTitle() {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return null;
        }
        return ui.getInternals().getActiveRouterTargetsChain().stream()
                .filter(target -> !(target instanceof RouterLayout))
                .findFirst()
                .map(target -> pageTitle(target.getClass()))
                .orElse(null);
    }

    static @Nullable String pageTitle(Class<?> view) {
        for (Class<?> c = view; c != null; c = c.getSuperclass()) {
            PageTitle title = c.getAnnotation(PageTitle.class);
            if (title != null) {
                return Texts.isKey(title.value()) ? Texts.t("app.page.title", Texts.t(title.value())) : title.value();
            }
        }
        return null;
    }
}
