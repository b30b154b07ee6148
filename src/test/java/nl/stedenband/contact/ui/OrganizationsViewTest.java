package nl.stedenband.contact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import nl.stedenband.StedenbandTest;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationFilter;
import nl.stedenband.contact.OrganizationService;
import nl.stedenband.contact.OrganizationType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@StedenbandTest
class OrganizationsViewTest extends SpringBrowserlessTest {

    @Autowired
    CrmFixtures fixtures;

    @Autowired
    OrganizationService organizations;

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void anOrganizationLinksToItsContacts() {
        Organization org = fixtures.organization(OrganizationType.UNIVERSITY, "Enschede");
        fixtures.contact(org, CrmFixtures.unique("Student"), null);

        UI.getCurrent().navigate("organizations/" + org.getId());

        Anchor link =
                find(Anchor.class).withClassName("organization-contacts-link").single();
        assertThat(link.getText()).isEqualTo("1 contact");
        assertThat(link.getHref()).isEqualTo("contacts?organization=" + org.getId());
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void deletingAnOrganizationWithContactsIsRefusedWithTheReason() {
        Organization org = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        fixtures.contact(org, CrmFixtures.unique("Employee"), null);
        UI.getCurrent().navigate("organizations/" + org.getId());

        test(find(Button.class).all().stream()
                        .filter(b -> "Delete".equals(b.getText()))
                        .findFirst()
                        .orElseThrow())
                .click();
        test(find(ConfirmDialog.class).all().stream()
                        .filter(d -> d.getElement().getProperty("header", "").startsWith("Delete organization"))
                        .findFirst()
                        .orElseThrow())
                .confirm();

        assertThat(find(Notification.class).all())
                .anySatisfy(n -> assertThat(test(n).getText()).contains("1 contact belongs to it"));
        assertThat(organizations.count(new OrganizationFilter(org.getName(), null, null, null)))
                .isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void aCoordinatorMaintainsStartupsButOnlyReadsSchools() {
        Organization startup = fixtures.organization(OrganizationType.STARTUP, "Enschede");
        Organization school = fixtures.organization(OrganizationType.SCHOOL, "Enschede");

        UI.getCurrent().navigate("organizations/" + startup.getId());
        assertThat(((OrganizationsView) getCurrentView()).name.isReadOnly()).isFalse();
        UI.getCurrent().navigate("organizations/" + school.getId());
        assertThat(((OrganizationsView) getCurrentView()).name.isReadOnly()).isTrue();
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void aWebsiteMustBeAFullAddress() {
        UI.getCurrent().navigate("organizations/new");
        OrganizationsView view = (OrganizationsView) getCurrentView();

        test(view.name).setValue(CrmFixtures.unique("Webless"));
        test(view.type).selectItem("Company");
        test(view.website).setValue("www.example");
        test(find(Button.class).all().stream()
                        .filter(b -> "Save".equals(b.getText()))
                        .findFirst()
                        .orElseThrow())
                .click();

        assertThat(view.website.isInvalid()).isTrue();
        assertThat(view.website.getErrorMessage()).contains("full web address");
    }
}
