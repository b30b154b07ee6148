package nl.stedenband.opportunity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.stedenband.base.BusinessRuleException;
import nl.stedenband.base.ui.Notifications;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.city.CityService;
import nl.stedenband.contact.OrganizationService;
import nl.stedenband.opportunity.BoardColumn;
import nl.stedenband.opportunity.OpportunityCard;
import nl.stedenband.opportunity.OpportunityService;
import nl.stedenband.opportunity.OpportunityStage;
import nl.stedenband.security.Role;
import nl.stedenband.security.UserService;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The pipeline as a board: a column per stage with its count and value. Coordinators and
 * administrators move a card by dragging it to another column or, from the keyboard or a screen
 * reader, with its "Move to…" menu; both go through the service's stage rules, and a refused move
 * leaves the card where it was and says why. Everyone else reads the board.
 */
@Route("opportunities/board")
@PageTitle("Opportunity board · Stedenband")
@StyleSheet("context://styles/opportunities.css")
@RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICER, Role.Names.COORDINATOR, Role.Names.VIEWER})
public class OpportunityBoardView extends Main implements BeforeEnterObserver {

    static final String MOVE = "Move to…";

    private final OpportunityService opportunities;
    private final boolean canMove;
    /** The cards on screen by id: a drop says which card by its id. */
    private final Map<Long, OpportunityCard> shown = new HashMap<>();

    final OpportunityFilterBar filters;
    final Button listLink = new Button("List", VaadinIcon.LIST.create());
    final Span totals = new Span();
    final Div board = new Div();

