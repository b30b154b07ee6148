package nl.stedenband.contact.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import nl.stedenband.contact.Contact;
import nl.stedenband.contact.ContactCount;
import nl.stedenband.contact.ContactFilter;
import nl.stedenband.contact.ContactListItem;
import nl.stedenband.contact.ContactService;
import nl.stedenband.contact.GdprBasis;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationService;
import nl.stedenband.contact.OrganizationType;
import nl.stedenband.security.AppUser;
import nl.stedenband.security.Role;
import nl.stedenband.security.UserService;
import nl.stedenband.task.ui.TaskPanel;
import nl.stedenband.task.ui.TaskPanels;
import org.jspecify.annotations.Nullable;

/** The people the office works with: a list that stays fast on 300,000 contacts, and the contact's form. */
@Route("contacts/:contactId?")
@PageTitle("contact.list.title")
@Menu(order = 20, icon = "vaadin:user-card", title = "contact.list.title")
@RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICER, Role.Names.COORDINATOR, Role.Names.VIEWER})
public class ContactsView extends MasterDetailView<ContactListItem, Contact> {

    /** Languages a contact may prefer, named on screen in the user's language. */
    static final List<String> LANGUAGES = List.of("nl", "en", "zh", "de", "fr", "es");

    private final ContactService contacts;
    private final ActivityService activities;
    private final TaskPanels tasks;

    // filter bar
    final TextField search = new TextField();
    final ComboBox<OrganizationType> typeFilter = new ComboBox<>(Texts.t("contact.field.organizationType"));
    final ComboBox<City> cityFilter = new ComboBox<>(Texts.t("contact.field.city"));
    final TextField tagFilter = new TextField(Texts.t("contact.field.tag"));
    final ComboBox<AppUser> ownerFilter = new ComboBox<>(Texts.t("contact.field.owner"));
    final ComboBox<GdprBasis> basisFilter = new ComboBox<>();
    final DatePicker consentBeforeFilter = new DatePicker();
    private @Nullable Long organizationFilter;

    // form
    final TextField firstName = new TextField(Texts.t("contact.field.firstName"));
    final TextField lastName = new TextField(Texts.t("contact.field.lastName"));
    final TextField jobTitle = new TextField(Texts.t("contact.field.jobTitle"));
    final ComboBox<Organization> organization = new ComboBox<>(Texts.t("contact.field.organization"));
    final ComboBox<City> city = new ComboBox<>(Texts.t("contact.field.city"));
    final EmailField email = new EmailField(Texts.t("contact.field.email"));
    final TextField phone = new TextField(Texts.t("contact.field.phone"));
    final ComboBox<String> preferredLanguage = new ComboBox<>(Texts.t("contact.field.preferredLanguage"));
    final TextField tags = new TextField(Texts.t("contact.field.tags"));
    final ComboBox<AppUser> owner = new ComboBox<>(Texts.t("contact.field.owner"));
    final ComboBox<GdprBasis> gdprBasis = new ComboBox<>(Texts.t("contact.field.gdprBasis"));
    final DatePicker consentDate = new DatePicker(Texts.t("contact.field.consentDate"));
    final TextArea notes = new TextArea(Texts.t("contact.field.notes"));

    private GridLazyDataView<ContactListItem> rows;
    private ContactCount counted = new ContactCount(0, false);

