package nl.stedenband.mission.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.stedenband.activity.ActivityService;
import nl.stedenband.activity.SubjectRef;
import nl.stedenband.activity.ui.ActivityTimeline;
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
import nl.stedenband.mission.ItineraryItem;
import nl.stedenband.mission.MissionFigures;
import nl.stedenband.mission.MissionFilter;
import nl.stedenband.mission.MissionListItem;
import nl.stedenband.mission.MissionOutcome;
import nl.stedenband.mission.MissionParticipant;
import nl.stedenband.mission.MissionService;
import nl.stedenband.mission.MissionStatus;
import nl.stedenband.mission.OutcomeKind;
import nl.stedenband.mission.ParticipantRole;
import nl.stedenband.mission.TradeMission;
import nl.stedenband.security.AppUser;
import nl.stedenband.security.CurrentUser;
import nl.stedenband.security.Role;
import nl.stedenband.security.UserService;
import nl.stedenband.task.FollowUpService;
import nl.stedenband.task.ui.FollowUpNotice;
import nl.stedenband.task.ui.TaskPanel;
import nl.stedenband.task.ui.TaskPanels;

/** Trade missions: the list with the figures for the alderman, and the mission page. */
@Route("missions/:missionId?")
@PageTitle("mission.list.title")
@Menu(order = 40, icon = "vaadin:airplane", title = "mission.list.title")
@RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICER, Role.Names.COORDINATOR, Role.Names.VIEWER})
public class MissionsView extends MasterDetailView<MissionListItem, TradeMission> {

