package nl.stedenband.contact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.stedenband.StedenbandTest;
import nl.stedenband.base.ui.CsvDownload;
import nl.stedenband.base.ui.ListExportTest;
import nl.stedenband.contact.Contact;
import nl.stedenband.contact.ContactFilter;
import nl.stedenband.contact.ContactListItem;
import nl.stedenband.contact.ContactService;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.contact.GdprBasis;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationType;
import nl.stedenband.security.SystemAuthentication;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithMockUser;

/** The GDPR basis and consent date of contacts: columns of the list and filters in the URL, filtered in SQL. */
@StedenbandTest
class ContactConsentFilterTest extends SpringBrowserlessTest {

    @Autowired
    CrmFixtures fixtures;

    @Autowired
    ContactService contacts;

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void theConsentFiltersLiveInTheUrlAndTheExportFollowsThem() {
        Organization org = fixtures.organization(OrganizationType.STARTUP, "Dalian");
        Contact old = withBasis(
                fixtures.contact(org, CrmFixtures.unique("Oldconsent"), null),
                GdprBasis.CONSENT,
                LocalDate.of(2020, 3, 1));
        withBasis(
                fixtures.contact(org, CrmFixtures.unique("Newconsent"), null),
                GdprBasis.CONSENT,
                LocalDate.of(2026, 3, 1));
        withBasis(fixtures.contact(org, CrmFixtures.unique("Contract"), null), GdprBasis.CONTRACT, null);

        UI.getCurrent()
                .navigate(
                        "contacts",
                        QueryParameters.fromString(
                                "organization=" + org.getId() + "&basis=CONSENT&consentBefore=2024-01-01"));
        ContactsView view = (ContactsView) getCurrentView();

        assertThat(view.basisFilter.getValue()).isEqualTo(GdprBasis.CONSENT);
        assertThat(view.consentBeforeFilter.getValue()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getRow(0).id()).isEqualTo(old.getId());
        List<List<String>> csv = export();
        assertThat(csv).hasSize(2);
        assertThat(csv.get(1)).startsWith(old.getFullName(), org.getName());
        assertThat(csv.get(1)).endsWith("Consent", "2020-03-01");
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void choosingAFilterPutsItInTheUrl() {
        Organization org = fixtures.organization(OrganizationType.STARTUP, "Dalian");
        Contact contract =
                withBasis(fixtures.contact(org, CrmFixtures.unique("Bycontract"), null), GdprBasis.CONTRACT, null);
        withBasis(
                fixtures.contact(org, CrmFixtures.unique("Byconsent"), null),
                GdprBasis.CONSENT,
                LocalDate.of(2025, 1, 1));
        UI.getCurrent().navigate("contacts", QueryParameters.of("organization", String.valueOf(org.getId())));
        ContactsView view = (ContactsView) getCurrentView();

        test(view.basisFilter).selectItem("Contract");

        // like every filter chosen in the bar, it replaces the organization the list was opened for
        assertThat(view.filterParameters()).containsEntry("basis", "CONTRACT").doesNotContainKey("organization");
        int shown = Math.min(test(grid()).size(), 20);
        assertThat(shown).isPositive();
        for (int i = 0; i < shown; i++) {
            assertThat(test(grid()).getRow(i).gdprBasis()).isEqualTo(GdprBasis.CONTRACT);
        }
        assertThat(contacts.list(view.filter(), 0, 1000, Sort.unsorted()))
                .extracting(ContactListItem::id)
                .contains(contract.getId());

        test(view.basisFilter).selectItem((String) null);
        view.consentBeforeFilter.setValue(LocalDate.of(2025, 6, 1));
        assertThat(view.filterParameters())
                .containsEntry("consentBefore", "2025-06-01")
                .doesNotContainKey("basis");
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void consentBeforeADayLeavesOutThatDayAndContactsWithoutConsent() {
        Organization org = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        Contact before = withBasis(
                fixtures.contact(org, CrmFixtures.unique("Before"), null),
                GdprBasis.CONSENT,
                LocalDate.of(2023, 12, 31));
        withBasis(
                fixtures.contact(org, CrmFixtures.unique("Onday"), null), GdprBasis.CONSENT, LocalDate.of(2024, 1, 1));
        fixtures.contact(org, CrmFixtures.unique("Nobasis"), null);

        ContactFilter filter =
                new ContactFilter(null, null, null, null, null, org.getId(), null, LocalDate.of(2024, 1, 1));

        assertThat(contacts.list(filter, 0, 10, Sort.by("consentDate")))
                .extracting(ContactListItem::id)
                .containsExactly(before.getId());
        assertThat(contacts.count(filter)).isEqualTo(1);
        ContactFilter byBasis = new ContactFilter(null, null, null, null, null, org.getId(), GdprBasis.CONSENT, null);
        assertThat(contacts.list(byBasis, 0, 10, Sort.by(Sort.Order.desc("consentDate"))))
                .extracting(ContactListItem::consentDate)
                .containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2023, 12, 31));
    }

    @SuppressWarnings("unchecked")
    private Grid<ContactListItem> grid() {
        return find(Grid.class).withClassName("record-grid").single();
    }

    private List<List<String>> export() {
        @SuppressWarnings("unchecked")
        CsvDownload<Object> download = find(CsvDownload.class).single();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        download.write(out, Locale.ENGLISH, VaadinSession.getCurrent());
        return ListExportTest.parse(out.toString(StandardCharsets.UTF_8), ',');
    }

    private Contact withBasis(Contact c, GdprBasis basis, @Nullable LocalDate consent) {
        return SystemAuthentication.call(() -> {
            Contact stored = contacts.get(c.id());
            stored.setGdprBasis(basis);
            stored.setConsentDate(consent);
            return contacts.save(stored);
        });
    }
}
