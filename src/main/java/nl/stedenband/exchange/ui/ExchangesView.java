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
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.stedenband.activity.ActivityService;
import nl.stedenband.activity.SubjectRef;
import nl.stedenband.activity.ui.ActivityTimeline;
import nl.stedenband.task.TaskService;
import nl.stedenband.task.ui.TaskPanel;
import nl.stedenband.base.BusinessRuleException;
import nl.stedenband.base.ui.Actions;
import nl.stedenband.base.ui.Dialogs;
import nl.stedenband.base.ui.ExportableGrid;
import nl.stedenband.base.ui.MasterDetailView;
import nl.stedenband.base.ui.Notifications;
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

/** Exchange programmes with their places, and the mobilities inside each. */
@Route("exchanges/:programmeId?")
@PageTitle("Exchanges · Stedenband")
@Menu(order = 50, icon = "vaadin:academy-cap", title = "Exchanges")
@RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICER, Role.Names.COORDINATOR, Role.Names.VIEWER})
public class ExchangesView extends MasterDetailView<ProgrammeListItem, ExchangeProgramme> {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final ExchangeService exchanges;
    private final OrganizationService organizations;
    private final ContactService contacts;
    private final ActivityService activities;
    private final TaskService tasks;

    final TextField yearFilter = new TextField("Academic year");
    final TextField search = new TextField();

    final TextField name = new TextField("Name");
    final ComboBox<ProgrammeType> type = new ComboBox<>("Type");
    final ComboBox<Organization> homeInstitution = new ComboBox<>("Twente institution");
    final ComboBox<Organization> partnerInstitution = new ComboBox<>("Partner institution");
    final ComboBox<City> partnerCity = new ComboBox<>("Partner city");
    final TextField academicYear = new TextField("Academic year");
    final IntegerField quotaOutbound = new IntegerField("Places outbound");
    final IntegerField quotaInbound = new IntegerField("Places inbound");
    final Checkbox minors = new Checkbox("Participants are minors (secondary school)");
    final DatePicker endsOn = new DatePicker("Programme ends on");
    final ComboBox<ProgrammeStatus> status = new ComboBox<>("Status");
    final MultiSelectComboBox<Contact> contactPersons = new MultiSelectComboBox<>("Contact persons");