    public ContactsView(
            ContactService contacts,
            OrganizationService organizations,
            CityService cities,
            UserService users,
            ActivityService activities,
            TaskPanels tasks) {
        super(
                "contact.list.title",
                "contacts",
                "contactId",
                "contact.record",
                new ExportableGrid<>(),
                new BeanValidationBinder<>(Contact.class));
        this.contacts = contacts;
        this.activities = activities;
        this.tasks = tasks;
        List<City> cityList = cities.listCities();
        List<AppUser> userList = users.listActiveUsers();

        grid.addColumn(c -> c.fullName(getLocale()))
                .setHeader(Texts.t("contact.column.name"))
                .setSortProperty("name")
                .setFlexGrow(2)
                .setKey("name");
        grid.addColumn(ContactListItem::organizationName)
                .setHeader(Texts.t("contact.field.organization"))
                .setSortProperty("organization")
                .setFlexGrow(2)
                .setKey("organization");
        var jobTitleColumn = grid.addColumn(ContactListItem::jobTitle)
                .setHeader(Texts.t("contact.field.jobTitle"))
                .setSortProperty("jobTitle")
                .setKey("jobTitle");
        var emailColumn = grid.addColumn(ContactListItem::email)
                .setHeader(Texts.t("contact.field.email"))
                .setSortProperty("email")
                .setFlexGrow(2)
                .setKey("email");
        var cityColumn = grid.addColumn(ContactListItem::cityName)
                .setHeader(Texts.t("contact.field.city"))
                .setSortProperty("city")
                .setKey("city");
        var ownerColumn = grid.addColumn(ContactListItem::ownerName)
                .setHeader(Texts.t("contact.field.owner"))
                .setSortProperty("owner")
                .setKey("owner");
        var basisColumn = grid.addColumn(c -> c.gdprBasis() == null ? "" : Texts.label(c.gdprBasis()))
                .setHeader(getTranslation("privacy.contacts.basis"))
                .setSortProperty("gdprBasis")
                .setKey("gdprBasis");
        var consentColumn = grid.addColumn(ContactListItem::consentDate)
                .setHeader(getTranslation("privacy.contacts.consentDate"))
                .setSortProperty("consentDate")
                .setKey("consentDate");
        hideWhileEditing(jobTitleColumn, emailColumn, cityColumn, ownerColumn, basisColumn, consentColumn);
        rows = grid.setItems(
                q -> contacts.list(filter(), q.getOffset(), q.getLimit(), toSort(q.getSortOrders())).stream(),
                q -> (int) Math.min(counted.value(), Integer.MAX_VALUE));
        grid.setEmptyStateText(Texts.t("contact.list.empty"));

        search.setPlaceholder(Texts.t("contact.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel(Texts.t("contact.search.label"));
        typeFilter.setItems(OrganizationType.values());
        typeFilter.setItemLabelGenerator(Texts::label);
        typeFilter.setClearButtonVisible(true);
        cityFilter.setItems(cityList);
        cityFilter.setItemLabelGenerator(City::getName);
        cityFilter.setClearButtonVisible(true);
        tagFilter.setClearButtonVisible(true);
        tagFilter.setValueChangeMode(ValueChangeMode.LAZY);
        ownerFilter.setItems(userList);
        ownerFilter.setItemLabelGenerator(AppUser::getDisplayName);
        ownerFilter.setClearButtonVisible(true);
        basisFilter.setLabel(getTranslation("privacy.contacts.basis"));
        basisFilter.setItems(GdprBasis.values());
        basisFilter.setItemLabelGenerator(Texts::label);
        basisFilter.setClearButtonVisible(true);
        consentBeforeFilter.setLabel(getTranslation("privacy.contacts.consentBefore"));
        consentBeforeFilter.setClearButtonVisible(true);
        List<HasValue<?, ?>> filterFields =
                List.of(search, typeFilter, cityFilter, tagFilter, ownerFilter, basisFilter, consentBeforeFilter);
        filterFields.forEach(field -> field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                organizationFilter = null;
                filterChanged();
            }
        }));
        Div filterBar =
                new Div(search, typeFilter, cityFilter, tagFilter, ownerFilter, basisFilter, consentBeforeFilter);
        filterBar.addClassName("filter-bar");

