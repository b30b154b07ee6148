package nl.stedenband.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nl.stedenband.StedenbandTest;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.security.Role;
import nl.stedenband.security.RunAs;
import nl.stedenband.security.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.security.test.context.support.WithMockUser;

/** The shell and home view as each role sees them. */
@StedenbandTest
class ShellViewTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void theOfficerIsWelcomedByNameAndRole() {
        navigate(DashboardView.class);

        assertThat(find(Paragraph.class).withClassName("home-role").single().getText())
                .isEqualTo("You are signed in as International relations officer.");
        assertThat(find(Span.class).withClassName("signed-in-user").single().getText())
                .isEqualTo("Sander Kuipers");
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void theClocksShowTheHomeCityFirstThenThePartnersInTheirOwnZones() {
        navigate(DashboardView.class);

        var clocks = find(CityClock.class).all();
        assertThat(clocks)
                .extracting(CityClock::cityName)
                .startsWith("Enschede")
                .contains("Dalian", "Palo Alto");
        assertThat(clocks)
                .extracting(CityClock::cityName, CityClock::zone)
                .contains(
                        tuple("Enschede", "Europe/Amsterdam"),
                        tuple("Dalian", "Asia/Shanghai"),
                        tuple("Palo Alto", "America/Los_Angeles"));
        CityClock dalian = clocks.stream()
                .filter(c -> c.cityName().equals("Dalian"))
                .findFirst()
                .orElseThrow();
        LocalTime shown = LocalTime.parse(dalian.timeText(), DateTimeFormatter.ofPattern("HH:mm"));
        LocalTime now = LocalTime.now(ZoneId.of("Asia/Shanghai"));
        long minutesApart = Math.floorMod(now.toSecondOfDay() / 60 - shown.toSecondOfDay() / 60, 24 * 60);
        assertThat(Math.min(minutesApart, 24 * 60 - minutesApart))
                .as("Dalian's clock reads Dalian's time")
                .isLessThanOrEqualTo(2);
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void aSkipLinkLeadsTheKeyboardPastTheHeaderToTheViewAndTheClockStripIsAReachableRegion() {
        navigate(DashboardView.class);

        Anchor skip = find(Anchor.class).withClassName("skip-link").single();
        assertThat(skip.getText()).isEqualTo("Skip to content");
        assertThat(skip.getHref()).isEqualTo("#" + MainLayout.CONTENT_ID);
        DashboardView view = find(DashboardView.class).single();
        assertThat(view.getElement().getAttribute("id")).isEqualTo(MainLayout.CONTENT_ID);
        assertThat(view.getElement().getAttribute("tabindex")).isEqualTo("-1");

        Div strip = find(Div.class).withClassName("city-clocks").single();
        assertThat(strip.getElement().getAttribute("role")).isEqualTo("region");
        assertThat(strip.getElement().getAttribute("aria-label")).isEqualTo("Local time in the cities");
        assertThat(strip.getElement().getAttribute("tabindex")).isEqualTo("0");
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void onADutchScreenTheClocksWriteTheirDateInDutch() {
        ZonedDateTime now = ZonedDateTime.of(2027, 1, 12, 8, 0, 0, 0, ZoneId.of("Europe/Amsterdam"));
        UI.getCurrent().setLocale(Texts.DUTCH);
        try {
            CityClock paloAlto =
                    new CityClock("Palo Alto", ZoneId.of("America/Los_Angeles"), false, now, now.getZone());

            assertThat(paloAlto.getElement().getAttribute("lang"))
                    .as("the language the browser writes the date in")
                    .isEqualTo("nl");
            assertThat(paloAlto.dateText())
                    .as("Palo Alto is still on the day before")
                    .isEqualTo("ma 11 jan");
        } finally {
            UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Role.class)
    void everyRoleIsWelcomedWithItsRoleAndOffersTheRegisters(Role role) {
        RunAs.role(role, () -> {
            navigate(DashboardView.class);
            assertThat(find(Paragraph.class).withClassName("home-role").single().getText())
                    .isEqualTo("You are signed in as " + role.title() + ".");
            List<String> registers = new ArrayList<>(List.of(
                    "Dashboard",
                    "Tasks",
                    "Cities",
                    "Organizations",
                    "Contacts",
                    "Schedule",
                    "Videoconferences",
                    "Trade missions",
                    "Exchanges",
                    "Opportunities"));
            if (role == Role.ADMIN || role == Role.OFFICER) {
                registers.add("Audit history");
            }
            if (role == Role.ADMIN) {
                registers.add("Users");
                registers.add("Retention");
            }
            if (role != Role.VIEWER) {
                registers.add("Import");
            }
            assertThat(find(SideNavItem.class).all())
                    .extracting(SideNavItem::getLabel)
                    .containsExactlyElementsOf(registers);
        });
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void aViewerWhoOpensTheNewContactFormIsRefused() {
        UI.getCurrent().navigate("contacts/new");

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(find(Paragraph.class)
                        .withClassName("not-found-message")
                        .single()
                        .getText())
                .isEqualTo("You may not create a contact here.");
    }

    @Test
    void aStrangerWhoOpensTheContactsIsSentToSignIn() {
        UI.getCurrent().navigate("contacts");

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void theMenuOffersTheDashboardView() {
        navigate(DashboardView.class);

        assertThat(find(SideNavItem.class).all())
                .extracting(SideNavItem::getLabel)
                .containsSubsequence("Dashboard", "Cities", "Organizations", "Contacts");
    }
}