    /** Zone abbreviations (CET, PDT) are the same in every language the office writes. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm zzz", Locale.ENGLISH);

    private final MissionService missions;
    private final OrganizationService organizations;
    private final ContactService contacts;
    private final ActivityService activities;
    private final TaskPanels tasks;
    private final FollowUpService followUps;
    private @org.jspecify.annotations.Nullable TaskPanel taskPanel;
    private final City home;
    private final @org.jspecify.annotations.Nullable AppUser me;

    private final DateTimeFormatter day = Formats.weekdayDate(Texts.locale());

    final IntegerField yearFilter = new IntegerField(getTranslation("mission.field.year"));
    final ComboBox<City> destinationFilter = new ComboBox<>(getTranslation("mission.field.destination"));
    final ComboBox<MissionStatus> statusFilter = new ComboBox<>(getTranslation("mission.field.status"));
    final ComboBox<AppUser> leadFilter = new ComboBox<>(getTranslation("mission.field.leadOfficer"));
    final TextField search = new TextField();
    final Paragraph figures = new Paragraph();

    final TextField title = new TextField(getTranslation("mission.field.title"));
    final ComboBox<City> destination = new ComboBox<>(getTranslation("mission.field.destination"));
    final DatePicker startDate = new DatePicker(getTranslation("mission.field.firstDay"));
    final DatePicker endDate = new DatePicker(getTranslation("mission.field.lastDay"));
    final ComboBox<AppUser> leadOfficer = new ComboBox<>(getTranslation("mission.field.leadOfficer"));
    final BigDecimalField budget = new BigDecimalField(getTranslation("mission.field.budget"));
    final TextArea goals = new TextArea(getTranslation("mission.field.goals"));
    final TextArea report = new TextArea(getTranslation("mission.field.report"));

    public MissionsView(
            MissionService missions,
            OrganizationService organizations,
            ContactService contacts,
            CityService cities,
            UserService users,
            ActivityService activities,
            TaskPanels tasks,
            FollowUpService followUps) {
        super(
                "mission.list.title",
                "missions",
                "missionId",
                "mission.record",
                new ExportableGrid<>(),
                new BeanValidationBinder<>(TradeMission.class));
        this.missions = missions;
        this.organizations = organizations;
        this.contacts = contacts;
        this.activities = activities;
        this.tasks = tasks;
        this.followUps = followUps;
        List<City> cityList = cities.listCities();
        this.home = cities.homeCity().orElse(cityList.getFirst());
        List<AppUser> userList = users.listActiveUsers();
        this.me = users.currentUser().orElse(null);

        grid.addColumn(MissionListItem::title)
                .setHeader(getTranslation("mission.grid.mission"))
                .setFlexGrow(3)
                .setKey("title");
        grid.addColumn(MissionListItem::destination)
                .setHeader(getTranslation("mission.field.destination"))
                .setKey("destination");
        grid.addColumn(m -> day.format(m.startDate()))
                .setHeader(getTranslation("mission.grid.from"))
                .setKey("from");
        var statusColumn = grid.addColumn(m -> getTranslation(m.status().labelKey()))
                .setHeader(getTranslation("mission.field.status"))
                .setKey("status");
        var orgColumn = grid.addColumn(MissionListItem::organizations)
                .setHeader(getTranslation("mission.grid.organizations"))
                .setKey("organizations");
        var leadColumn = grid.addColumn(MissionListItem::leadOfficer)
                .setHeader(getTranslation("mission.grid.lead"))
                .setKey("lead");
        hideWhileEditing(statusColumn, orgColumn, leadColumn);
        grid.setItems(q -> missions.list(filter(), q.getOffset(), q.getLimit()).stream(), q -> {
            long n = missions.count(filter());
            showCount(n, "mission.count.one", "mission.count.many");
            return (int) n;
        });
        grid.setEmptyStateText(getTranslation("mission.list.empty"));

        search.setPlaceholder(getTranslation("mission.list.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel(getTranslation("mission.list.searchLabel"));
        yearFilter.setClearButtonVisible(true);
        yearFilter.setValueChangeMode(ValueChangeMode.LAZY);
        destinationFilter.setItems(cityList.stream().filter(c -> !c.isHome()).toList());
        destinationFilter.setItemLabelGenerator(City::getName);
        destinationFilter.setClearButtonVisible(true);
        statusFilter.setItems(MissionStatus.values());
        statusFilter.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        statusFilter.setClearButtonVisible(true);
        leadFilter.setItems(userList);
        leadFilter.setItemLabelGenerator(AppUser::getDisplayName);
        leadFilter.setClearButtonVisible(true);
        List<HasValue<?, ?>> filterFields = List.of(search, yearFilter, destinationFilter, statusFilter, leadFilter);
        filterFields.forEach(f -> f.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                filterChanged();
            }
        }));
        figures.addClassName("mission-figures");
        showFigures();
        Div filterBar = new Div(search, yearFilter, destinationFilter, statusFilter, leadFilter, figures);
        filterBar.addClassName("filter-bar");

        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(200);
        goals.setMaxLength(4000);
        report.setMaxLength(20000);
        destination.setItems(cityList.stream().filter(c -> !c.isHome()).toList());
        destination.setItemLabelGenerator(City::getName);
        leadOfficer.setItems(userList);
        leadOfficer.setItemLabelGenerator(AppUser::getDisplayName);
        leadOfficer.setClearButtonVisible(true);
        report.setHelperText(getTranslation("mission.field.reportHelper"));
        binder.bindInstanceFields(this);

        FormLayout form = new FormLayout(title, destination, leadOfficer, startDate, endDate, budget, goals, report);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        form.setColspan(title, 2);
        form.setColspan(goals, 2);
        form.setColspan(report, 2);
        init(filterBar, form);
    }

    MissionFilter filter() {
        return new MissionFilter(
                yearFilter.getValue(),
                destinationFilter.getValue() == null
                        ? null
                        : destinationFilter.getValue().getId(),
                statusFilter.getValue(),
                leadFilter.getValue() == null ? null : leadFilter.getValue().getId(),
                search.getValue());
    }

    private void showFigures() {
        MissionFigures f = missions.figures();
        figures.setText(getTranslation(
                "mission.figures",
                f.companiesPerYear().isEmpty()
                        ? getTranslation("mission.figures.none")
                        : f.companiesPerYear().entrySet().stream()
                                .map(e -> e.getKey() + ": " + e.getValue())
                                .collect(Collectors.joining(", ")),
                f.companiesInTotal(),
                f.missionsPerCity().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", "))));
    }

    @Override
    protected void readFilter(QueryParameters query) {
        Map<String, List<String>> p = query.getParameters();
        search.setValue(first(p, "q"));
        try {
            yearFilter.setValue(first(p, "year").isEmpty() ? null : Integer.valueOf(first(p, "year")));
        } catch (NumberFormatException e) {
            yearFilter.clear();
        }
        destinationFilter.setValue(destinationFilter
                .getListDataView()
                .getItems()
                .filter(c -> String.valueOf(c.getId()).equals(first(p, "destination")))
                .findFirst()
                .orElse(null));
        statusFilter.setValue(java.util.Arrays.stream(MissionStatus.values())
                .filter(s -> s.name().equals(first(p, "status")))
                .findFirst()
                .orElse(null));
        leadFilter.setValue(leadFilter
                .getListDataView()
                .getItems()
                .filter(u -> u.getUsername().equals(first(p, "lead")))
                .findFirst()
                .orElse(null));
    }

    @Override
    protected Map<String, String> filterParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        if (!search.isEmpty()) {
            p.put("q", search.getValue().trim());
        }
        if (yearFilter.getValue() != null) {
            p.put("year", String.valueOf(yearFilter.getValue()));
        }
        if (destinationFilter.getValue() != null) {
            p.put("destination", String.valueOf(destinationFilter.getValue().getId()));
        }
        if (statusFilter.getValue() != null) {
            p.put("status", statusFilter.getValue().name());
        }
        if (leadFilter.getValue() != null) {
            p.put("lead", leadFilter.getValue().getUsername());
        }
        return p;
    }

    @Override
    protected long idOf(MissionListItem row) {
        return row.id();
    }

    @Override
    protected TradeMission load(long id) {
        return missions.get(id);
    }

    /** The officer who creates a mission leads it, unless they choose someone else. */
    @Override
    protected TradeMission newRecord() {
        TradeMission mission = new TradeMission();
        if (me != null && CurrentUser.hasAnyRole(Role.OFFICER)) {
            leadOfficer
                    .getListDataView()
                    .getItems()
                    .filter(u -> Objects.equals(u.getId(), me.getId()))
                    .findFirst()
                    .ifPresent(mission::setLeadOfficer);
        }
        return mission;
    }

