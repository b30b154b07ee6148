package nl.stedenband.exchange.ui;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import nl.stedenband.StedenbandTest;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.contact.OrganizationType;
import nl.stedenband.exchange.Direction;
import nl.stedenband.exchange.ExchangeProgramme;
import nl.stedenband.exchange.ExchangeService;
import nl.stedenband.exchange.ProgrammeListItem;
import nl.stedenband.exchange.ProgrammeType;
import nl.stedenband.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@StedenbandTest
class ExchangesViewTest extends SpringBrowserlessTest {

    @Autowired
    ExchangeService exchanges;

    @Autowired
    CrmFixtures fixtures;

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void theListShowsPlacesUsedAgainstQuotaForTheYearInTheUrl() {
        String lastYear = ExchangeService.academicYearOf(LocalDate.now().minusYears(1));
        UI.getCurrent().navigate("exchanges", QueryParameters.of("year", lastYear));
        ExchangesView view = (ExchangesView) getCurrentView();

        assertThat(view.yearFilter.getValue()).isEqualTo(lastYear);
        assertThat(exchanges.list(lastYear, null, 0, 20))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.academicYear()).isEqualTo(lastYear))
                .anySatisfy(p -> assertThat(p.name()).startsWith("Gunn High School exchange"));
        assertThat(find(Anchor.class).withClassName("figures-csv").single().getText())
                .isEqualTo("Figures per year and city (CSV)");
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void acceptingAMinorWithoutConsentIsRefusedWithTheReasonOnScreen() {
        ExchangeProgramme p = SystemAuthentication.call(() -> {
            ExchangeProgramme programme = new ExchangeProgramme(
                    CrmFixtures.unique("School trip"),
                    ProgrammeType.STUDENT_EXCHANGE,
                    fixtures.organization(OrganizationType.SCHOOL, "Enschede"),
                    fixtures.organization(OrganizationType.SCHOOL, "Palo Alto"),
                    fixtures.city("Palo Alto"),
                    "2026/27",
                    2,
                    2,
                    LocalDate.of(2027, 7, 1));
            programme.setMinors(true);
            programme = exchanges.save(programme);
            exchanges.nominate(
                    programme.id(),
                    fixtures.contact(requireNonNull(programme.getHomeInstitution()), CrmFixtures.unique("Pupil"), null),
                    Direction.OUTBOUND,
                    LocalDate.of(2026, 10, 1),
                    LocalDate.of(2026, 10, 14),
                    null);
            return programme;
        });
        UI.getCurrent().navigate("exchanges/" + p.getId());

        assertThat(find(ListItem.class).withClassName("mobility").single().getText())
                .contains("no guardian consent yet");
        test(button("Accept")).click();
        assertThat(find(Notification.class).all())
                .anySatisfy(n -> assertThat(test(n).getText())
                        .isEqualTo("A guardian’s consent is needed before a minor can be accepted"));

        test(button("Guardian consented")).click();
        test(button("Accept")).click();
        assertThat(find(ListItem.class).withClassName("mobility").single().getText())
                .contains("Accepted");
        assertThat(find(Button.class).all()).extracting(Button::getText).doesNotContain("Delete");
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void aCoordinatorReadsProgrammesWithoutEditing() {
        ProgrammeListItem any = exchanges.list(null, null, 0, 1).getFirst();
        UI.getCurrent().navigate("exchanges/" + any.id());
        ExchangesView view = (ExchangesView) getCurrentView();

        assertThat(view.name.isReadOnly()).isTrue();
        assertThat(find(Button.class).all()).extracting(Button::getText).doesNotContain("Nominate", "Accept", "Save");
    }

    private Button button(String text) {
        return find(Button.class).all().stream()
                .filter(b -> text.equals(b.getText()))
                .findFirst()
                .orElseThrow();
    }
}
