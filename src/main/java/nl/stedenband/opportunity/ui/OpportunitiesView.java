package nl.stedenband.opportunity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.stedenband.activity.ActivityService;
import nl.stedenband.activity.SubjectRef;
import nl.stedenband.activity.ui.ActivityTimeline;
import nl.stedenband.base.BusinessRuleException;
import nl.stedenband.base.ui.ExportableGrid;
import nl.stedenband.base.ui.MasterDetailView;
import nl.stedenband.base.ui.Notifications;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.city.City;
import nl.stedenband.city.CityService;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationService;
import nl.stedenband.opportunity.Opportunity;
import nl.stedenband.opportunity.OpportunityKind;
import nl.stedenband.opportunity.OpportunityListItem;
import nl.stedenband.opportunity.OpportunityService;
import nl.stedenband.opportunity.OpportunityStage;
import nl.stedenband.security.AppUser;
import nl.stedenband.security.Role;
import nl.stedenband.security.UserService;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Novel-T's pipeline as a list with the opportunity's form, stage steps and timeline beside it. */
@Route("opportunities/:opportunityId?")
@PageTitle("opportunity.list.title")
@Menu(order = 55, icon = "vaadin:lightbulb", title = "opportunity.list.title")
@RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICER, Role.Names.COORDINATOR, Role.Names.VIEWER})
public class OpportunitiesView extends MasterDetailView<OpportunityListItem, Opportunity> {

    private final OpportunityService opportunities;
    private final ActivityService activities;
    private final UserService users;
    private final List<City> cityList;

    final OpportunityFilterBar filters;
    final Button boardLink = new Button(getTranslation("opportunity.list.board"), VaadinIcon.GRID_BIG_O.create());

    final TextField title = new TextField(getTranslation("opportunity.field.title"));
    final ComboBox<OpportunityKind> kind = new ComboBox<>(getTranslation("opportunity.field.kind"));
    final ComboBox<Organization> organization = new ComboBox<>(getTranslation("opportunity.field.organization"));
    final ComboBox<City> city = new ComboBox<>(getTranslation("opportunity.field.city"));
    final ComboBox<AppUser> owner = new ComboBox<>(getTranslation("opportunity.field.owner"));
    final BigDecimalField expectedValue = new BigDecimalField(getTranslation("opportunity.field.expectedValue"));
    final TextField nextStep = new TextField(getTranslation("opportunity.field.nextStep"));
    final DatePicker nextStepOn = new DatePicker(getTranslation("opportunity.field.nextStepOn"));
    final TextArea notes = new TextArea(getTranslation("opportunity.field.notes"));