    @Override
    protected TradeMission persist(TradeMission record) {
        TradeMission saved = missions.save(record);
        showFigures();
        return saved;
    }

    @Override
    protected void delete(TradeMission record) {
        missions.delete(record.id());
    }

    @Override
    protected boolean canEdit(TradeMission record) {
        return missions.canEdit();
    }

    @Override
    protected boolean canCreate() {
        return missions.canEdit();
    }

    @Override
    protected String describe(TradeMission record) {
        return record.getTitle();
    }

    @Override
    protected void showExtras(TradeMission record, Div extras) {
        H3 status = new H3(getTranslation(
                "mission.page.status", getTranslation(record.getStatus().labelKey())));
        status.addClassName("mission-status");
        HorizontalLayout steps = new HorizontalLayout();
        steps.addClassName("mission-steps");
        steps.setWrap(true);
        if (missions.canEdit()) {
            for (MissionStatus target : record.getStatus().next()) {
                Button b = new Button(getTranslation(target.actionKey()), e -> confirmStep(record, target));
                b.addThemeVariants(
                        target == MissionStatus.CANCELLED ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST);
                steps.add(b);
            }
            record.getStatus()
                    .previous()
                    .filter(back -> !record.getStatus().locksRecord())
                    .ifPresent(back -> {
                        Button b = new Button(
                                getTranslation("mission.step.back", lower(back)),
                                VaadinIcon.ARROW_BACKWARD.create(),
                                e -> confirmStepBack(record, back));
                        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                        b.addClassName("mission-step-back");
                        steps.add(b);
                    });
        }
        if (record.getStatus().locksRecord() && CurrentUser.hasAnyRole(Role.ADMIN)) {
            Button b = new Button(
                    getTranslation("mission.step.reopen"), VaadinIcon.UNLOCK.create(), e -> confirmReopen(record));
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            b.addClassName("mission-reopen");
            steps.add(b);
        }
        Paragraph locked = new Paragraph(getTranslation("mission.page.reportedNote"));
        locked.addClassName("mission-locked-note");
        locked.setVisible(!missions.isOpenForChanges(record));
        // the calendar is made when it is downloaded, from the itinerary as it then stands, not kept in the session
        long id = record.id();
        Anchor download = TextDownload.of(
                getTranslation("mission.page.itineraryDownload"),
                "mission-" + id + "-itinerary.ics",
                "text/calendar",
                () -> missions.itineraryCalendar(id));
        download.addClassName("ics-download");
        TaskPanel panel = tasks.forRecord(MissionService.SUBJECT_TYPE, record.id());
        panel.addChangeListener(() -> reopen(record.id()));
        taskPanel = panel;
        extras.add(
                status,
                steps,
                locked,
                participants(record),
                itinerary(record),
                outcomes(record),
                new Paragraph(download),
                panel,
                new ActivityTimeline(activities, new SubjectRef(MissionService.SUBJECT_TYPE, record.id())));
    }