    public ExchangesView(ExchangeService exchanges, OrganizationService organizations, ContactService contacts,
            CityService cities, ActivityService activities, TaskService tasks) {
        super("Exchanges", "exchanges", "programmeId", "programme", new ExportableGrid<>(), new BeanValidationBinder<>(ExchangeProgramme.class));
        this.exchanges = exchanges;
        this.organizations = organizations;
        this.contacts = contacts;
        this.activities = activities;
        this.tasks = tasks;

        grid.addColumn(ProgrammeListItem::name).setHeader("Programme").setFlexGrow(3).setKey("name");
        grid.addColumn(p -> p.type().label()).setHeader("Type").setKey("type");
        grid.addColumn(ProgrammeListItem::partnerCity).setHeader("Partner city").setKey("city");
        grid.addColumn(ProgrammeListItem::academicYear).setHeader("Year").setKey("year");
        var out = grid.addColumn(p -> p.outboundUsed() + " of " + p.quotaOutbound()).setHeader("Outbound places").setKey("out");
        var in = grid.addColumn(p -> p.inboundUsed() + " of " + p.quotaInbound()).setHeader("Inbound places").setKey("in");
        hideWhileEditing(out, in);
        grid.setItems(q -> exchanges.list(yearFilter.getValue(), search.getValue(), q.getOffset(), q.getLimit()).stream(), q -> {
            long n = exchanges.count(yearFilter.getValue(), search.getValue());
            showCount(n, "programme", "programmes");
            return (int) n;
        });
        grid.setEmptyStateText("No programmes match this filter.");

        search.setPlaceholder("Search programme name");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel("Search programmes");
        yearFilter.setPlaceholder("2026/27");
        yearFilter.setClearButtonVisible(true);
        yearFilter.setValueChangeMode(ValueChangeMode.LAZY);
        List<HasValue<?, ?>> filterFields = List.of(search, yearFilter);
        filterFields.forEach(f -> f.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                filterChanged();
            }
        }));
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = exchanges.figuresCsv().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "exchange-figures.csv", "text/csv", bytes.length);
        }), "Figures per year and city (CSV)");
        csv.addClassName("figures-csv");
        Div filterBar = new Div(search, yearFilter, csv);
        filterBar.addClassName("filter-bar");

        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        academicYear.setMaxLength(9);
        type.setItems(ProgrammeType.values());
        type.setItemLabelGenerator(ProgrammeType::label);
        for (ComboBox<Organization> institution : List.of(homeInstitution, partnerInstitution)) {
            institution.setItems(q -> organizations.findByNamePrefix(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
            institution.setItemLabelGenerator(Organization::getName);
            institution.setHelperText("A university or school");
        }
        partnerCity.setItems(cities.listCities().stream().filter(c -> !c.isHome()).toList());
        partnerCity.setItemLabelGenerator(City::getName);
        academicYear.setPlaceholder("2026/27");
        status.setItems(ProgrammeStatus.values());
        status.setItemLabelGenerator(ProgrammeStatus::label);
        contactPersons.setItems(q -> contacts.findForPicker(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        contactPersons.setItemLabelGenerator(Contact::getFullName);
        binder.forField(quotaOutbound).asRequired("Enter the number of places").bind("quotaOutbound");
        binder.forField(quotaInbound).asRequired("Enter the number of places").bind("quotaInbound");
        binder.bindInstanceFields(this);

        FormLayout form = new FormLayout(name, type, academicYear, homeInstitution, partnerInstitution, partnerCity, endsOn,
                quotaOutbound, quotaInbound, minors, status, contactPersons);
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
        throw new BusinessRuleException("Programmes are kept for the figures; set the status to ended instead");
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
        TaskPanel taskPanel = new TaskPanel(tasks, ExchangeService.SUBJECT_TYPE, record.getId());
        taskPanel.addChangeListener(() -> reopen(record.getId()));
        extras.add(mobilities(record), taskPanel,
                new ActivityTimeline(activities, new SubjectRef(ExchangeService.SUBJECT_TYPE, record.getId())));
    }

    private Div mobilities(ExchangeProgramme record) {
        Div box = new Div(new H3("Mobilities"));
        box.addClassName("programme-mobilities");
        UnorderedList list = new UnorderedList();
        for (Mobility m : exchanges.mobilities(record.getId())) {
            ListItem item = new ListItem(m.personName() + " · " + m.getDirection().label() + " · "
                    + DATE.format(m.getPeriodStart()) + "–" + DATE.format(m.getPeriodEnd())
                    + (m.getHost() == null ? "" : " · at " + m.getHost().getName()) + " · " + m.getStatus().label()
                    + (record.isMinors() ? (m.isGuardianConsent() ? " · guardian consented" : " · no guardian consent yet") : ""));
            item.addClassName("mobility");
            if (exchanges.canEdit()) {
                if (record.isMinors() && !m.isGuardianConsent() && m.getStatus() == MobilityStatus.NOMINATED) {
                    item.add(small("Guardian consented", () -> exchanges.recordGuardianConsent(m.getId()), record));
                }
                for (MobilityStatus target : m.getStatus().next()) {
                    item.add(small(target.action(), () -> exchanges.changeStatus(m.getId(), m.getVersion(), target), record));
                }
            }
            list.add(item);
        }
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new ListItem("No one nominated yet."));
        }
        box.add(list);
        if (exchanges.canEdit()) {
            ComboBox<Contact> person = new ComboBox<>("Person");
            person.setItems(q -> contacts.findForPicker(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
            person.setItemLabelGenerator(c -> c.getFullName() + (c.getOrganization() == null ? "" : ", " + c.getOrganization().getName()));
            ComboBox<Direction> direction = new ComboBox<>("Direction", Direction.values());
            direction.setItemLabelGenerator(Direction::label);
            direction.setValue(Direction.OUTBOUND);
            DatePicker from = new DatePicker("From");
            DatePicker until = new DatePicker("Until");
            ComboBox<Organization> host = new ComboBox<>("Host (e.g. internship company)");
            host.setItems(q -> organizations.findByNamePrefix(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
            host.setItemLabelGenerator(Organization::getName);
            host.setClearButtonVisible(true);
            Button nominate = new Button("Nominate", VaadinIcon.PLUS.create(), e -> {
                if (person.getValue() == null || from.getValue() == null || until.getValue() == null) {
                    person.setInvalid(person.getValue() == null);
                    from.setInvalid(from.getValue() == null);
                    until.setInvalid(until.getValue() == null);
                    return;
                }
                act(record, () -> exchanges.nominate(record.getId(), person.getValue(), direction.getValue(), from.getValue(),
                        until.getValue(), host.getValue()));
            });
            nominate.addClassName("nominate");
            box.add(new FormLayout(person, direction, from, until, host, nominate));
            if (record.isMinors()) {
                Button anonymise = new Button("Anonymise past participants", VaadinIcon.EYE_SLASH.create(),
                        e -> Dialogs.confirmDelete("the personal data of participants past their retention date", () -> {
                            int n = exchanges.anonymisePastParticipants(record.getId());
                            Notifications.success(n == 0 ? "No participant is past the retention date" : "Anonymised " + n);
                            reopen(record.getId());
                        }));
                anonymise.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                anonymise.addClassName("anonymise");
                box.add(anonymise);
            }
        }
        return box;
    }

    private Button small(String text, Runnable action, ExchangeProgramme record) {
        Button b = new Button(text, e -> act(record, action));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    private void act(ExchangeProgramme record, Runnable change) {
        Actions.run(() -> {
            change.run();
            reopen(record.getId());
        }, "programme", () -> reopen(record.getId()));
    }
}
