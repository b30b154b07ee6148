package nl.stedenband.opportunity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dnd.DropEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.stedenband.StedenbandTest;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationType;
import nl.stedenband.opportunity.Opportunity;
import nl.stedenband.opportunity.OpportunityKind;
import nl.stedenband.opportunity.OpportunityService;
import nl.stedenband.opportunity.OpportunityStage;
import nl.stedenband.security.Role;
import nl.stedenband.security.RunAs;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@StedenbandTest
class OpportunityBoardViewTest extends SpringBrowserlessTest {

    @Autowired
    OpportunityService opportunities;

    @Autowired
    CrmFixtures fixtures;

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void everyStageIsALabelledColumnWithItsCountValueOrEmptyState() {
        Organization org = fixtures.organization(OrganizationType.COMPANY, "Dalian");
        Opportunity a = newOpportunity(org, "250000");
        newOpportunity(org, "1000");
        openBoard(org);

        assertThat(find(H2.class).all())
                .extracting(H2::getText)
                .containsExactly("Identified", "Contacted", "Introduced", "In discussion", "Won", "Lost");
        assertThat(figures("IDENTIFIED")).isEqualTo("2 opportunities · € 251,000");
        assertThat(figures("WON")).isEqualTo("0 opportunities");
        assertThat(find(Paragraph.class)
                        .from(column("WON"))
                        .withClassName("empty-state")
                        .single()
                        .getText())
                .isEqualTo("No opportunities in this stage.");
        assertThat(find(RouterLink.class)
                        .from(column("IDENTIFIED"))
                        .withText(a.getTitle())
                        .single()
                        .getHref())
                .isEqualTo("opportunities/" + a.getId());
        assertThat(((OpportunityBoardView) getCurrentView()).totals.getText())
                .isEqualTo("2 open opportunities, € 251,000 expected");
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void aViewerSeesNoMoveControls() {
        Organization org = fixtures.organization(OrganizationType.COMPANY, "Dalian");
        newOpportunity(org, null);
        openBoard(org);

        assertThat(cards("IDENTIFIED")).hasSize(1);
        assertThat(find(MenuBar.class).all()).isEmpty();
        assertThat(cards("IDENTIFIED").getFirst().getElement().hasAttribute("draggable"))
                .isFalse();
        assertThat(find(Paragraph.class).withClassName("board-hint").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void aCardMovedWithItsKeyboardMenuChangesStageAndShowsInTheNewColumn() {
        Organization org = fixtures.organization(OrganizationType.STARTUP, "Enschede");
        Opportunity o = newOpportunity(org, null);
        openBoard(org);

        MenuBar menu = find(MenuBar.class).from(cards("IDENTIFIED").getFirst()).single();
        new MenuBarTester<>(menu).clickItem(Texts.t(OpportunityBoardView.MOVE), "Contacted");

        assertThat(opportunities.get(o.id()).getStage()).isEqualTo(OpportunityStage.CONTACTED);
        assertThat(cards("IDENTIFIED")).isEmpty();
        assertThat(cards("CONTACTED"))
                .singleElement()
                .satisfies(card ->
                        assertThat(card.getElement().getAttribute("data-id")).isEqualTo(String.valueOf(o.id())));
        assertThat(find(Notification.class).all())
                .anySatisfy(n -> assertThat(test(n).getText()).isEqualTo("“" + o.getTitle() + "” moved to contacted"));
        assertThat(menuItems(cards("CONTACTED").getFirst()))
                .as("only the allowed moves are offered")
                .containsExactly("Introduced", "Lost…");
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void aCardDroppedOnAColumnTheFlowDoesNotAllowStaysAndTheUserIsToldWhy() {
        Organization org = fixtures.organization(OrganizationType.STARTUP, "Enschede");
        Opportunity o = newOpportunity(org, null);
        openBoard(org);

        drop(cards("IDENTIFIED").getFirst(), column("WON"));

        assertThat(find(Notification.class).all())
                .anySatisfy(n -> assertThat(test(n).getText())
                        .isEqualTo("An identified opportunity cannot become won; it can become contacted or lost"));
        assertThat(opportunities.get(o.id()).getStage()).isEqualTo(OpportunityStage.IDENTIFIED);
        assertThat(cards("IDENTIFIED")).hasSize(1);
        assertThat(cards("WON")).isEmpty();

        drop(cards("IDENTIFIED").getFirst(), column("CONTACTED"));

        assertThat(opportunities.get(o.id()).getStage())
                .as("an allowed drop moves it")
                .isEqualTo(OpportunityStage.CONTACTED);
        assertThat(cards("CONTACTED")).hasSize(1);
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void aCardSomeoneElseChangedMeanwhileIsNotMovedBlindly() {
        Organization org = fixtures.organization(OrganizationType.STARTUP, "Enschede");
        Opportunity o = newOpportunity(org, null);
        openBoard(org);
        Opportunity theirs = opportunities.get(o.id());
        theirs.setNextStep("Changed in another tab");
        opportunities.save(theirs);

        new MenuBarTester<>(
                        find(MenuBar.class).from(cards("IDENTIFIED").getFirst()).single())
                .clickItem(Texts.t(OpportunityBoardView.MOVE), "Contacted");

        assertThat(find(Notification.class).all())
                .anySatisfy(n -> assertThat(test(n).getText())
                        .startsWith("Someone else changed “" + o.getTitle() + "” meanwhile"));
        assertThat(opportunities.get(o.id()).getStage()).isEqualTo(OpportunityStage.IDENTIFIED);
        assertThat(find(Span.class)
                        .from(cards("IDENTIFIED").getFirst())
                        .withClassName("board-card-next")
                        .single()
                        .getText())
                .as("the board shows their change")
                .isEqualTo("Next: Changed in another tab");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void movingToLostAsksForTheReason() {
        Organization org = fixtures.organization(OrganizationType.COMPANY, "Dalian");
        Opportunity o = newOpportunity(org, null);
        openBoard(org);

        new MenuBarTester<>(
                        find(MenuBar.class).from(cards("IDENTIFIED").getFirst()).single())
                .clickItem(Texts.t(OpportunityBoardView.MOVE), "Lost…");
        LostReasonDialog dialog = find(LostReasonDialog.class).single();
        assertThat(opportunities.get(o.id()).getStage())
                .as("nothing changes before the reason")
                .isEqualTo(OpportunityStage.IDENTIFIED);
        test(dialog.reason).setValue("No reply after three attempts");
        test(dialog.confirm).click();

        assertThat(opportunities.get(o.id()).getLostReason()).isEqualTo("No reply after three attempts");
        assertThat(cards("LOST")).hasSize(1);
        assertThat(find(MenuBar.class).from(cards("LOST").getFirst()).exists())
                .as("lost is final")
                .isFalse();
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void theBoardAndTheListKeepTheSameFilter() {
        Organization org = fixtures.organization(OrganizationType.COMPANY, "Dalian");
        newOpportunity(org, null);
        UI.getCurrent()
                .navigate(
                        "opportunities/board",
                        QueryParameters.simple(
                                Map.of("organization", String.valueOf(org.getId()), "kind", "INVESTMENT_LEAD")));
        OpportunityBoardView board = (OpportunityBoardView) getCurrentView();

        test(board.listLink).click();

        OpportunitiesView list = (OpportunitiesView) getCurrentView();
        assertThat(list.filters.organization.getValue().getId()).isEqualTo(org.getId());
        assertThat(list.filters.kind.getValue()).isEqualTo(OpportunityKind.INVESTMENT_LEAD);
    }

    private void openBoard(Organization org) {
        UI.getCurrent()
                .navigate("opportunities/board", QueryParameters.of("organization", String.valueOf(org.getId())));
    }

    private Section column(String stage) {
        return find(Section.class).withAttribute("data-stage", stage).single();
    }

    private String figures(String stage) {
        return find(Span.class)
                .from(column(stage))
                .withClassName("board-column-figures")
                .single()
                .getText();
    }

    private List<Div> cards(String stage) {
        return find(Div.class).from(column(stage)).withClassName("board-card").all();
    }

    private List<String> menuItems(Div card) {
        MenuBar menu = find(MenuBar.class).from(card).single();
        return menu.getItems().getFirst().getSubMenu().getItems().stream()
                .map(i -> i.getText())
                .toList();
    }

    /** What the browser's drag and drop sends: the card as the UI's active drag source, then a drop on the column. */
    private static void drop(Div card, Section column) {
        UI.getCurrent().getInternals().setActiveDragSourceComponent(card);
        ComponentUtil.fireEvent(column, new DropEvent<>(column, true, "move"));
        UI.getCurrent().getInternals().setActiveDragSourceComponent(null);
    }

    private Opportunity newOpportunity(Organization org, @Nullable String value) {
        Opportunity o = new Opportunity(CrmFixtures.unique("Board"), OpportunityKind.INVESTMENT_LEAD, org);
        o.setExpectedValue(value == null ? null : new BigDecimal(value));
        return RunAs.role(Role.COORDINATOR, () -> opportunities.save(o));
    }
}
