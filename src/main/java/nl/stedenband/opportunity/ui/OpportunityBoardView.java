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
@PageTitle("opportunity.board.title")
@StyleSheet("context://styles/opportunities.css")
@RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICER, Role.Names.COORDINATOR, Role.Names.VIEWER})
public class OpportunityBoardView extends Main implements BeforeEnterObserver {

    static final String MOVE = "opportunity.board.move";

    private final OpportunityService opportunities;
    private final boolean canMove;
    /** The cards on screen by id: a drop says which card by its id. */
    private final Map<Long, OpportunityCard> shown = new HashMap<>();
    /** Each card's title link, to give the keyboard back to a card after it moved. */
    private final Map<Long, RouterLink> titles = new HashMap<>();

    final OpportunityFilterBar filters;
    final Button listLink = new Button(getTranslation("opportunity.board.list"), VaadinIcon.LIST.create());
    final Span totals = new Span();
    final Div board = new Div();

    public OpportunityBoardView(
            OpportunityService opportunities,
            OrganizationService organizations,
            CityService cities,
            UserService users) {
        this.opportunities = opportunities;
        this.canMove = opportunities.canEdit();
        addClassName("board-view");
        filters = new OpportunityFilterBar(
                cities.listCities(), users.listActiveUsers(), organizations, false, this::filterChanged);

        H1 heading = new H1(getTranslation("opportunity.board.title"));
        totals.addClassName("record-count");
        listLink.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        listLink.addClassName("view-toggle");
        listLink.setTooltipText(getTranslation("opportunity.board.listTooltip"));
        listLink.addClickListener(
                e -> UI.getCurrent().navigate(OpportunitiesView.class, QueryParameters.simple(filters.parameters())));
        HorizontalLayout header = new HorizontalLayout(heading, totals, listLink);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassName("view-header");
        header.expand(totals);

        board.addClassName("board");
        if (canMove) {
            Paragraph hint = new Paragraph(getTranslation("opportunity.board.hint", getTranslation(MOVE)));
            hint.addClassName("board-hint");
            add(header, filters, hint, board);
        } else {
            add(header, filters, board);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.read(
                nl.stedenband.base.ui.QueryBounds.bounded(event.getLocation().getQueryParameters()));
        refresh();
    }

    private void filterChanged() {
        String query = QueryParameters.simple(filters.parameters()).getQueryString();
        UI.getCurrent()
                .getPage()
                .getHistory()
                .replaceState(null, query.isEmpty() ? "opportunities/board" : "opportunities/board?" + query);
        refresh();
    }

    /** Shows the board as stored now. */
    void refresh() {
        board.removeAll();
        shown.clear();
        titles.clear();
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
        totals.setText(getTranslation("opportunity.board.open", open)
                + (openValue.signum() == 0
                        ? ""
                        : ", " + getTranslation("opportunity.board.expected", OpportunityFormat.euros(openValue))));
    }

    private Section column(BoardColumn column) {
        OpportunityStage stage = column.stage();
        Section section = new Section();
        section.addClassNames(
                "board-column", "stage-" + stage.name().toLowerCase().replace('_', '-'));
        section.getElement().setAttribute("data-stage", stage.name());
        H2 heading = new H2(getTranslation(stage.labelKey()));
        heading.setId("board-stage-" + stage.name());
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        Span figures = new Span(getTranslation("opportunity.board.count", column.count())
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
            Paragraph empty = new Paragraph(getTranslation("opportunity.board.emptyStage"));
            empty.addClassName("empty-state");
            section.add(empty);
        }
        if (column.truncated()) {
            Map<String, String> p = filters.parameters();
            p.put("stage", stage.name());
            Anchor all = new Anchor(
                    "opportunities?" + QueryParameters.simple(p).getQueryString(),
                    getTranslation("opportunity.board.more", column.cards().size(), column.count()));
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
        RouterLink title = new RouterLink(
                card.title(), OpportunitiesView.class, new RouteParameters("opportunityId", String.valueOf(card.id())));
        title.addClassName("board-card-title");
        titles.put(card.id(), title);
        Span organization = new Span(card.organizationName());
        organization.addClassName("board-card-organization");
        div.add(title, organization);
        Span meta = new Span(getTranslation(card.kind().labelKey())
                + (card.ownerName() == null ? "" : " · " + card.ownerName())
                + (card.expectedValue() == null ? "" : " · " + OpportunityFormat.euros(card.expectedValue())));
        meta.addClassName("board-card-meta");
        div.add(meta);
        String next = OpportunityFormat.nextStep(card.nextStep(), card.nextStepOn());
        if (!next.isEmpty()) {
            Span step = new Span(getTranslation("opportunity.board.next", next));
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
                MenuItem moveTo = menu.addItem(
                        getTranslation(MOVE), getTranslation("opportunity.board.moveTooltip", card.title()));
                for (OpportunityStage target : card.stage().next()) {
                    moveTo.getSubMenu()
                            .addItem(
                                    target == OpportunityStage.LOST
                                            ? getTranslation("opportunity.board.lostEllipsis")
                                            : getTranslation(target.labelKey()),
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
            Notifications.success(getTranslation(
                    "opportunity.board.moved",
                    card.title(),
                    getTranslation(target.labelKey()).toLowerCase(getLocale())));
        } catch (BusinessRuleException | AccessDeniedException e) {
            Notifications.error(Texts.message(e));
        } catch (OptimisticLockingFailureException e) {
            Notifications.error(getTranslation("opportunity.board.changedMeanwhile", card.title()));
        }
        refresh();
        // the board is drawn again: the keyboard stays on the card that moved (or stayed), not the page
        RouterLink moved = titles.get(card.id());
        if (moved != null) {
            moved.getElement().callJsFunction("focus");
        }
    }
}
