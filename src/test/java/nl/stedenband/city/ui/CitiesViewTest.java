package nl.stedenband.city.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalTime;
import java.util.List;
import nl.stedenband.StedenbandTest;
import nl.stedenband.city.City;
import nl.stedenband.city.CityService;
import nl.stedenband.city.Partnership;
import nl.stedenband.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The cities register: administrators maintain it, everyone else reads it. */
@StedenbandTest
class CitiesViewTest extends SpringBrowserlessTest {

    @Autowired
    CityService cities;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdministratorChangesACitysWorkingHours() {
        City dalian = city("Dalian");
        UI.getCurrent().navigate("cities/" + dalian.getId());
        CitiesView view = (CitiesView) getCurrentView();

        test(view.workStart).setValue(LocalTime.of(8, 30));
        test(button("Save")).click();

        assertThat(city("Dalian").getWorkStart()).isEqualTo(LocalTime.of(8, 30));
        test(view.workStart).setValue(LocalTime.of(9, 0));
        test(button("Save")).click();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void workingHoursThatEndBeforeTheyStartAreRefusedWithAReason() {
        City paloAlto = city("Palo Alto");
        UI.getCurrent().navigate("cities/" + paloAlto.getId());
        CitiesView view = (CitiesView) getCurrentView();

        test(view.workEnd).setValue(LocalTime.of(8, 0));
        test(button("Save")).click();

        assertThat(find(Notification.class).all()).isNotEmpty();
        assertThat(city("Palo Alto").getWorkEnd()).isEqualTo(LocalTime.of(17, 0));
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void everyoneSeesThePartnershipHistoryButOnlyAdministratorsEdit() {
        City paloAlto = city("Palo Alto");
        UI.getCurrent().navigate("cities/" + paloAlto.getId());
        CitiesView view = (CitiesView) getCurrentView();

        @SuppressWarnings("unchecked")
        Grid<Partnership> partnerships = find(Grid.class).all().stream()
                .filter(g -> !g.getClassNames().contains("record-grid"))
                .findFirst()
                .orElseThrow();
        List<String> names = java.util.stream.IntStream.range(
                        0, test(partnerships).size())
                .mapToObj(i -> test(partnerships).getRow(i).getName())
                .toList();
        assertThat(names).containsExactly("Cultural twinning", "Economic Alliance", "Smart City Alliance");
        assertThat(view.name.isReadOnly()).isTrue();
        assertThat(find(Button.class).all()).noneMatch(b -> "Save".equals(b.getText()) && b.isVisible());
        assertThat(find(Button.class).all()).noneMatch(b -> "Add partnership".equals(b.getText()));
    }

    private City city(String name) {
        return SystemAuthentication.call(() -> cities.listCities().stream()
                .filter(c -> c.getName().equals(name))
                .findFirst()
                .orElseThrow());
    }

    private Button button(String text) {
        return find(Button.class).all().stream()
                .filter(b -> text.equals(b.getText()))
                .findFirst()
                .orElseThrow();
    }
}
