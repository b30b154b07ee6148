package nl.stedenband.exchange.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stedenband.activity.ActivityService;
import nl.stedenband.activity.SubjectRef;
import nl.stedenband.activity.ui.ActivityTimeline;
import nl.stedenband.base.BusinessRuleException;
import nl.stedenband.base.ui.Actions;
import nl.stedenband.base.ui.Dialogs;
import nl.stedenband.base.ui.ExportableGrid;
import nl.stedenband.base.ui.Formats;
import nl.stedenband.base.ui.MasterDetailView;
import nl.stedenband.base.ui.Notifications;
import nl.stedenband.base.ui.TextDownload;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.city.City;
import nl.stedenband.city.CityService;
import nl.stedenband.contact.Contact;
import nl.stedenband.contact.ContactService;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationService;
import nl.stedenband.exchange.Direction;
import nl.stedenband.exchange.ExchangeProgramme;
import nl.stedenband.exchange.ExchangeService;
import nl.stedenband.exchange.Mobility;
import nl.stedenband.exchange.MobilityStatus;
import nl.stedenband.exchange.ProgrammeListItem;
import nl.stedenband.exchange.ProgrammeStatus;
import nl.stedenband.exchange.ProgrammeType;
import nl.stedenband.security.Role;
import nl.stedenband.task.ui.TaskPanel;
import nl.stedenband.task.ui.TaskPanels;

/** Exchange programmes with their places, and the mobilities inside each. */
@Route("exchanges/:programmeId?")
@PageTitle("exchange.list.title")
@Menu(order = 50, icon = "vaadin:academy-cap", title = "exchange.list.title")
@RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICER, Role.Names.COORDINATOR, Role.Names.VIEWER})
public class ExchangesView extends MasterDetailView<ProgrammeListItem, ExchangeProgramme> {

    private final ExchangeService exchanges;
    private final OrganizationService organizations;
    private final ContactService contacts;
    private final ActivityService activities;
    private final TaskPanels tasks;

    private final DateTimeFormatter date = Formats.date(Texts.locale());

    final TextField yearFilter = new TextField(getTranslation("exchange.field.academicYear"));
    final TextField search = new TextField();

    final TextField name = new TextField(getTranslation("exchange.field.name"));
    final ComboBox<ProgrammeType> type = new ComboBox<>(getTranslation("exchange.field.type"));
    final ComboBox<Organization> homeInstitution = new ComboBox<>(getTranslation("exchange.field.homeInstitution"));
    final ComboBox<Organization> partnerInstitution =
            new ComboBox<>(getTranslation("exchange.field.partnerInstitution"));
    final ComboBox<City> partnerCity = new ComboBox<>(getTranslation("exchange.field.partnerCity"));
    final TextField academicYear = new TextField(getTranslation("exchange.field.academicYear"));
    final IntegerField quotaOutbound = new IntegerField(getTranslation("exchange.field.quotaOutbound"));
    final IntegerField quotaInbound = new IntegerField(getTranslation("exchange.field.quotaInbound"));
    final Checkbox minors = new Checkbox(getTranslation("exchange.field.minors"));
    final DatePicker endsOn = new DatePicker(getTranslation("exchange.field.endsOn"));
    final ComboBox<ProgrammeStatus> status = new ComboBox<>(getTranslation("exchange.field.status"));
    final MultiSelectComboBox<Contact> contactPersons =
            new MultiSelectComboBox<>(getTranslation("exchange.field.contactPersons"));