    private Div participants(TradeMission record) {
        Div box = new Div(new H3(getTranslation("mission.delegation.title")));
        box.addClassName("mission-participants");
        UnorderedList list = new UnorderedList();
        for (MissionParticipant p : missions.participants(record.id())) {
            ListItem item = new ListItem(
                    p.describe(getLocale()) + " — " + getTranslation(p.getRole().labelKey()));
            item.addClassName("participant");
            if (open(record)
                    && missions.canManageParticipant(p.getOrganization().getType())) {
                Button remove = new Button(
                        VaadinIcon.CLOSE_SMALL.create(), e -> act(record, () -> missions.removeParticipant(p.id())));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("mission.page.remove", p.describe(getLocale())));
                item.add(remove);
            }
            list.add(item);
        }
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new ListItem(getTranslation("mission.delegation.empty")));
        }
        box.add(list);
        if (open(record)
                && (missions.canEdit()
                        || missions.canManageParticipant(nl.stedenband.contact.OrganizationType.STARTUP))) {
            ComboBox<Organization> organization = organizationPicker(getTranslation("mission.field.organization"));
            ComboBox<Contact> person = new ComboBox<>(getTranslation("mission.delegation.person"));
            person.setItems(
                    q -> contacts.findForPicker(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
            person.setItemLabelGenerator(c -> c.fullName(getLocale())
                    + (c.getOrganization() == null
                            ? ""
                            : ", " + c.getOrganization().getName()));
            person.setClearButtonVisible(true);
            // adding a person offers their organization
            person.addValueChangeListener(e -> {
                if (e.getValue() != null && e.getValue().getOrganization() != null) {
                    organization.setValue(e.getValue().getOrganization());
                }
            });
            ComboBox<ParticipantRole> role =
                    new ComboBox<>(getTranslation("mission.delegation.role"), ParticipantRole.values());
            role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
            role.setValue(ParticipantRole.DELEGATE);
            Button add = new Button(getTranslation("mission.delegation.add"), VaadinIcon.PLUS.create(), e -> {
                if (organization.getValue() == null) {
                    organization.setInvalid(true);
                    organization.setErrorMessage(getTranslation("mission.field.organizationRequired"));
                    return;
                }
                act(
                        record,
                        () -> missions.addParticipant(
                                record.id(), organization.getValue(), person.getValue(), role.getValue()));
            });
            add.addClassName("add-participant");
            FormLayout form = new FormLayout(person, organization, role, add);
            box.add(form);
        }
        return box;
    }

    private Div itinerary(TradeMission record) {
        ZoneId destinationZone = record.destination().zone();
        Div box = new Div(new H3(
                getTranslation("mission.itinerary.title", record.destination().getName())));
        box.addClassName("mission-itinerary");
        boolean editable = open(record) && missions.canEdit();
        ItineraryForm form = editable ? new ItineraryForm(record) : null;
        Map<LocalDate, List<ItineraryItem>> byDay = missions.itinerary(record.id()).stream()
                .collect(Collectors.groupingBy(i -> i.localStart().toLocalDate(), TreeMap::new, Collectors.toList()));
        if (byDay.isEmpty()) {
            box.add(new Paragraph(getTranslation("mission.itinerary.empty")));
        }
        byDay.forEach((day, items) -> {
            box.add(new H4(this.day.format(day)));
            UnorderedList list = new UnorderedList();
            for (ItineraryItem i : items) {
                ListItem item = new ListItem(itineraryLine(i, destinationZone));
                item.addClassName("itinerary-item");
                if (form != null) {
                    Button edit = new Button(VaadinIcon.EDIT.create(), e -> form.edit(i));
                    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    edit.addClassName("edit-itinerary-item");
                    edit.setAriaLabel(getTranslation("mission.itinerary.edit", i.getTitle()));
                    Button remove = new Button(
                            VaadinIcon.CLOSE_SMALL.create(),
                            e -> act(record, () -> missions.removeItineraryItem(i.id())));
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                    remove.setAriaLabel(getTranslation("mission.page.remove", i.getTitle()));
                    item.add(edit, remove);
                }
                list.add(item);
            }
            box.add(list);
        });
        if (form != null) {
            box.add(form);
        }
        return box;
    }

    /**
     * "09:00 PST–10:30 PST · Visit · Place · host X (Enschede Tue 02:30 CET)": the weekday joins the
     * home city's time wherever its date is not the destination's.
     */
    String itineraryLine(ItineraryItem i, ZoneId destinationZone) {
        java.time.ZonedDateTime there = i.localStart();
        java.time.ZonedDateTime atHome = i.getStartsAt().atZone(home.zone());
        String homeTime = (atHome.toLocalDate().equals(there.toLocalDate())
                        ? ""
                        : DateTimeFormatter.ofPattern("EEE", Texts.language(getLocale()))
                                        .format(atHome) + " ")
                + TIME.format(atHome);
        return TIME.format(there) + "–" + TIME.format(i.endsAt().atZone(destinationZone))
                + " · " + i.getTitle()
                + (i.getPlace() == null ? "" : " · " + i.getPlace())
                + (i.getHost() == null
                        ? ""
                        : " · "
                                + getTranslation(
                                        "mission.itinerary.hostedBy",
                                        i.getHost().getName()))
                + " (" + home.getName() + " " + homeTime + ")";
    }

    /** Adds an item, or changes the one chosen with its edit button; the picker offers only the mission's days. */
    final class ItineraryForm extends FormLayout {

        final DateTimePicker start;
        final IntegerField minutes = new IntegerField(getTranslation("mission.itinerary.minutes"));
        final TextField what = new TextField(getTranslation("mission.itinerary.what"));
        final TextField place = new TextField(getTranslation("mission.itinerary.place"));
        final ComboBox<Organization> host = organizationPicker(getTranslation("mission.itinerary.host"));
        final Button save = new Button(getTranslation("mission.itinerary.add"), VaadinIcon.PLUS.create());
        final Button stop = new Button(getTranslation("mission.itinerary.cancelEdit"));
        final Paragraph editing = new Paragraph();
        private final TradeMission record;
        private @org.jspecify.annotations.Nullable ItineraryItem edited;

        ItineraryForm(TradeMission record) {
            this.record = record;
            addClassName("itinerary-form");
            start = new DateTimePicker(getTranslation(
                    "mission.itinerary.start", record.destination().getName()));
            start.setStep(java.time.Duration.ofMinutes(15));
            start.setMin(record.startDate().atStartOfDay());
            start.setMax(record.endDate().atTime(23, 59));
            start.setHelperText(getTranslation(
                    "mission.itinerary.startHelper", Formats.date(record.startDate()), Formats.date(record.endDate())));
            minutes.setMin(1);
            minutes.setMax(ItineraryItem.LONGEST_MINUTES);
            what.setMaxLength(ItineraryItem.TEXT_LENGTH);
            place.setMaxLength(ItineraryItem.TEXT_LENGTH);
            editing.addClassName("itinerary-editing");
            save.addClassName("add-itinerary");
            save.addClickListener(e -> save());
            stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            stop.addClassName("stop-editing-itinerary");
            stop.addClickListener(e -> clear());
            add(editing, start, minutes, what, place, host, save, stop);
            setColspan(editing, 2);
            clear();
        }

        void edit(ItineraryItem item) {
            edited = item;
            start.setValue(item.localStart().toLocalDateTime());
            minutes.setValue(item.getDurationMinutes());
            what.setValue(item.getTitle());
            place.setValue(item.getPlace() == null ? "" : item.getPlace());
            host.setValue(item.getHost());
            editing.setText(getTranslation("mission.itinerary.editing", item.getTitle()));
            editing.setVisible(true);
            save.setText(getTranslation("mission.itinerary.save"));
            save.setIcon(VaadinIcon.CHECK.create());
            stop.setVisible(true);
            start.focus();
        }

        private void clear() {
            edited = null;
            start.setValue(record.startDate().atTime(9, 0));
            start.setInvalid(false);
            minutes.setValue(60);
            what.clear();
            place.clear();
            host.clear();
            editing.setVisible(false);
            save.setText(getTranslation("mission.itinerary.add"));
            save.setIcon(VaadinIcon.PLUS.create());
            stop.setVisible(false);
        }

        private void save() {
            if (start.getValue() == null) {
                start.setInvalid(true);
                start.setErrorMessage(getTranslation(
                        "mission.itinerary.startHelper",
                        Formats.date(record.startDate()),
                        Formats.date(record.endDate())));
                return;
            }
            LocalDate chosen = start.getValue().toLocalDate();
            if (chosen.isBefore(record.startDate()) || chosen.isAfter(record.endDate())) {
                start.setInvalid(true);
                start.setErrorMessage(getTranslation(
                        "mission.refusal.itineraryOutsideDates",
                        Formats.date(record.startDate()),
                        Formats.date(record.endDate()),
                        record.destination().getName()));
                return;
            }
            if (minutes.getValue() == null) {
                minutes.setInvalid(true);
                return;
            }
            ItineraryItem item = edited;
            act(record, () -> {
                if (item == null) {
                    missions.addItineraryItem(
                            record.id(),
                            start.getValue(),
                            minutes.getValue(),
                            what.getValue(),
                            place.getValue(),
                            host.getValue());
                } else {
                    missions.updateItineraryItem(
                            item.id(),
                            item.getVersion(),
                            start.getValue(),
                            minutes.getValue(),
                            what.getValue(),
                            place.getValue(),
                            host.getValue());
                }
            });
        }
    }

    private Div outcomes(TradeMission record) {
        Div box = new Div(new H3(getTranslation("mission.outcomes.title")));
        box.addClassName("mission-outcomes");
        UnorderedList list = new UnorderedList();
        for (MissionOutcome o : missions.outcomes(record.id())) {
            ListItem item = new ListItem(getTranslation(o.getKind().labelKey()) + " · "
                    + o.getOrganization().getName() + ": " + o.getDescription());
            item.addClassName("outcome");
            // a follow-up task needs the right to change the mission, as the service says
            if (missions.canEdit()) {
                Button makeTask = new Button(
                        getTranslation("mission.outcomes.makeTask"),
                        VaadinIcon.CHECK_SQUARE_O.create(),
                        e -> makeTask(record, o));
                makeTask.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                makeTask.addClassName("outcome-task");
                makeTask.setAriaLabel(getTranslation("mission.outcomes.makeTaskLabel", o.getDescription()));
                item.add(makeTask);
            }
            list.add(item);
        }
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new ListItem(getTranslation("mission.outcomes.empty")));
        }
        box.add(list);
        if (open(record) && missions.canEdit()) {
            ComboBox<OutcomeKind> kind = new ComboBox<>(getTranslation("mission.outcomes.kind"), OutcomeKind.values());
            kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
            kind.setValue(OutcomeKind.LEAD);
            ComboBox<Organization> organization = organizationPicker(getTranslation("mission.field.organization"));
            TextField description = new TextField(getTranslation("mission.outcomes.description"));
            description.setMaxLength(1000);
            Button add = new Button(getTranslation("mission.outcomes.add"), VaadinIcon.PLUS.create(), e -> {
                if (organization.getValue() == null) {
                    organization.setInvalid(true);
                    organization.setErrorMessage(getTranslation("mission.field.organizationRequired"));
                    return;
                }
                act(
                        record,
                        () -> missions.addOutcome(
                                record.id(), kind.getValue(), organization.getValue(), description.getValue()));
            });
            box.add(new FormLayout(kind, organization, description, add));
        }
        return box;
    }

    /** One click: a task for me, due in a week, about this mission, to follow the outcome up. */
    private void makeTask(TradeMission record, MissionOutcome outcome) {
        Actions.run(() -> {
            var result = followUps.createFollowUpTask(
                    MissionService.SUBJECT_TYPE,
                    record.id(),
                    FollowUpService.followUpTitle(outcome.getDescription()),
                    getTranslation(outcome.getKind().labelKey()) + " · "
                            + outcome.getOrganization().getName() + ": " + outcome.getDescription());
            if (result.made() > 0) {
                Notifications.success(getTranslation(
                        "mission.outcomes.taskMade",
                        FollowUpService.followUpTitle(outcome.getDescription()).in(getLocale())));
            } else {
                FollowUpNotice.show(result.existing());
            }
            // the form may hold unsaved edits: show the new task without reloading it
            if (taskPanel != null) {
                taskPanel.refresh();
            }
        });
    }

    private ComboBox<Organization> organizationPicker(String label) {
        ComboBox<Organization> picker = new ComboBox<>(label);
        picker.setItems(
                q -> organizations.findByNamePrefix(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        picker.setItemLabelGenerator(Organization::getName);
        picker.setClearButtonVisible(true);
        picker.setHelperText(getTranslation("mission.field.organizationHelper"));
        return picker;
    }

    /**
     * Every step asks first and says what follows. A step before its day in the destination is
     * refused, except that an administrator may take it with a reason.
     */
    private void confirmStep(TradeMission record, MissionStatus target) {
        Optional<LocalDate> early = missions.tooEarly(record, target);
        String header = getTranslation("mission.step.header", lower(target));
        if (early.isPresent() && CurrentUser.hasAnyRole(Role.ADMIN)) {
            Dialogs.confirmWithReason(
                    "mission-step-dialog",
                    header,
                    getTranslation(target.consequenceKey()) + " "
                            + getTranslation(
                                    "mission.step.earlyText",
                                    Formats.date(early.get()),
                                    record.destination().getName()),
                    getTranslation(target.actionKey()),
                    TradeMission.STATUS_REASON_LENGTH,
                    reason -> changeStatus(
                            record,
                            () -> missions.changeStatusEarly(record.id(), record.getVersion(), target, reason)));
            return;
        }
        if (early.isPresent()) {
            // said at once: a confirmation would only lead to the refusal
            changeStatus(record, () -> missions.changeStatus(record.id(), record.getVersion(), target));
            return;
        }
        Dialogs.confirmStep(
                "mission-step-dialog",
                header,
                getTranslation(target.consequenceKey()),
                getTranslation(target.actionKey()),
                getTranslation("mission.step.keep"),
                target == MissionStatus.CANCELLED,
                () -> changeStatus(record, () -> missions.changeStatus(record.id(), record.getVersion(), target)));
    }

    private void confirmStepBack(TradeMission record, MissionStatus back) {
        Dialogs.confirmWithReason(
                "mission-step-back-dialog",
                getTranslation("mission.step.backHeader", lower(back)),
                getTranslation("mission.step.backText", lower(record.getStatus()), lower(back)),
                getTranslation("mission.step.back", lower(back)),
                TradeMission.STATUS_REASON_LENGTH,
                reason -> changeStatus(record, () -> missions.stepBack(record.id(), record.getVersion(), reason)));
    }

    private void confirmReopen(TradeMission record) {
        Dialogs.confirmWithReason(
                "mission-reopen-dialog",
                getTranslation("mission.step.reopenHeader", record.getTitle()),
                getTranslation("mission.step.reopenText"),
                getTranslation("mission.step.reopen"),
                TradeMission.STATUS_REASON_LENGTH,
                reason -> changeStatus(record, () -> missions.reopen(record.id(), record.getVersion(), reason)));
    }

    private void changeStatus(TradeMission record, Runnable step) {
        if (act(record, step)) {
            showFigures();
        }
    }

    private String lower(MissionStatus status) {
        return getTranslation(status.labelKey()).toLowerCase(getLocale());
    }

    private boolean open(TradeMission record) {
        return missions.isOpenForChanges(record);
    }

    /** Runs a change to the mission page, then shows the stored mission again; refusals are said, not thrown. */
    private boolean act(TradeMission record, Runnable change) {
        return Actions.run(
                () -> {
                    change.run();
                    reopen(record.id());
                },
                "mission.record",
                () -> reopen(record.id()));
    }

    private static String first(Map<String, List<String>> p, String key) {
        List<String> v = p.get(key);
        return v == null || v.isEmpty() ? "" : v.getFirst();
    }
}