        organization.setItems(
                q -> organizations.findByNamePrefix(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        organization.setItemLabelGenerator(o -> o.getCity() == null
                ? o.getName()
                : o.getName() + " (" + o.getCity().getName() + ")");
        organization.setClearButtonVisible(true);
        organization.setHelperText(Texts.t("contact.organization.helper"));
        organization.addValueChangeListener(e -> {
            // the contact's city defaults to the organization's
            if (e.isFromClient()
                    && e.getValue() != null
                    && city.isEmpty()
                    && e.getValue().getCity() != null) {
                city.setValue(e.getValue().getCity());
            }
        });
        city.setItems(cityList);
        city.setItemLabelGenerator(City::getName);
        city.setClearButtonVisible(true);
        preferredLanguage.setItems(LANGUAGES);
        preferredLanguage.setItemLabelGenerator(
                code -> Locale.forLanguageTag(code).getDisplayLanguage(Texts.language(getLocale())));
        preferredLanguage.setClearButtonVisible(true);
        tags.setHelperText(Texts.t("contact.tags.helper"));
        owner.setItems(userList);
        owner.setItemLabelGenerator(AppUser::getDisplayName);
        owner.setClearButtonVisible(true);
        gdprBasis.setItems(GdprBasis.values());
        gdprBasis.setItemLabelGenerator(Texts::label);
        gdprBasis.setClearButtonVisible(true);
        consentDate.setHelperText(Texts.t("contact.consentDate.helper"));
        lastName.setRequiredIndicatorVisible(true);
        firstName.setMaxLength(100);
        lastName.setMaxLength(100);
        jobTitle.setMaxLength(150);
        email.setMaxLength(254);
        phone.setMaxLength(40);
        tags.setMaxLength(1000);
        notes.setMaxLength(4000);

        binder.forField(tags).withConverter(Tags::parse, Tags::format).bind(Contact::getTags, Contact::setTags);
        binder.forField(consentDate)
                .withValidator(
                        date -> date != null || gdprBasis.getValue() != GdprBasis.CONSENT,
                        Texts.t("contact.consentDate.required"))
                .bind("consentDate");
        binder.forField(email).withNullRepresentation("").bind("email");
        binder.bindInstanceFields(this);

        FormLayout form = new FormLayout(
                firstName,
                lastName,
                jobTitle,
                organization,
                city,
                email,
                phone,
                preferredLanguage,
                owner,
                tags,
                gdprBasis,
                consentDate,
                notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        form.setColspan(organization, 2);
        form.setColspan(email, 2);
        form.setColspan(tags, 2);
        form.setColspan(notes, 2);
        init(filterBar, form);
    }

    ContactFilter filter() {
        return new ContactFilter(
                search.getValue(),
                typeFilter.getValue(),
                cityFilter.getValue() == null ? null : cityFilter.getValue().getId(),
                tagFilter.getValue(),
                ownerFilter.getValue() == null ? null : ownerFilter.getValue().getId(),
                organizationFilter,
                basisFilter.getValue(),
                consentBeforeFilter.getValue());
    }

    /**
     * Counts before the grid asks: a search that matches very many contacts shows "more than 1,000"
     * and lets the grid find its end while scrolling, instead of counting every match each time.
     */
    @Override
    protected void refreshList() {
        counted = contacts.countForList(filter());
        if (counted.more()) {
            showMore(counted.value(), "contact.count.many");
            rows.setItemCountUnknown();
            rows.setItemCountEstimate((int) counted.value() + 1);
        } else {
            showCount(counted.value(), "contact.count.one", "contact.count.many");
            rows.setItemCountFromDataProvider();
        }
        super.refreshList();
    }

    @Override
    protected void readFilter(QueryParameters query) {
        Map<String, List<String>> p = query.getParameters();
        search.setValue(first(p, "q", ""));
        typeFilter.setValue(enumOrNull(first(p, "type", "")));
        cityFilter.setValue(cityFilter
                .getListDataView()
                .getItems()
                .filter(c -> String.valueOf(c.getId()).equals(first(p, "city", "")))
                .findFirst()
                .orElse(null));
        tagFilter.setValue(first(p, "tag", ""));
        ownerFilter.setValue(ownerFilter
                .getListDataView()
                .getItems()
                .filter(u -> u.getUsername().equals(first(p, "owner", "")))
                .findFirst()
                .orElse(null));
        organizationFilter = parseLong(first(p, "organization", ""));
        basisFilter.setValue(basisOrNull(first(p, "basis", "")));
        consentBeforeFilter.setValue(dateOrNull(first(p, "consentBefore", "")));
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
        if (ownerFilter.getValue() != null) {
            p.put("owner", ownerFilter.getValue().getUsername());
        }
        if (organizationFilter != null) {
            p.put("organization", String.valueOf(organizationFilter));
        }
        if (basisFilter.getValue() != null) {
            p.put("basis", basisFilter.getValue().name());
        }
        if (consentBeforeFilter.getValue() != null) {
            p.put("consentBefore", consentBeforeFilter.getValue().toString());
        }
        return p;
    }

    @Override
    protected long idOf(ContactListItem row) {
        return row.id();
    }

    @Override
    protected Contact load(long id) {
        return contacts.get(id);
    }

    @Override
    protected Contact newRecord() {
        return new Contact();
    }

    @Override
    protected Contact persist(Contact record) {
        return contacts.save(record);
    }

    @Override
    protected void delete(Contact record) {
        contacts.delete(record.id());
    }

    @Override
    protected boolean canEdit(Contact record) {
        return contacts.canEdit(record);
    }

    @Override
    protected boolean canCreate() {
        return contacts.canCreate();
    }

    @Override
    protected String describe(Contact record) {
        return record.fullName(getLocale());
    }

    @Override
    protected void showExtras(Contact record, Div extras) {
        TaskPanel taskPanel = tasks.forRecord(ContactService.SUBJECT_TYPE, record.id());
        taskPanel.addChangeListener(() -> reopen(record.id()));
        extras.add(
                taskPanel, new ActivityTimeline(activities, new SubjectRef(ContactService.SUBJECT_TYPE, record.id())));
    }

    /** A contact with the same e-mail is likely a duplicate: say so, link to it, and let the user decide. */
    @Override
    protected void beforeSave(Contact record, Runnable proceed) {
        String email = record.getEmail();
        List<Contact> others = contacts.findOthersWithEmail(email, record.getId());
        if (email == null || others.isEmpty()) {
            proceed.run();
            return;
        }
        Contact other = others.getFirst();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.addClassName("duplicate-dialog");
        dialog.setHeader(Texts.t("contact.duplicate.title"));
        Anchor link = new Anchor(
                "contacts/" + other.getId(),
                other.fullName(getLocale())
                        + (other.getOrganization() == null
                                ? ""
                                : ", " + other.getOrganization().getName()));
        link.addClassName("duplicate-link");
        dialog.setText(new Div(
                new Paragraph(
                        others.size() == 1
                                ? Texts.t("contact.duplicate.one", email)
                                : Texts.t("contact.duplicate.many", others.size(), email)),
                link));
        dialog.setCancelable(true);
        dialog.setCancelText(Texts.t("contact.duplicate.cancel"));
        dialog.setConfirmText(Texts.t("contact.duplicate.confirm"));
        dialog.addConfirmListener(e -> proceed.run());
        dialog.open();
    }

    private static @Nullable OrganizationType enumOrNull(String name) {
        try {
            return name.isEmpty() ? null : OrganizationType.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable GdprBasis basisOrNull(String name) {
        try {
            return name.isEmpty() ? null : GdprBasis.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable LocalDate dateOrNull(String s) {
        try {
            return s.isEmpty() ? null : LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    static @Nullable Long parseLong(String s) {
        try {
            return s.isEmpty() ? null : Long.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String first(Map<String, List<String>> params, String key, String fallback) {
        List<String> values = params.get(key);
        return values == null || values.isEmpty() ? fallback : values.getFirst();
    }
}