    public OpportunityBoardView(OpportunityService opportunities, OrganizationService organizations, CityService cities,
            UserService users) {
        this.opportunities = opportunities;
        this.canMove = opportunities.canEdit();
        addClassName("board-view");
        filters = new OpportunityFilterBar(cities.listCities(), users.listActiveUsers(), organizations, false, this::filterChanged);

        H1 heading = new H1("Opportunity board");
        totals.addClassName("record-count");
        listLink.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        listLink.addClassName("view-toggle");
        listLink.setTooltipText("The pipeline as a list, with the form");
        listLink.addClickListener(e -> UI.getCurrent().navigate(OpportunitiesView.class, QueryParameters.simple(filters.parameters())));
        HorizontalLayout header = new HorizontalLayout(heading, totals, listLink);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassName("view-header");
        header.expand(totals);

        board.addClassName("board");
        if (canMove) {
            Paragraph hint = new Paragraph("Drag a card to another column, or use its “" + MOVE + "” menu.");
            hint.addClassName("board-hint");
            add(header, filters, hint, board);
        } else {
            add(header, filters, board);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.read(event.getLocation().getQueryParameters());
        refresh();
    }

    private void filterChanged() {
        String query = QueryParameters.simple(filters.parameters()).getQueryString();
        UI.getCurrent().getPage().getHistory().replaceState(null, query.isEmpty() ? "opportunities/board" : "opportunities/board?" + query);
        refresh();
    }

    /** Shows the board as stored now. */
    void refresh() {
        board.removeAll();
        shown.clear();
        List<BoardColumn> columns = opportunities.board(filters.filter());
        long open = 0;
        BigDecimal openValue = BigDecimal.ZERO;
        for (BoardColumn column : columns) {
            board.add(column(column));
            if (column.stage().isOpen()) {
                open += column.count();
                openValue = openValue.add(column.value());
            }
        }
        totals.setText(open + (open == 1 ? " open opportunity" : " open opportunities")
                + (openValue.signum() == 0 ? "" : ", " + OpportunityFormat.euros(openValue) + " expected"));
    }

    private Section column(BoardColumn column) {
        OpportunityStage stage = column.stage();
        Section section = new Section();
        section.addClassNames("board-column", "stage-" + stage.name().toLowerCase().replace('_', '-'));
        section.getElement().setAttribute("data-stage", stage.name());
        H2 heading = new H2(stage.label());
        heading.setId("board-stage-" + stage.name());
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        Span figures = new Span(column.count() + (column.count() == 1 ? " opportunity" : " opportunities")
                + (column.value().signum() == 0 ? "" : " · " + OpportunityFormat.euros(column.value())));
        figures.addClassName("board-column-figures");
        Div head = new Div(heading, figures);
        head.addClassName("board-column-header");
        section.add(head);

        Div cards = new Div();
        cards.addClassName("board-cards");
        cards.getElement().setAttribute("role", "list");
        for (OpportunityCard card : column.cards()) {
            cards.add(card(card));
        }
        section.add(cards);
        if (column.cards().isEmpty()) {
            Paragraph empty = new Paragraph("No opportunities in this stage.");
            empty.addClassName("empty-state");
            section.add(empty);
        }
        if (column.truncated()) {
            Map<String, String> p = filters.parameters();
            p.put("stage", stage.name());
            Anchor all = new Anchor("opportunities?" + QueryParameters.simple(p).getQueryString(),
                    "Showing " + column.cards().size() + " of " + column.count() + ": see them all in the list");
            all.addClassName("board-more");
            section.add(all);
        }
        if (canMove) {
            DropTarget<Section> target = DropTarget.create(section);
            target.setDropEffect(DropEffect.MOVE);
            target.addDropListener(e -> e.getDragData()
                    .filter(Long.class::isInstance)
                    .map(id -> shown.get((Long) id))
                    .ifPresent(card -> move(card, stage)));
        }
        return section;
    }

    private Div card(OpportunityCard card) {
        shown.put(card.id(), card);
        Div div = new Div();
        div.addClassName("board-card");
        div.getElement().setAttribute("role", "listitem");
        div.getElement().setAttribute("data-id", String.valueOf(card.id()));
        RouterLink title = new RouterLink(card.title(), OpportunitiesView.class,
                new RouteParameters("opportunityId", String.valueOf(card.id())));
        title.addClassName("board-card-title");
        Span organization = new Span(card.organizationName());
        organization.addClassName("board-card-organization");
        div.add(title, organization);
        Span meta = new Span(card.kind().label() + (card.ownerName() == null ? "" : " · " + card.ownerName())
                + (card.expectedValue() == null ? "" : " · " + OpportunityFormat.euros(card.expectedValue())));
        meta.addClassName("board-card-meta");
        div.add(meta);
        String next = OpportunityFormat.nextStep(card.nextStep(), card.nextStepOn());
        if (!next.isEmpty()) {
            Span step = new Span("Next: " + next);
            step.addClassName("board-card-next");
            div.add(step);
        }
        if (canMove) {
            DragSource<Div> drag = DragSource.create(div);
            drag.setDragData(card.id());
            if (!card.stage().next().isEmpty()) {
                MenuBar menu = new MenuBar();
                menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_SMALL);
                menu.addClassName("board-card-move");
                MenuItem moveTo = menu.addItem(MOVE, "Move “" + card.title() + "” to another stage");
                for (OpportunityStage target : card.stage().next()) {
                    moveTo.getSubMenu().addItem(target == OpportunityStage.LOST ? "Lost…" : target.label(),
                            e -> move(card, target));
                }
                div.add(menu);
            }
        }
        return div;
    }

    /**
     * A card dropped on a column or moved with its menu: the service decides. Lost first asks for the
     * reason; a drop back on the card's own column does nothing.
     */
    void move(OpportunityCard card, OpportunityStage target) {
        if (target == card.stage()) {
            return;
        }
        if (target == OpportunityStage.LOST && card.stage().canBecome(target)) {
            new LostReasonDialog(card.title(), reason -> change(card, target, reason)).open();
        } else {
            change(card, target, null);
        }
    }

    private void change(OpportunityCard card, OpportunityStage target, @Nullable String reason) {
        try {
            opportunities.changeStage(card.id(), card.version(), target, reason);
            Notifications.success("“" + card.title() + "” moved to " + target.label().toLowerCase());
        } catch (BusinessRuleException | AccessDeniedException e) {
            Notifications.error(Texts.message(e));
        } catch (OptimisticLockingFailureException e) {
            Notifications.error("Someone else changed “" + card.title() + "” meanwhile; the board now shows it as it is.");
        }
        refresh();
    }
}
