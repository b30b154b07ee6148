package nl.stedenband.contact.ui;

import static nl.stedenband.contact.ui.ContactsView.first;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stedenband.activity.ActivityService;
import nl.stedenband.activity.SubjectRef;
import nl.stedenband.activity.ui.ActivityTimeline;
import nl.stedenband.base.Tags;
import nl.stedenband.base.ui.ExportableGrid;
import nl.stedenband.base.ui.MasterDetailView;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.city.City;
import nl.stedenband.city.CityService;
import nl.stedenband.contact.ContactFilter;
import nl.stedenband.contact.ContactService;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationFilter;
import nl.stedenband.contact.OrganizationListItem;
import nl.stedenband.contact.OrganizationService;
import nl.stedenband.contact.OrganizationType;
import nl.stedenband.security.Role;
import nl.stedenband.task.ui.TaskPanel;
import nl.stedenband.task.ui.TaskPanels;

/** Companies, startups, universities, schools, government bodies, innovation hubs and associations. */
@Route("organizations/:organizationId?")
@PageTitle("organization.list.title")
@Menu(order = 10, icon = "vaadin:building", title = "organization.list.title")
@RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICER, Role.Names.COORDINATOR, Role.Names.VIEWER})
public class OrganizationsView extends MasterDetailView<OrganizationListItem, Organization> {

    private final OrganizationService organizations;
    private final ContactService contacts;
    private final ActivityService activities;
    private final TaskPanels tasks;

    final TextField search = new TextField();
    final ComboBox<OrganizationType> typeFilter = new ComboBox<>(Texts.t("organization.field.type"));
    final ComboBox<City> cityFilter = new ComboBox<>(Texts.t("organization.field.city"));
    final TextField tagFilter = new TextField(Texts.t("organization.field.tag"));

    final TextField name = new TextField(Texts.t("organization.field.name"));
    final ComboBox<OrganizationType> type = new ComboBox<>(Texts.t("organization.field.type"));
    final ComboBox<City> city = new ComboBox<>(Texts.t("organization.field.city"));
    final TextField sector = new TextField(Texts.t("organization.field.sector"));
    final TextField website = new TextField(Texts.t("organization.field.website"));
    final TextField tags = new TextField(Texts.t("organization.field.tags"));
    final TextArea notes = new TextArea(Texts.t("organization.field.notes"));

    public OrganizationsView(
            OrganizationService organizations,
            ContactService contacts,
            CityService cities,
            ActivityService activities,
            TaskPanels tasks) {
        super(
                "organization.list.title",
                "organizations",
                "organizationId",
                "organization.record",
                new ExportableGrid<>(),
                new BeanValidationBinder<>(Organization.class));
        this.organizations = organizations;
        this.contacts = contacts;
        this.activities = activities;
        this.tasks = tasks;
        List<City> cityList = cities.listCities();

        grid.addColumn(OrganizationListItem::name)
                .setHeader(Texts.t("organization.field.name"))
                .setSortProperty("name")
                .setFlexGrow(3)
                .setKey("name");
        grid.addColumn(o -> Texts.label(o.type()))
                .setHeader(Texts.t("organization.field.type"))
                .setSortProperty("type")
                .setKey("type");
        grid.addColumn(OrganizationListItem::cityName)
                .setHeader(Texts.t("organization.field.city"))
                .setSortProperty("city")
                .setKey("city");
        var sectorColumn = grid.addColumn(OrganizationListItem::sector)
                .setHeader(Texts.t("organization.field.sector"))
                .setSortProperty("sector")
                .setFlexGrow(2)
                .setKey("sector");
        hideWhileEditing(sectorColumn);
        grid.addColumn(OrganizationListItem::contactCount)
                .setHeader(Texts.t("organization.column.contacts"))
                .setKey("contacts")
                .setFlexGrow(0)
                .setWidth("7em");
        grid.setItems(
                q -> organizations.list(filter(), q.getOffset(), q.getLimit(), toSort(q.getSortOrders())).stream(),
                q -> {
                    long n = organizations.count(filter());
                    showCount(n, "organization.count.one", "organization.count.many");
                    return (int) Math.min(n, Integer.MAX_VALUE);
                });
        grid.setEmptyStateText(Texts.t("organization.list.empty"));

        search.setPlaceholder(Texts.t("organization.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel(Texts.t("organization.search.label"));
        typeFilter.setItems(OrganizationType.values());
        typeFilter.setItemLabelGenerator(Texts::label);
        typeFilter.setClearButtonVisible(true);
        cityFilter.setItems(cityList);
        cityFilter.setItemLabelGenerator(City::getName);
        cityFilter.setClearButtonVisible(true);
        tagFilter.setClearButtonVisible(true);
        tagFilter.setValueChangeMode(ValueChangeMode.LAZY);
        List<HasValue<?, ?>> filterFields = List.of(search, typeFilter, cityFilter, tagFilter);
        filterFields.forEach(field -> field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                filterChanged();
            }
        }));
        Div filterBar = new Div(search, typeFilter, cityFilter, tagFilter);
        filterBar.addClassName("filter-bar");

        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        sector.setMaxLength(100);
        website.setMaxLength(255);
        tags.setMaxLength(1000);
        type.setItems(OrganizationType.values());
        type.setItemLabelGenerator(Texts::label);
        type.setRequiredIndicatorVisible(true);
        city.setItems(cityList);
        city.setItemLabelGenerator(City::getName);
        city.setClearButtonVisible(true);
        website.setPlaceholder("https://");
        tags.setHelperText(Texts.t("organization.tags.helper"));
        notes.setMaxLength(4000);
        binder.forField(tags)
                .withConverter(Tags::parse, Tags::format)
                .bind(Organization::getTags, Organization::setTags);
        binder.forField(website).withNullRepresentation("").bind("website");
        binder.bindInstanceFields(this);

