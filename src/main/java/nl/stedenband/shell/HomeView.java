package nl.stedenband.shell;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import nl.stedenband.security.AppUser;
import nl.stedenband.security.Role;
import nl.stedenband.security.UserService;

/** The start page; it becomes the dashboard once there is something to show. */
@Route("")
@PageTitle("Home · Stedenband")
@Menu(order = 0, icon = "vaadin:home", title = "Home")
@PermitAll
public class HomeView extends Main {

    public HomeView(UserService userService) {
        addClassName("home-view");
        AppUser user = userService.currentUser().orElseThrow();
        String roles = user.getRoles().stream().sorted().map(Role::title).collect(Collectors.joining(", "));
        H1 welcome = new H1("Welcome, " + user.getDisplayName());
        Paragraph role = new Paragraph("You are signed in as " + roles + ".");
        role.addClassName("home-role");
        Paragraph intro = new Paragraph(
                "Stedenband keeps Enschede's partnerships with its partner cities: contacts and organizations, "
                        + "trade missions, exchanges and videoconferences. The clocks above show the time in each city.");
        add(welcome, role, intro);
    }
}
