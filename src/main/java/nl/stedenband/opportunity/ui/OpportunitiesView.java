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
@PageTitle("Opportunities · Stedenband")
@Menu(order = 55, icon = "vaadin:lightbulb", title = "Opportunities")
@RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICER, Role.Names.COORDINATOR, Role.Names.VIEWER})
public class OpportunitiesView extends MasterDetailView<OpportunityListItem, Opportunity> {

    private final OpportunityService opportunities;
    private final ActivityService activities;
    private final UserService users;
    private final List<City> cityList;

    final OpportunityFilterBar filters;
    final Button boardLink = new Button("Board", VaadinIcon.GRID_BIG_O.create());

    final TextField title = new TextField("Title");
    final ComboBox<OpportunityKind> kind = new ComboBox<>("Kind");
    final ComboBox<Organization> organization = new ComboBox<>("Organization");
    final ComboBox<City> city = new ComboBox<>("City");
    final ComboBox<AppUser> owner = new ComboBox<>("Owner");
    final BigDecimalField expectedValue = new BigDecimalField("Expected value");
    final TextField nextStep = new TextField("Next step");
    final DatePicker nextStepOn = new DatePicker("Next step on");
    final TextArea notes = new TextArea("Notes");

    public OpportunitiesView(OpportunityService opportunities, OrganizationService organizations, CityService cities,
            UserService users, ActivityService activities) {
        super("Opportunities", "opportunities", "opportunityId", "opportunity", new ExportableGrid<>(),
                new BeanValidationBinder<>(Opportunity.class));
        this.opportunities = opportunities;
        this.activities = activities;
        this.users = users;
        this.cityList = cities.listCities();
        List<AppUser> userList = users.listActiveUsers();
        filters = new OpportunityFilterBar(cityList, userList, organizations, true, this::filterChanged);

        grid.addColumn(OpportunityListItem::title).setHeader("Opportunity").setSortProperty("title").setFlexGrow(3)
                .setKey("title");
        grid.addColumn(OpportunityListItem::organizationName).setHeader("Organization").setSortProperty("organization")
                .setFlexGrow(2).setKey("organization");
        grid.addColumn(o -> o.stage().label()).setHeader("Stage").setSortProperty("stage").setKey("stage");
        var kindColumn = grid.addColumn(o -> o.kind().label()).setHeader("Kind").setSortProperty("kind").setKey("kind");
        var ownerColumn = grid.addColumn(OpportunityListItem::ownerName).setHeader("Owner").setSortProperty("owner")
                .setKey("owner");
        var valueColumn = grid.addColumn(o -> OpportunityFormat.euros(o.expectedValue())).setHeader("Value")
                .setSortProperty("value").setKey("value").setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        var nextColumn = grid.addColumn(o -> OpportunityFormat.nextStep(o.nextStep(), o.nextStepOn())).setHeader("Next step")
                .setSortProperty("nextStepOn").setFlexGrow(2).setKey("next");
        hideWhileEditing(kindColumn, ownerColumn, valueColumn, nextColumn);
        grid.setItems(
                q -> opportunities.list(filters.filter(), q.getOffset(), q.getLimit(), toSort(q.getSortOrders())).stream(),
                q -> {
                    long n = opportunities.count(filters.filter());
                    showCount(n, "opportunity", "opportunities");
                    return (int) Math.min(n, Integer.MAX_VALUE);
                });
        grid.setEmptyStateText("No opportunities match this filter.");

        boardLink.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        boardLink.addClassName("view-toggle");
        boardLink.setTooltipText("The pipeline as a board, a column per stage");
        boardLink.addClickListener(e -> UI.getCurrent().navigate(OpportunityBoardView.class,
                QueryParameters.simple(boardParameters())));
        filters.add(boardLink);

        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(200);
        kind.setItems(OpportunityKind.values());
        kind.setItemLabelGenerator(OpportunityKind::label);
        kind.setRequiredIndicatorVisible(true);
        organization.setItems(q -> organizations.findByNamePrefix(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        organization.setItemLabelGenerator(Organization::getName);
        organization.setHelperText("Type the first letters of the name");
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
        city.setHelperText("The organization's city unless you choose another");
        owner.setItems(userList);
        owner.setItemLabelGenerator(AppUser::getDisplayName);
        owner.setClearButtonVisible(true);
        expectedValue.setPrefixComponent(new com.vaadin.flow.component.html.Span("€"));
        expectedValue.setHelperText("Optional: investment, contract or grant in euros");
        nextStep.setMaxLength(500);
        nextStep.setPlaceholder("E.g. send the pitch deck to the hub");
        notes.setMaxLength(4000);
        binder.bindInstanceFields(this);

        FormLayout form = new FormLayout(title, kind, organization, city, owner, expectedValue, nextStep, nextStepOn, notes);
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
        return cityList.stream().filter(c -> Objects.equals(c.getId(), id)).findFirst().orElse(null);
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
        opportunities.delete(record.getId());
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
        H3 stage = new H3("Stage: " + record.getStage().label());
        stage.addClassName("opportunity-stage");
        extras.add(stage);
        if (record.getClosedOn() != null) {
            Paragraph closed = new Paragraph(record.getStage().label() + " on " + OpportunityFormat.day(record.getClosedOn())
                    + (record.getLostReason() == null ? "" : ": " + record.getLostReason()));
            closed.addClassName("opportunity-closed");
            extras.add(closed);
        }
        if (opportunities.canEdit()) {
            HorizontalLayout steps = new HorizontalLayout();
            steps.addClassName("stage-steps");
            for (OpportunityStage target : record.getStage().next()) {
                Button b = new Button(target.action(), e -> move(record, target));
                b.addThemeVariants(target == OpportunityStage.LOST ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST);
                steps.add(b);
            }
            extras.add(steps);
        }
        extras.add(new ActivityTimeline(activities, new SubjectRef(OpportunityService.SUBJECT_TYPE, record.getId())));
    }

    private void move(Opportunity record, OpportunityStage target) {
        if (target == OpportunityStage.LOST) {
            new LostReasonDialog(record.getTitle(), reason -> changeStage(record, target, reason)).open();
        } else {
            changeStage(record, target, null);
        }
    }

    /** Moves the opportunity, then shows it as stored; refusals are said, not thrown. */
    private void changeStage(Opportunity record, OpportunityStage target, @Nullable String reason) {
        try {
            opportunities.changeStage(record.getId(), record.getVersion(), target, reason);
            Notifications.success("“" + record.getTitle() + "” is now " + target.label().toLowerCase());
            reopen(record.getId());
        } catch (BusinessRuleException | AccessDeniedException e) {
            Notifications.error(Texts.message(e));
        } catch (OptimisticLockingFailureException e) {
            Notifications.error("Someone else changed this opportunity; it has been reloaded.");
            reopen(record.getId());
        }
    }
}
