package nl.stedenband.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import nl.stedenband.StedenbandTest;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationService;
import nl.stedenband.contact.OrganizationType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.security.test.context.support.WithMockUser;

/** Over-long input is cut by the browser at the column's length, and refused with a clear message by the service. */
@StedenbandTest
@WithMockUser(username = "admin", roles = "ADMIN")
class OverlongInputTest extends SpringBrowserlessTest {

    @Autowired
    OrganizationService organizations;

    @Test
    void everyTextFieldOfTheMainFormsHasAMaximumLength() throws IllegalAccessException {
        List<String> missing = new ArrayList<>();
        for (String route : new String[] {
            "organizations", "contacts", "missions", "meetings", "exchanges", "tasks", "opportunities", "cities"
        }) {
            UI.getCurrent().navigate(route);
            Object view = getCurrentView();
            for (Field field : view.getClass().getDeclaredFields()) {
                // search and filter boxes are not stored anywhere
                if (field.getName().equals("search") || field.getName().endsWith("Filter")) {
                    continue;
                }
                field.setAccessible(true);
                Object value = field.get(view);
                double max = value instanceof TextField t
                        ? t.getMaxLength()
                        : value instanceof TextArea a
                                ? a.getMaxLength()
                                : value instanceof EmailField e ? e.getMaxLength() : -1;
                if (max == 0) {
                    missing.add(route + "." + field.getName());
                }
            }
        }
        assertThat(missing).as("text fields without a maximum length").isEmpty();
    }

    @Test
    void anOverLongNameIsRefusedWithAClearMessageNotADatabaseError() {
        Organization organization = new Organization("x".repeat(10_000), OrganizationType.COMPANY, null);

        assertThatThrownBy(() -> organizations.save(organization))
                .isNotInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("At most 200 characters");
    }
}
