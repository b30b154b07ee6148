package nl.stedenband.contact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import nl.stedenband.StedenbandTest;
import nl.stedenband.contact.Contact;
import nl.stedenband.contact.ContactFilter;
import nl.stedenband.contact.ContactListItem;
import nl.stedenband.contact.ContactService;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationType;
import nl.stedenband.shell.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The contact register as officers, coordinators and viewers use it. */
@StedenbandTest
class ContactsViewTest extends SpringBrowserlessTest {

    @Autowired
    CrmFixtures fixtures;

    @Autowired
    ContactService contacts;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void theFilterInTheUrlNarrowsTheListSoAViewCanBeShared() {
        Organization org = fixtures.organization(OrganizationType.STARTUP, "Enschede");
        Contact c = fixtures.contact(org, CrmFixtures.unique("Urlfilter"), null);

        UI.getCurrent().navigate("contacts", QueryParameters.of("q", c.getLastName()));
        ContactsView view = (ContactsView) getCurrentView();

        assertThat(view.search.getValue()).isEqualTo(c.getLastName());
        assertThat(rows(view)).extracting(ContactListItem::id).containsExactly(c.id());
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void typingInTheSearchFiltersTheList() {
        Organization org = fixtures.organization(OrganizationType.COMPANY, "Dalian");
        Contact c = fixtures.contact(org, CrmFixtures.unique("Typedsearch"), null);
        ContactsView view = navigate(ContactsView.class);

        test(view.search).setValue(c.getLastName());

        assertThat(rows(view)).extracting(ContactListItem::id).containsExactly(c.id());
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void aSearchMatchingVeryManySaysMoreThanTheBoundAndStillListsThem() {
        String word =
                "v" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        // one more than the app counts through, written at once: a thousand saves would take long
        jdbc.batchUpdate(
                "INSERT INTO contact (first_name, last_name, created_at, modified_at) VALUES ('Test', ?, NOW(6), NOW(6))",
                java.util.stream.IntStream.range(0, 1001)
                        .mapToObj(i -> new Object[] {"Many%04d %s".formatted(i, word)})
                        .toList());
        try {
            ContactsView view = navigate(ContactsView.class);
            test(view.search).setValue(word);

            assertThat(find(com.vaadin.flow.component.html.Span.class)
                            .withClassName("record-count")
                            .single()
                            .getText())
                    .isEqualTo("more than 1,000 contacts");
            @SuppressWarnings("unchecked")
            Grid<ContactListItem> grid =
                    find(Grid.class).withClassName("record-grid").single();
            assertThat(java.util.stream.IntStream.range(0, 3)
                            .mapToObj(i -> test(grid).getRow(i).lastName())
                            .toList())
                    .containsExactly("Many0000 " + word, "Many0001 " + word, "Many0002 " + word);

            test(view.search).setValue("Many0007 " + word);
            assertThat(find(com.vaadin.flow.component.html.Span.class)
                            .withClassName("record-count")
                            .single()
                            .getText())
                    .isEqualTo("1 contact");
        } finally {
            jdbc.update("DELETE FROM contact WHERE last_name LIKE ?", "Many____ " + word);
        }
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void aClickOnASecondHeaderSortsByThatColumnAloneAndTheUrlKeepsIt() {
        String word = CrmFixtures.unique("Sortclick").replace(" ", "");
        Contact dalianA = inCity("Aaberg " + word, "Dalian");
        Contact enschedeB = inCity("Bosman " + word, "Enschede");
        Contact dalianC = inCity("Claes " + word, "Dalian");
        UI.getCurrent().navigate("contacts", QueryParameters.of("q", word));
        @SuppressWarnings("unchecked")
        Grid<ContactListItem> grid =
                find(Grid.class).withClassName("record-grid").single();

        test(grid).sortByColumn("name");
        test(grid).sortByColumn("city");

        assertThat(grid.getSortOrder()).extracting(o -> o.getSorted().getKey()).containsExactly("city");
        assertThat(rows((ContactsView) getCurrentView()))
                .extracting(ContactListItem::id)
                .containsExactly(dalianA.getId(), dalianC.getId(), enschedeB.getId());

        test(grid).sortByColumn("city", com.vaadin.flow.data.provider.SortDirection.DESCENDING);
        test(grid).select(0);
        assertThat(((ContactsView) getCurrentView()).lastName.getValue()).isEqualTo(enschedeB.getLastName());
        assertThat(UI.getCurrent()
                        .getInternals()
                        .getActiveViewLocation()
                        .getQueryParameters()
                        .getParameters())
                .as("opening a record keeps the list's filter and sort in the URL")
                .containsEntry("q", List.of(word))
                .containsEntry("sort", List.of("city,desc"));
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void aSharedLinkOpensTheListInItsSort() {
        String word = CrmFixtures.unique("Sortlink").replace(" ", "");
        Contact dalianA = inCity("Aaberg " + word, "Dalian");
        Contact enschedeB = inCity("Bosman " + word, "Enschede");
        Contact dalianC = inCity("Claes " + word, "Dalian");

        UI.getCurrent().navigate("contacts", QueryParameters.simple(java.util.Map.of("q", word, "sort", "city,desc")));

        @SuppressWarnings("unchecked")
        Grid<ContactListItem> grid =
                find(Grid.class).withClassName("record-grid").single();
        assertThat(test(grid).getSortDirection("city"))
                .isEqualTo(com.vaadin.flow.data.provider.SortDirection.DESCENDING);
        assertThat(rows((ContactsView) getCurrentView()))
                .extracting(ContactListItem::id)
                .as("by city from Z to A, then the most recently added first")
                .containsExactly(enschedeB.getId(), dalianC.getId(), dalianA.getId());

        UI.getCurrent()
                .navigate("contacts", QueryParameters.simple(java.util.Map.of("q", word, "sort", "no-such-column")));
        assertThat(find(Grid.class).withClassName("record-grid").single().getSortOrder())
                .as("an unknown column in a link leaves the list in its usual order")
                .isEmpty();
        assertThat(rows((ContactsView) getCurrentView()))
                .extracting(ContactListItem::id)
                .containsExactly(dalianA.getId(), enschedeB.getId(), dalianC.getId());
    }

    private Contact inCity(String lastName, String city) {
        Contact c = new Contact("Test", lastName);
        c.setCity(fixtures.city(city));
        return nl.stedenband.security.SystemAuthentication.call(() -> contacts.save(c));
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void aContactHasItsOwnUrlAndOpensInTheForm() {
        Organization org = fixtures.organization(OrganizationType.UNIVERSITY, "Palo Alto");
        Contact c = fixtures.contact(org, CrmFixtures.unique("Ownurl"), "own.url@test.example");

        UI.getCurrent().navigate("contacts/" + c.id());
        ContactsView view = (ContactsView) getCurrentView();

        assertThat(view.lastName.getValue()).isEqualTo(c.getLastName());
        assertThat(view.organization.getValue()).isEqualTo(org);
        assertThat(view.email.getValue()).isEqualTo("own.url@test.example");
        assertThat(view.lastName.isReadOnly()).isFalse();
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void anUnknownIdSaysNotFoundInsteadOfAStackTrace() {
        UI.getCurrent().navigate("contacts/99999999");

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(find(Paragraph.class)
                        .withClassName("not-found-message")
                        .single()
                        .getText())
                .contains("Contact 99999999 was not found");
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void anOfficerCreatesAContactAndFindsItInTheList() {
        UI.getCurrent().navigate("contacts/new");
        ContactsView view = (ContactsView) getCurrentView();
        String lastName = CrmFixtures.unique("Created");

        test(view.firstName).setValue("Nieuwe");
        test(view.lastName).setValue(lastName);
        test(view.jobTitle).setValue("Policy advisor");
        test(saveButton()).click();

        assertThat(contacts.count(new ContactFilter(lastName, null, null, null, null, null)))
                .isEqualTo(1);
        assertThat(find(H2.class).withClassName("record-editor-title").single().getText())
                .isEqualTo("Nieuwe " + lastName);
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void aMissingLastNameIsShownAtTheFieldAndNothingIsSaved() {
        UI.getCurrent().navigate("contacts/new");
        ContactsView view = (ContactsView) getCurrentView();
        long before = contacts.count(ContactFilter.NONE);

        test(view.firstName).setValue("Only");
        test(saveButton()).click();

        assertThat(view.lastName.isInvalid()).isTrue();
        assertThat(view.lastName.getErrorMessage()).isEqualTo("Enter the last name");
        assertThat(contacts.count(ContactFilter.NONE)).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void aMalformedEmailIsRefusedAtTheField() {
        UI.getCurrent().navigate("contacts/new");
        ContactsView view = (ContactsView) getCurrentView();

        test(view.lastName).setValue(CrmFixtures.unique("Mail"));
        test(view.email).setValue("not-an-address");
        test(saveButton()).click();

        assertThat(view.email.isInvalid()).isTrue();
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void savingWithTheEmailOfAnotherContactWarnsAndLinksToIt() {
        Organization org = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        Contact existing = fixtures.contact(org, CrmFixtures.unique("Original"), "twice@duplicate-view.example");
        UI.getCurrent().navigate("contacts/new");
        ContactsView view = (ContactsView) getCurrentView();

        test(view.lastName).setValue(CrmFixtures.unique("Copy"));
        test(view.email).setValue("twice@duplicate-view.example");
        test(saveButton()).click();

        ConfirmDialog dialog =
                find(ConfirmDialog.class).withClassName("duplicate-dialog").single();
        assertThat(dialog.isOpened()).isTrue();
        Anchor link = find(Anchor.class).withClassName("duplicate-link").single();
        assertThat(link.getHref()).isEqualTo("contacts/" + existing.getId());
        assertThat(contacts.findOthersWithEmail("twice@duplicate-view.example", null))
                .hasSize(1);
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void whenSomeoneElseSavedFirstTheUserIsToldAndCanReload() {
        Organization org = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        Contact c = fixtures.contact(org, CrmFixtures.unique("Race"), null);
        UI.getCurrent().navigate("contacts/" + c.id());
        ContactsView view = (ContactsView) getCurrentView();

        Contact theirs = contacts.get(c.id());
        theirs.setJobTitle("Changed by a colleague");
        contacts.save(theirs);
        test(view.jobTitle).setValue("My change");
        test(saveButton()).click();

        assertThat(find(ConfirmDialog.class).all())
                .anySatisfy(d -> assertThat(d.getElement().getProperty("header", ""))
                        .contains("Someone else changed this contact"));
        assertThat(view.jobTitle.getValue())
                .as("the user's input stays on screen")
                .isEqualTo("My change");
        assertThat(contacts.get(c.id()).getJobTitle()).isEqualTo("Changed by a colleague");
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void leavingWithUnsavedChangesAsksFirst() {
        Organization org = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        Contact c = fixtures.contact(org, CrmFixtures.unique("Unsaved"), null);
        UI.getCurrent().navigate("contacts/" + c.id());
        ContactsView view = (ContactsView) getCurrentView();

        test(view.jobTitle).setValue("Typed but not saved");
        UI.getCurrent().navigate("contacts");

        assertThat(getCurrentView()).isSameAs(view);
        assertThat(find(ConfirmDialog.class).all())
                .anySatisfy(d ->
                        assertThat(d.getElement().getProperty("header", "")).isEqualTo("Discard your changes?"));
        assertThat(view.jobTitle.getValue()).isEqualTo("Typed but not saved");
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void aViewerReadsButGetsNoEditingButtons() {
        Organization org = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        Contact c = fixtures.contact(org, CrmFixtures.unique("Readonly"), null);

        UI.getCurrent().navigate("contacts/" + c.id());
        ContactsView view = (ContactsView) getCurrentView();

        assertThat(view.lastName.getValue()).isEqualTo(c.getLastName());
        assertThat(view.lastName.isReadOnly()).isTrue();
        assertThat(buttons("Save")).noneMatch(Button::isVisible);
        assertThat(buttons("New contact")).noneMatch(Button::isVisible);
        assertThat(buttons("Delete")).noneMatch(Button::isVisible);
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void aCoordinatorEditsStartupContactsButOnlyReadsUniversityContacts() {
        Contact startupPerson = fixtures.contact(
                fixtures.organization(OrganizationType.STARTUP, "Enschede"), CrmFixtures.unique("Founder"), null);
        Contact professor = fixtures.contact(
                fixtures.organization(OrganizationType.UNIVERSITY, "Enschede"), CrmFixtures.unique("Professor"), null);

        UI.getCurrent().navigate("contacts/" + startupPerson.getId());
        assertThat(((ContactsView) getCurrentView()).lastName.isReadOnly()).isFalse();
        UI.getCurrent().navigate("contacts/" + professor.getId());
        assertThat(((ContactsView) getCurrentView()).lastName.isReadOnly()).isTrue();
        assertThat(buttons("Save")).noneMatch(Button::isVisible);
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void deletingAsksForConfirmationFirst() {
        Contact c = fixtures.contact(
                fixtures.organization(OrganizationType.COMPANY, "Enschede"), CrmFixtures.unique("Deleteme"), null);
        UI.getCurrent().navigate("contacts/" + c.id());

        test(buttons("Delete").getFirst()).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).all().stream()
                .filter(d -> d.getElement().getProperty("header", "").startsWith("Delete contact"))
                .findFirst()
                .orElseThrow();
        assertThat(contacts.get(c.id()).getId())
                .as("nothing deleted before confirming")
                .isEqualTo(c.id());

        test(confirm).confirm();

        assertThat(contacts.count(new ContactFilter(c.getLastName(), null, null, null, null, null)))
                .isZero();
        assertThat(find(Notification.class).all()).isNotEmpty();
    }

    private List<ContactListItem> rows(ContactsView view) {
        @SuppressWarnings("unchecked")
        Grid<ContactListItem> grid =
                find(Grid.class).withClassName("record-grid").single();
        return test(grid).size() == 0
                ? List.of()
                : java.util.stream.IntStream.range(0, test(grid).size())
                        .mapToObj(i -> test(grid).getRow(i))
                        .toList();
    }

    private Button saveButton() {
        return buttons("Save").getFirst();
    }

    private List<Button> buttons(String text) {
        return find(Button.class).all().stream()
                .filter(b -> text.equals(b.getText()))
                .toList();
    }
}
