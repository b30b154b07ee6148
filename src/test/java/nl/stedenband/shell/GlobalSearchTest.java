package nl.stedenband.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.dom.Element;
import nl.stedenband.StedenbandTest;
import nl.stedenband.base.RecordLink;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationService;
import nl.stedenband.contact.OrganizationType;
import nl.stedenband.contact.ui.OrganizationsView;
import nl.stedenband.mission.ui.MissionsView;
import nl.stedenband.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The search box in the header: type a name, pick the record, land on it. */
@StedenbandTest
class GlobalSearchTest extends SpringBrowserlessTest {

    @Autowired
    CrmFixtures fixtures;

    @Autowired
    OrganizationService organizationService;

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void typingAnOrganizationsNameOffersItWithItsKindAndPickingItOpensIt() {
        navigate(DashboardView.class);
        ComboBox<RecordLink> box = searchBox();

        test(box).setFilter("stanford");

        assertThat(test(box).getSuggestionItems()).anySatisfy(hit -> {
            assertThat(Texts.recordType(hit)).isEqualTo("Organization");
            assertThat(Texts.recordTitle(hit)).isEqualTo("Stanford University");
            assertThat(Texts.recordDetail(hit)).isEqualTo("University · Palo Alto");
        });
        test(box).selectItem("Stanford University");

        assertThat(getCurrentView()).isInstanceOf(OrganizationsView.class);
        assertThat(find(H2.class).withClassName("record-editor-title").single().getText())
                .isEqualTo("Stanford University");
        assertThat(searchBox().getValue())
                .as("the box is ready for the next search")
                .isNull();
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void missionsProgrammesAndSessionsAreFoundByTheWordsOfTheirNames() {
        navigate(DashboardView.class);
        ComboBox<RecordLink> box = searchBox();

        test(box).setFilter("silicon valley");
        assertThat(test(box).getSuggestionItems())
                .extracting(Texts::recordType, Texts::recordTitle)
                .contains(org.assertj.core.groups.Tuple.tuple("Trade mission", "Silicon Valley trade mission 2025"));

        test(box).setFilter("gunn exchange");
        assertThat(test(box).getSuggestionItems()).extracting(Texts::recordType).contains("Exchange programme");

        test(box).setFilter("cool block");
        assertThat(test(box).getSuggestionItems())
                .extracting(Texts::recordType)
                .contains("Videoconference", "Organization");

        test(box).setFilter("silicon valley");
        test(box).selectItem("Silicon Valley trade mission 2025");
        assertThat(getCurrentView()).isInstanceOf(MissionsView.class);
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void contactsAreFoundByNameAndOneLetterFindsNothing() {
        Organization startup = fixtures.organization(OrganizationType.STARTUP, "Enschede");
        String lastName = CrmFixtures.unique("Zoekmans").replace(' ', '-');
        fixtures.contact(startup, lastName, null);
        navigate(DashboardView.class);
        ComboBox<RecordLink> box = searchBox();

        test(box).setFilter(lastName);
        assertThat(test(box).getSuggestionItems()).singleElement().satisfies(hit -> {
            assertThat(Texts.recordType(hit)).isEqualTo("Contact");
            assertThat(Texts.recordTitle(hit)).isEqualTo("Test " + lastName);
            assertThat(Texts.recordDetail(hit)).isEqualTo(startup.getName());
        });

        test(box).setFilter("z");
        assertThat(test(box).getSuggestionItems()).isEmpty();
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void markupInANameIsShownAsText() {
        String marker = CrmFixtures.unique("Markup").split(" ")[1];
        Organization org = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        org.setName("<b>Bold</b> " + marker + " <img src=x onerror=alert(1)>");
        SystemAuthentication.call(() -> organizationService.save(org));
        navigate(DashboardView.class);
        ComboBox<RecordLink> box = searchBox();

        test(box).setFilter(marker);

        RecordLink hit = test(box).getSuggestionItems().getFirst();
        assertThat(Texts.recordTitle(hit)).isEqualTo("<b>Bold</b> " + marker + " <img src=x onerror=alert(1)>");
        Element title = GlobalSearch.hit(hit).getElement().getChild(1);
        assertThat(title.getText()).isEqualTo(Texts.recordTitle(hit));
        assertThat(title.getChildren()).as("no element made of the name").allMatch(Element::isTextNode);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<RecordLink> searchBox() {
        return (ComboBox<RecordLink>)
                find(ComboBox.class).withClassName("global-search").single();
    }
}
