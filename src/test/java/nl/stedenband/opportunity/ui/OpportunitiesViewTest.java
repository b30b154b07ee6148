package nl.stedenband.opportunity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import nl.stedenband.StedenbandTest;
import nl.stedenband.base.ui.RenderedHtml;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationType;
import nl.stedenband.opportunity.Opportunity;
import nl.stedenband.opportunity.OpportunityKind;
import nl.stedenband.opportunity.OpportunityListItem;
import nl.stedenband.opportunity.OpportunityService;
import nl.stedenband.opportunity.OpportunityStage;
import nl.stedenband.security.Role;
import nl.stedenband.security.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@StedenbandTest
class OpportunitiesViewTest extends SpringBrowserlessTest {

    @Autowired
    OpportunityService opportunities;

    @Autowired
    CrmFixtures fixtures;

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void theListTakesItsFiltersFromTheUrl() {
        Organization company = fixtures.organization(OrganizationType.COMPANY, "Dalian");
        Opportunity created = newOpportunity(company, OpportunityKind.INVESTMENT_LEAD);
        Opportunity lead = RunAs.role(
                Role.COORDINATOR,
                () -> opportunities.changeStage(created.id(), created.getVersion(), OpportunityStage.CONTACTED));
        newOpportunity(company, OpportunityKind.PARTNERSHIP);
        long dalian = fixtures.city("Dalian").id();

        UI.getCurrent()
                .navigate(
                        "opportunities",
                        QueryParameters.simple(Map.of(
                                "kind",
                                "INVESTMENT_LEAD",
                                "stage",
                                "CONTACTED",
                                "owner",
                                "coordinator",
                                "city",
                                String.valueOf(dalian),
                                "organization",
                                String.valueOf(company.getId()))));
        OpportunitiesView view = (OpportunitiesView) getCurrentView();

        assertThat(view.filters.kind.getValue()).isEqualTo(OpportunityKind.INVESTMENT_LEAD);
        assertThat(view.filters.stage.getValue()).isEqualTo(OpportunityStage.CONTACTED);
        assertThat(view.filters.owner.getValue().getUsername()).isEqualTo("coordinator");
        assertThat(view.filters.city.getValue().getName()).isEqualTo("Dalian");
        assertThat(view.filters.organization.getValue().getName()).isEqualTo(company.getName());
        @SuppressWarnings("unchecked")
        Grid<OpportunityListItem> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).title()).isEqualTo(lead.getTitle());
        assertThat(find(Button.class).withText("New opportunity").exists())
                .as("officers read the pipeline")
                .isFalse();
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void theOpportunityPageOffersOnlyTheAllowedStepsAndRecordsThemOnTheTimeline() {
        Opportunity o = newOpportunity(
                fixtures.organization(OrganizationType.STARTUP, "Enschede"), OpportunityKind.STARTUP_INTRODUCTION);
        UI.getCurrent().navigate("opportunities/" + o.id());

        assertThat(stage()).isEqualTo("Stage: Identified");
        assertThat(buttonTexts())
                .contains("Mark as contacted", "Mark as lost")
                .doesNotContain("Mark as introduced", "Start discussions", "Mark as won");

        test(find(Button.class).withText("Mark as contacted").single()).click();

        assertThat(stage()).isEqualTo("Stage: Contacted");
        assertThat(buttonTexts()).contains("Mark as introduced", "Mark as lost").doesNotContain("Mark as contacted");
        assertThat(RenderedHtml.texts((Component) getCurrentView(), ".timeline-summary"))
                .contains("Status: identified → contacted");
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void markingAsLostAsksWhyAndAClosedOpportunityCannotBeDeleted() {
        Opportunity o = newOpportunity(
                fixtures.organization(OrganizationType.COMPANY, "Dalian"), OpportunityKind.INVESTMENT_LEAD);
        UI.getCurrent().navigate("opportunities/" + o.id());

        test(find(Button.class).withText("Mark as lost").single()).click();
        LostReasonDialog dialog = find(LostReasonDialog.class).single();
        test(dialog.confirm).click();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Say why the opportunity was lost");
        assertThat(opportunities.get(o.id()).getStage()).isEqualTo(OpportunityStage.IDENTIFIED);

        test(dialog.reason).setValue("Chose a site near Rotterdam");
        test(dialog.confirm).click();

        assertThat(stage()).isEqualTo("Stage: Lost");
        assertThat(find(Paragraph.class)
                        .withClassName("opportunity-closed")
                        .single()
                        .getText())
                .startsWith("Lost on ")
                .endsWith(": Chose a site near Rotterdam");
        assertThat(find(Button.class).withText("Delete").exists()).isFalse();
        assertThat(buttonTexts()).doesNotContain("Mark as contacted", "Mark as lost");
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void aNewOpportunityIsSavedInItsOrganizationsCityOwnedByMe() {
        Organization hub = fixtures.organization(OrganizationType.INNOVATION_HUB, "Palo Alto");
        UI.getCurrent().navigate("opportunities/new");
        OpportunitiesView view = (OpportunitiesView) getCurrentView();

        assertThat(view.owner.getValue().getUsername())
                .as("the owner defaults to me")
                .isEqualTo("coordinator");
        String title = CrmFixtures.unique("From the form");
        test(view.title).setValue(title);
        view.kind.setValue(OpportunityKind.STARTUP_INTRODUCTION);
        view.organization.setValue(hub);
        test(find(Button.class).withText("Save").single()).click();

        assertThat(find(Notification.class).all())
                .anySatisfy(n -> assertThat(test(n).getText()).endsWith(" saved"));
        OpportunityListItem saved = opportunities
                .list(
                        new nl.stedenband.opportunity.OpportunityFilter(null, null, null, null, null, hub.getId()),
                        0,
                        5,
                        org.springframework.data.domain.Sort.unsorted())
                .getFirst();
        assertThat(saved.title()).isEqualTo(title);
        assertThat(saved.cityName()).isEqualTo("Palo Alto");
        assertThat(saved.stage()).isEqualTo(OpportunityStage.IDENTIFIED);
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void aViewerReadsAnOpportunityWithoutStepsOrEditing() {
        Opportunity o = newOpportunity(
                fixtures.organization(OrganizationType.STARTUP, "Enschede"), OpportunityKind.STARTUP_INTRODUCTION);
        UI.getCurrent().navigate("opportunities/" + o.id());
        OpportunitiesView view = (OpportunitiesView) getCurrentView();

        assertThat(stage()).isEqualTo("Stage: Identified");
        assertThat(view.title.isReadOnly()).isTrue();
        assertThat(buttonTexts()).doesNotContain("Mark as contacted", "Mark as lost");
        assertThat(find(Button.class).withText("Save").exists()).isFalse();
    }

    private String stage() {
        return find(H3.class).withClassName("opportunity-stage").single().getText();
    }

    private List<String> buttonTexts() {
        return find(Button.class).all().stream().map(Button::getText).toList();
    }

    private Opportunity newOpportunity(Organization org, OpportunityKind kind) {
        return RunAs.role(
                Role.COORDINATOR, () -> opportunities.save(new Opportunity(CrmFixtures.unique("View"), kind, org)));
    }
}