    public OpportunitiesView(
            OpportunityService opportunities,
            OrganizationService organizations,
            CityService cities,
            UserService users,
            ActivityService activities) {
        super(
                "opportunity.list.title",
                "opportunities",
                "opportunityId",
                "opportunity.record",
                new ExportableGrid<>(),
                new BeanValidationBinder<>(Opportunity.class));
        this.opportunities = opportunities;
        this.activities = activities;
        this.users = users;
        this.cityList = cities.listCities();
        List<AppUser> userList = users.listActiveUsers();
        filters = new OpportunityFilterBar(cityList, userList, organizations, true, this::filterChanged);

        grid.addColumn(OpportunityListItem::title)
                .setHeader(getTranslation("opportunity.grid.opportunity"))
                .setSortProperty("title")
                .setFlexGrow(3)
                .setKey("title");
        grid.addColumn(OpportunityListItem::organizationName)
                .setHeader(getTranslation("opportunity.field.organization"))
                .setSortProperty("organization")
                .setFlexGrow(2)
                .setKey("organization");
        grid.addColumn(o -> getTranslation(o.stage().labelKey()))
                .setHeader(getTranslation("opportunity.field.stage"))
                .setSortProperty("stage")
                .setKey("stage");
        var kindColumn = grid.addColumn(o -> getTranslation(o.kind().labelKey()))
                .setHeader(getTranslation("opportunity.field.kind"))
                .setSortProperty("kind")
                .setKey("kind");
        var ownerColumn = grid.addColumn(OpportunityListItem::ownerName)
                .setHeader(getTranslation("opportunity.field.owner"))
                .setSortProperty("owner")
                .setKey("owner");
        var valueColumn = grid.addColumn(o -> OpportunityFormat.euros(o.expectedValue()))
                .setHeader(getTranslation("opportunity.grid.value"))
                .setSortProperty("value")
                .setKey("value")
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        var nextColumn = grid.addColumn(o -> OpportunityFormat.nextStep(o.nextStep(), o.nextStepOn()))
                .setHeader(getTranslation("opportunity.field.nextStep"))
                .setSortProperty("nextStepOn")
                .setFlexGrow(2)
                .setKey("next");
        hideWhileEditing(kindColumn, ownerColumn, valueColumn, nextColumn);
        grid.setItems(
                q ->
                        opportunities
                                .list(filters.filter(), q.getOffset(), q.getLimit(), toSort(q.getSortOrders()))
                                .stream(),
                q -> {
                    long n = opportunities.count(filters.filter());
                    showCount(n, "opportunity.count.one", "opportunity.count.many");
                    return (int) Math.min(n, Integer.MAX_VALUE);
                });
        grid.setEmptyStateText(getTranslation("opportunity.list.empty"));

        boardLink.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        boardLink.addClassName("view-toggle");
        boardLink.setTooltipText(getTranslation("opportunity.list.boardTooltip"));
        boardLink.addClickListener(
                e -> UI.getCurrent().navigate(OpportunityBoardView.class, QueryParameters.simple(boardParameters())));
        filters.add(boardLink);

        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(200);
        kind.setItems(OpportunityKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setRequiredIndicatorVisible(true);
        organization.setItems(
                q -> organizations.findByNamePrefix(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        organization.setItemLabelGenerator(Organization::getName);
        organization.setHelperText(getTranslation("opportunity.field.organizationHelper"));
        organization.setRequiredIndicatorVisible(true);
        // a new organization brings its city, unless the user chose another one
        organization.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                City previous = cityOf(e.getOldValue());
                if (city.isEmpty() || Objects.equals(city.getValue(), previous)) {
                    city.setValue(cityOf(e.getValue()));
                }
            }
        });
        city.setItems(cityList);
        city.setItemLabelGenerator(City::getName);
        city.setClearButtonVisible(true);
        city.setHelperText(getTranslation("opportunity.field.cityHelper"));
        owner.setItems(userList);
        owner.setItemLabelGenerator(AppUser::getDisplayName);
        owner.setClearButtonVisible(true);
        expectedValue.setPrefixComponent(new com.vaadin.flow.component.html.Span("€"));
        expectedValue.setHelperText(getTranslation("opportunity.field.expectedValueHelper"));
        nextStep.setMaxLength(500);
        nextStep.setPlaceholder(getTranslation("opportunity.field.nextStepPlaceholder"));
        notes.setMaxLength(4000);
        binder.bindInstanceFields(this);

        FormLayout form =
                new FormLayout(title, kind, organization, city, owner, expectedValue, nextStep, nextStepOn, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        form.setColspan(title, 2);
        form.setColspan(nextStep, 2);
        form.setColspan(notes, 2);
        init(filters, form);
    }

    private Map<String, String> boardParameters() {
        Map<String, String> p = filters.parameters();
        p.remove("stage");
        return p;
    }

    private @Nullable City cityOf(@Nullable Organization org) {
        if (org == null || org.getCity() == null) {
            return null;
        }
        Long id = org.getCity().getId();
        return cityList.stream()
                .filter(c -> Objects.equals(c.getId(), id))
                .findFirst()
                .orElse(null);
    }

    @Override
    protected void readFilter(QueryParameters query) {
        filters.read(query);
    }

    @Override
    protected Map<String, String> filterParameters() {
        return filters.parameters();
    }

    @Override
    protected long idOf(OpportunityListItem row) {
        return row.id();
    }

    @Override
    protected Opportunity load(long id) {
        return opportunities.get(id);
    }

    @Override
    protected Opportunity newRecord() {
        Opportunity o = new Opportunity();
        o.setOwner(users.currentUser().orElse(null));
        return o;
    }

    @Override
    protected Opportunity persist(Opportunity record) {
        return opportunities.save(record);
    }

    @Override
    protected void delete(Opportunity record) {
        opportunities.delete(record.id());
    }

    @Override
    protected boolean canEdit(Opportunity record) {
        return opportunities.canEdit();
    }

    @Override
    protected boolean canCreate() {
        return opportunities.canEdit();
    }

    /** Won and lost opportunities stay on record. */
    @Override
    protected boolean canDelete(Opportunity record) {
        return opportunities.canEdit() && record.getStage().isOpen();
    }

    @Override
    protected String describe(Opportunity record) {
        return record.getTitle();
    }

    @Override
    protected void showExtras(Opportunity record, Div extras) {
        H3 stage = new H3(getTranslation(
                "opportunity.page.stage", getTranslation(record.getStage().labelKey())));
        stage.addClassName("opportunity-stage");
        extras.add(stage);
        if (record.getClosedOn() != null) {
            Paragraph closed = new Paragraph(getTranslation(
                            "opportunity.page.closedOn",
                            getTranslation(record.getStage().labelKey()),
                            OpportunityFormat.day(record.getClosedOn()))
                    + (record.getLostReason() == null ? "" : ": " + record.getLostReason()));
            closed.addClassName("opportunity-closed");
            extras.add(closed);
        }
        if (opportunities.canEdit()) {
            HorizontalLayout steps = new HorizontalLayout();
            steps.addClassName("stage-steps");
            for (OpportunityStage target : record.getStage().next()) {
                Button b = new Button(getTranslation(target.actionKey()), e -> move(record, target));
                b.addThemeVariants(
                        target == OpportunityStage.LOST ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST);
                steps.add(b);
            }
            extras.add(steps);
        }
        extras.add(new ActivityTimeline(activities, new SubjectRef(OpportunityService.SUBJECT_TYPE, record.id())));
    }

    private void move(Opportunity record, OpportunityStage target) {
        if (target == OpportunityStage.LOST) {
            new LostReasonDialog(record.getTitle(), reason -> changeStage(record, target, reason)).open();
        } else {
            changeStage(record, target, null);
        }
    }

    private String lower(OpportunityStage stage) {
        return getTranslation(stage.labelKey()).toLowerCase(getLocale());
    }

    /** Moves the opportunity, then shows it as stored; refusals are said, not thrown. */
    private void changeStage(Opportunity record, OpportunityStage target, @Nullable String reason) {
        try {
            opportunities.changeStage(record.id(), record.getVersion(), target, reason);
            Notifications.success(getTranslation("opportunity.page.moved", record.getTitle(), lower(target)));
            reopen(record.id());
        } catch (BusinessRuleException | AccessDeniedException e) {
            Notifications.error(Texts.message(e));
        } catch (OptimisticLockingFailureException e) {
            Notifications.error(getTranslation("opportunity.page.changedMeanwhile"));
            reopen(record.id());
        }
    }
}