        FormLayout form = new FormLayout(name, type, city, sector, website, tags, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        form.setColspan(name, 2);
        form.setColspan(website, 2);
        form.setColspan(tags, 2);
        form.setColspan(notes, 2);
        init(filterBar, form);
    }

    OrganizationFilter filter() {
        return new OrganizationFilter(
                search.getValue(),
                typeFilter.getValue(),
                cityFilter.getValue() == null ? null : cityFilter.getValue().getId(),
                tagFilter.getValue());
    }

    @Override
    protected void readFilter(QueryParameters query) {
        Map<String, List<String>> p = query.getParameters();
        search.setValue(first(p, "q", ""));
        String typeName = first(p, "type", "");
        typeFilter.setValue(java.util.Arrays.stream(OrganizationType.values())
                .filter(t -> t.name().equals(typeName))
                .findFirst()
                .orElse(null));
        cityFilter.setValue(cityFilter
                .getListDataView()
                .getItems()
                .filter(c -> String.valueOf(c.getId()).equals(first(p, "city", "")))
                .findFirst()
                .orElse(null));
        tagFilter.setValue(first(p, "tag", ""));
    }

    @Override
    protected Map<String, String> filterParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        if (!search.isEmpty()) {
            p.put("q", search.getValue().trim());
        }
        if (typeFilter.getValue() != null) {
            p.put("type", typeFilter.getValue().name());
        }
        if (cityFilter.getValue() != null) {
            p.put("city", String.valueOf(cityFilter.getValue().getId()));
        }
        if (!tagFilter.isEmpty()) {
            p.put("tag", tagFilter.getValue().trim());
        }
        return p;
    }

    @Override
    protected long idOf(OrganizationListItem row) {
        return row.id();
    }

    @Override
    protected Organization load(long id) {
        return organizations.get(id);
    }

    @Override
    protected Organization newRecord() {
        return new Organization();
    }

    @Override
    protected Organization persist(Organization record) {
        return organizations.save(record);
    }

    @Override
    protected void delete(Organization record) {
        organizations.delete(record.id());
    }

    @Override
    protected boolean canEdit(Organization record) {
        return organizations.canEdit(record);
    }

    @Override
    protected boolean canCreate() {
        return organizations.canCreate();
    }

    @Override
    protected String describe(Organization record) {
        return record.getName();
    }

    @Override
    protected void showExtras(Organization record, Div extras) {
        long people = contacts.count(new ContactFilter(null, null, null, null, null, record.getId()));
        Anchor link =
                new Anchor("contacts?organization=" + record.getId(), Texts.t("organization.contacts.link", people));
        link.addClassName("organization-contacts-link");
        Paragraph contactsLine = new Paragraph(link);
        contactsLine.addClassName("related-records");
        TaskPanel taskPanel = tasks.forRecord(OrganizationService.SUBJECT_TYPE, record.id());
        taskPanel.addChangeListener(() -> reopen(record.id()));
        extras.add(
                contactsLine,
                taskPanel,
                new ActivityTimeline(activities, new SubjectRef(OrganizationService.SUBJECT_TYPE, record.id())));
    }
}