    public ExchangesView(
            ExchangeService exchanges,
            OrganizationService organizations,
            ContactService contacts,
            CityService cities,
            ActivityService activities,
            TaskPanels tasks) {
        super(
                "exchange.list.title",
                "exchanges",
                "programmeId",
                "exchange.record",
                new ExportableGrid<>(),
                new BeanValidationBinder<>(ExchangeProgramme.class));
        this.exchanges = exchanges;
        this.organizations = organizations;
        this.contacts = contacts;
        this.activities = activities;
        this.tasks = tasks;

        grid.addColumn(ProgrammeListItem::name)
                .setHeader(getTranslation("exchange.grid.programme"))
                .setFlexGrow(3)
                .setKey("name");
        grid.addColumn(p -> getTranslation(p.type().labelKey()))
                .setHeader(getTranslation("exchange.field.type"))
                .setKey("type");
        grid.addColumn(ProgrammeListItem::partnerCity)
                .setHeader(getTranslation("exchange.field.partnerCity"))
                .setKey("city");
        grid.addColumn(ProgrammeListItem::academicYear)
                .setHeader(getTranslation("exchange.grid.year"))
                .setKey("year");
        var out = grid.addColumn(p -> getTranslation("exchange.grid.placesUsed", p.outboundUsed(), p.quotaOutbound()))
                .setHeader(getTranslation("exchange.grid.outbound"))
                .setKey("out");
        var in = grid.addColumn(p -> getTranslation("exchange.grid.placesUsed", p.inboundUsed(), p.quotaInbound()))
                .setHeader(getTranslation("exchange.grid.inbound"))
                .setKey("in");
        hideWhileEditing(out, in);
        grid.setItems(
                q -> exchanges.list(yearFilter.getValue(), search.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> {
                    long n = exchanges.count(yearFilter.getValue(), search.getValue());
                    showCount(n, "exchange.count.one", "exchange.count.many");
                    return (int) n;
                });
        grid.setEmptyStateText(getTranslation("exchange.list.empty"));

        search.setPlaceholder(getTranslation("exchange.list.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel(getTranslation("exchange.list.searchLabel"));
        yearFilter.setPlaceholder("2026/27");
        yearFilter.setClearButtonVisible(true);
        yearFilter.setValueChangeMode(ValueChangeMode.LAZY);
        List<HasValue<?, ?>> filterFields = List.of(search, yearFilter);
        filterFields.forEach(f -> f.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                filterChanged();
            }
        }));
        Anchor csv = TextDownload.of(
                getTranslation("exchange.list.figuresCsv"), "exchange-figures.csv", "text/csv", exchanges::figuresCsv);
        csv.addClassName("figures-csv");
        Div filterBar = new Div(search, yearFilter, csv);
        filterBar.addClassName("filter-bar");

        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        academicYear.setMaxLength(9);
        type.setItems(ProgrammeType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        for (ComboBox<Organization> institution : List.of(homeInstitution, partnerInstitution)) {
            institution.setItems(q ->
                    organizations.findByNamePrefix(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
            institution.setItemLabelGenerator(Organization::getName);
            institution.setHelperText(getTranslation("exchange.field.institutionHelper"));
        }
        partnerCity.setItems(
                cities.listCities().stream().filter(c -> !c.isHome()).toList());
        partnerCity.setItemLabelGenerator(City::getName);
        academicYear.setPlaceholder("2026/27");
        status.setItems(ProgrammeStatus.values());
        status.setItemLabelGenerator(st -> getTranslation(st.labelKey()));
        contactPersons.setItems(
                q -> contacts.findForPicker(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        contactPersons.setItemLabelGenerator(c -> c.fullName(getLocale()));
        binder.forField(quotaOutbound)
                .asRequired(getTranslation("exchange.field.quotaRequired"))
                .bind("quotaOutbound");
        binder.forField(quotaInbound)
                .asRequired(getTranslation("exchange.field.quotaRequired"))
                .bind("quotaInbound");
        binder.bindInstanceFields(this);

        FormLayout form = new FormLayout(
                name,
                type,
                academicYear,
                homeInstitution,
                partnerInstitution,
                partnerCity,
                endsOn,
                quotaOutbound,
                quotaInbound,
                minors,
                status,
                contactPersons);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        form.setColspan(name, 2);
        form.setColspan(minors, 2);
        form.setColspan(contactPersons, 2);
        init(filterBar, form);
    }

    @Override
    protected void readFilter(QueryParameters query) {
        Map<String, List<String>> p = query.getParameters();
        search.setValue(p.getOrDefault("q", List.of("")).getFirst());
        yearFilter.setValue(p.getOrDefault("year", List.of("")).getFirst());
    }

    @Override
    protected Map<String, String> filterParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        if (!search.isEmpty()) {
            p.put("q", search.getValue().trim());
        }
        if (!yearFilter.isEmpty()) {
            p.put("year", yearFilter.getValue().trim());
        }
        return p;
    }

    @Override
    protected long idOf(ProgrammeListItem row) {
        return row.id();
    }

    @Override
    protected ExchangeProgramme load(long id) {
        return exchanges.get(id);
    }

    @Override
    protected ExchangeProgramme newRecord() {
        return new ExchangeProgramme();
    }

    @Override
    protected ExchangeProgramme persist(ExchangeProgramme record) {
        return exchanges.save(record);
    }

    @Override
    protected void delete(ExchangeProgramme record) {
        throw new BusinessRuleException("exchange.refusal.programmeKept");
    }

    @Override
    protected boolean canEdit(ExchangeProgramme record) {
        return exchanges.canEdit();
    }

    @Override
    protected boolean canCreate() {
        return exchanges.canEdit();
    }

    /** Programmes stay for the figures; an ended one gets the status "ended". */
    @Override
    protected boolean canDelete(ExchangeProgramme record) {
        return false;
    }

    @Override
    protected String describe(ExchangeProgramme record) {
        return record.getName();
    }

    @Override
    protected void showExtras(ExchangeProgramme record, Div extras) {
        TaskPanel taskPanel = tasks.forRecord(ExchangeService.SUBJECT_TYPE, record.id());
        taskPanel.addChangeListener(() -> reopen(record.id()));
        extras.add(
                mobilities(record),
                taskPanel,
                new ActivityTimeline(activities, new SubjectRef(ExchangeService.SUBJECT_TYPE, record.id())));
    }

    private Div mobilities(ExchangeProgramme record) {
        Div box = new Div(new H3(getTranslation("exchange.mobilities.title")));
        box.addClassName("programme-mobilities");
        UnorderedList list = new UnorderedList();
        for (Mobility m : exchanges.mobilities(record.id())) {
            ListItem item = new ListItem(
                    personName(m) + " · " + getTranslation(m.getDirection().labelKey()) + " · "
                            + date.format(m.getPeriodStart()) + "–" + date.format(m.getPeriodEnd())
                            + (m.getHost() == null
                                    ? ""
                                    : " · "
                                            + getTranslation(
                                                    "exchange.mobilities.at",
                                                    m.getHost().getName()))
                            + " · " + getTranslation(m.getStatus().labelKey())
                            + (record.isMinors()
                                    ? " · "
                                            + getTranslation(
                                                    m.isGuardianConsent()
                                                            ? "exchange.mobilities.consented"
                                                            : "exchange.mobilities.noConsent")
                                    : ""));
            item.addClassName("mobility");
            if (exchanges.canEdit()) {
                if (record.isMinors() && !m.isGuardianConsent() && m.getStatus() == MobilityStatus.NOMINATED) {
                    item.add(small(
                            getTranslation("exchange.mobilities.recordConsent"),
                            () -> exchanges.recordGuardianConsent(m.id()),
                            record));
                }
                for (MobilityStatus target : m.getStatus().next()) {
                    item.add(small(
                            getTranslation(target.actionKey()),
                            () -> exchanges.changeStatus(m.id(), m.getVersion(), target),
                            record));
                }
            }
            list.add(item);
        }
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new ListItem(getTranslation("exchange.mobilities.empty")));
        }
        box.add(list);
        if (exchanges.canEdit()) {
            ComboBox<Contact> person = new ComboBox<>(getTranslation("exchange.mobilities.person"));
            person.setItems(
                    q -> contacts.findForPicker(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
            person.setItemLabelGenerator(c -> c.fullName(getLocale())
                    + (c.getOrganization() == null
                            ? ""
                            : ", " + c.getOrganization().getName()));
            ComboBox<Direction> direction =
                    new ComboBox<>(getTranslation("exchange.mobilities.direction"), Direction.values());
            direction.setItemLabelGenerator(d -> getTranslation(d.labelKey()));
            direction.setValue(Direction.OUTBOUND);
            DatePicker from = new DatePicker(getTranslation("exchange.mobilities.from"));
            DatePicker until = new DatePicker(getTranslation("exchange.mobilities.until"));
            ComboBox<Organization> host = new ComboBox<>(getTranslation("exchange.mobilities.host"));
            host.setItems(q ->
                    organizations.findByNamePrefix(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
            host.setItemLabelGenerator(Organization::getName);
            host.setClearButtonVisible(true);
            Button nominate =
                    new Button(getTranslation("exchange.mobilities.nominate"), VaadinIcon.PLUS.create(), e -> {
                        if (person.getValue() == null || from.getValue() == null || until.getValue() == null) {
                            person.setInvalid(person.getValue() == null);
                            from.setInvalid(from.getValue() == null);
                            until.setInvalid(until.getValue() == null);
                            return;
                        }
                        act(
                                record,
                                () -> exchanges.nominate(
                                        record.id(),
                                        person.getValue(),
                                        direction.getValue(),
                                        from.getValue(),
                                        until.getValue(),
                                        host.getValue()));
                    });
            nominate.addClassName("nominate");
            box.add(new FormLayout(person, direction, from, until, host, nominate));
            if (record.isMinors()) {
                Button anonymise = new Button(
                        getTranslation("exchange.mobilities.anonymise"),
                        VaadinIcon.EYE_SLASH.create(),
                        e -> Dialogs.confirmDelete(getTranslation("exchange.mobilities.anonymiseWhat"), () -> {
                            int n = exchanges.anonymisePastParticipants(record.id());
                            Notifications.success(getTranslation("exchange.mobilities.anonymised", n));
                            reopen(record.id());
                        }));
                anonymise.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                anonymise.addClassName("anonymise");
                box.add(anonymise);
            }
        }
        return box;
    }

    /** A participant whose data was erased has no name any more; the line still counts. */
    private String personName(Mobility m) {
        String name = m.personName();
        return name == null ? getTranslation("exchange.record.anonymised") : name;
    }

    private Button small(String text, Runnable action, ExchangeProgramme record) {
        Button b = new Button(text, e -> act(record, action));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    private void act(ExchangeProgramme record, Runnable change) {
        Actions.run(
                () -> {
                    change.run();
                    reopen(record.id());
                },
                "exchange.record",
                () -> reopen(record.id()));
    }
}
