package nl.stedenband.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import nl.stedenband.StedenbandTest;
import nl.stedenband.audit.ui.HistoryPanel;
import nl.stedenband.contact.Contact;
import nl.stedenband.contact.ContactService;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationType;
import nl.stedenband.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The privacy panel on a contact's page: for administrators and officers, and an erasure only after confirmation. */
@StedenbandTest
class PrivacyPanelTest extends SpringBrowserlessTest {

    @Autowired
    CrmFixtures fixtures;

    @Autowired
    ContactService contacts;

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void anErasureAsksFirstNamingThePersonAndWantsAReason() {
        Contact c = contact();
        UI.getCurrent().navigate("contacts/" + c.id());

        PrivacyPanel panel = find(PrivacyPanel.class).single();
        assertThat(panel.export.getText()).isEqualTo("Export personal data");
        assertThat(panel.export.getHref()).isNotBlank();
        test(panel.erase).click();

        Dialog dialog = find(Dialog.class).withClassName("privacy-erase-dialog").single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Erase the personal data of " + c.getFullName() + "?");
        Button confirm =
                find(Button.class).withClassName("privacy-erase-confirm").single();
        assertThat(confirm.isEnabled()).as("no reason, no erasure").isFalse();
        TextArea reason =
                find(TextArea.class).withClassName("privacy-erase-reason").single();
        test(reason).setValue("   ");
        assertThat(confirm.isEnabled()).isFalse();

        // cancelling leaves the person as they were
        test(find(Button.class).withClassName("privacy-erase-cancel").single()).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(stored(c).getLastName()).isEqualTo(c.getLastName());

        test(find(PrivacyPanel.class).single().erase).click();
        test(find(TextArea.class).withClassName("privacy-erase-reason").single())
                .setValue("Request of the person");
        Button enabled =
                find(Button.class).withClassName("privacy-erase-confirm").single();
        assertThat(enabled.isEnabled()).isTrue();
        test(enabled).click();

        Contact after = stored(c);
        assertThat(after.getLastName()).isEqualTo("#" + c.id());
        assertThat(after.getEmail()).isNull();
        // the page shows the anonymised contact, and its history the request with its reason
        test(find(HistoryPanel.class).single()).openDetails();
        assertThat(find(Span.class).withClassName("history-new").all())
                .extracting(Span::getText)
                .anySatisfy(text -> assertThat(text)
                        .startsWith("Erasure of personal data on ")
                        .endsWith(": Request of the person"));
        assertThat(find(PrivacyPanel.class).single()).isNotNull();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void administratorsHaveThePanel() {
        UI.getCurrent().navigate("contacts/" + contact().getId());

        assertThat(find(PrivacyPanel.class).all()).hasSize(1);
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void coordinatorsDoNotHaveThePanelEvenOnContactsTheyWrite() {
        UI.getCurrent().navigate("contacts/" + contact().getId());

        assertThat(find(PrivacyPanel.class).all()).isEmpty();
        assertThat(find(Button.class).withClassName("privacy-erase").all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void viewersDoNotHaveThePanel() {
        UI.getCurrent().navigate("contacts/" + contact().getId());

        assertThat(find(PrivacyPanel.class).all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void aDutchScreenSaysItInDutch() {
        UI.getCurrent().setLocale(java.util.Locale.of("nl", "NL"));
        Contact c = contact();
        UI.getCurrent().navigate("contacts/" + c.id());

        PrivacyPanel panel = find(PrivacyPanel.class).single();
        assertThat(panel.export.getText()).isEqualTo("Persoonsgegevens exporteren");
        assertThat(panel.erase.getText()).isEqualTo("Wissen / anonimiseren");
        test(panel.erase).click();
        assertThat(find(Dialog.class)
                        .withClassName("privacy-erase-dialog")
                        .single()
                        .getHeaderTitle())
                .isEqualTo("Persoonsgegevens van " + c.getFullName() + " wissen?");
    }

    private Contact contact() {
        // a startup's contact: coordinators write it, and still get no privacy panel
        Organization org = fixtures.organization(OrganizationType.STARTUP, "Enschede");
        return fixtures.contact(
                org, CrmFixtures.unique("Panel"), CrmFixtures.unique("panel").replace(' ', '.') + "@example.nl");
    }

    private Contact stored(Contact c) {
        return SystemAuthentication.call(() -> contacts.get(c.id()));
    }
}
