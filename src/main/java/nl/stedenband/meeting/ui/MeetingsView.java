package nl.stedenband.meeting.ui;

import static nl.stedenband.meeting.LocalTimes.full;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
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
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.stedenband.activity.ActivityService;
import nl.stedenband.activity.SubjectRef;
import nl.stedenband.activity.ui.ActivityTimeline;
import nl.stedenband.base.ui.Actions;
import nl.stedenband.base.ui.ExportableGrid;
import nl.stedenband.base.ui.MasterDetailView;
import nl.stedenband.base.ui.Notifications;
import nl.stedenband.city.City;
import nl.stedenband.city.CityService;
import nl.stedenband.contact.Contact;
import nl.stedenband.contact.ContactService;
import nl.stedenband.meeting.LocalTimes;
import nl.stedenband.meeting.MeetingListItem;
import nl.stedenband.meeting.MeetingService;
import nl.stedenband.meeting.MeetingStatus;
import nl.stedenband.meeting.Videoconference;
import nl.stedenband.security.AppUser;
import nl.stedenband.security.Role;
import nl.stedenband.security.UserService;
import nl.stedenband.task.TaskService;
import nl.stedenband.task.ui.TaskPanel;

/**
 * Videoconferences between the cities. The start is entered in the organizing city's time and
 * shown in every participating city's time and the viewer's own.
 */
@Route("meetings/:meetingId?")
@PageTitle("Videoconferences · Stedenband")
@Menu(order = 30, icon = "vaadin:camera", title = "Videoconferences")
@RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICER, Role.Names.COORDINATOR, Role.Names.VIEWER})
public class MeetingsView extends MasterDetailView<MeetingListItem, Videoconference> {

    static final List<String> THEMES = List.of("Sustainability", "Smart city", "Education", "Trade", "Innovation", "Culture");

    private final MeetingService meetings;
    private final ActivityService activities;
    private final TaskService tasks;
    private @org.jspecify.annotations.Nullable TaskPanel taskPanel;
    private final ZoneId viewerZone;
    private final City home;

    final TextField search = new TextField();
    final Checkbox upcomingOnly = new Checkbox("Upcoming only");

    final TextField topic = new TextField("Topic");
    final ComboBox<String> theme = new ComboBox<>("Theme");
    final ComboBox<City> organizingCity = new ComboBox<>("Organizing city");
    public final DateTimePicker startAt = new DateTimePicker("Start, in the organizing city's time");
    final IntegerField durationMinutes = new IntegerField("Duration (minutes)");
    public final MultiSelectComboBox<City> cities = new MultiSelectComboBox<>("Participating cities");
    final MultiSelectComboBox<Contact> participants = new MultiSelectComboBox<>("Participants");
    final TextField meetingLink = new TextField("Meeting link");
    final TextArea agenda = new TextArea("Agenda");
    final TextArea minutes = new TextArea("Minutes");
    final TextArea followUp = new TextArea("Follow-up actions");
    final Paragraph localTimes = new Paragraph();
    final Button followUpTasks = new Button("Make tasks of the follow-up", VaadinIcon.CHECK_SQUARE_O.create());

    public MeetingsView(MeetingService meetings, CityService cityService, ContactService contacts, UserService users,
            ActivityService activities, TaskService tasks) {
        super("Videoconferences", "meetings", "meetingId", "videoconference", new ExportableGrid<>(),
                new BeanValidationBinder<>(Videoconference.class));
        this.meetings = meetings;
        this.activities = activities;
        this.tasks = tasks;
        List<City> cityList = cityService.listCities();
        this.home = cityService.homeCity().orElse(cityList.getFirst());
        this.viewerZone = users.currentUser().map(AppUser::getTimeZone).map(ZoneId::of).orElse(home.zone());

        grid.addColumn(m -> full(m.startAt(), viewerZone)).setHeader("Start (your time)").setKey("start").setFlexGrow(1);
        grid.addColumn(MeetingListItem::topic).setHeader("Topic").setKey("topic").setFlexGrow(2);
        grid.addColumn(m -> m.status().label()).setHeader("Status").setKey("status").setFlexGrow(0).setWidth("8em");
        var timesColumn = grid.addColumn(MeetingListItem::localTimes).setHeader("Local times").setKey("localTimes")
                .setFlexGrow(3);
        hideWhileEditing(timesColumn);
        grid.setItems(
                q -> meetings.list(upcomingOnly.getValue(), search.getValue(), q.getOffset(), q.getLimit(), viewerZone).stream(),
                q -> {
                    long n = meetings.count(upcomingOnly.getValue(), search.getValue());
                    showCount(n, "session", "sessions");
                    return (int) n;
                });
        grid.setEmptyStateText("No videoconferences match this filter.");

        search.setPlaceholder("Search topic or theme");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel("Search videoconferences");
        search.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                filterChanged();
            }
        });
        upcomingOnly.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                filterChanged();
            }
        });
        Div filterBar = new Div(search, upcomingOnly);
        filterBar.addClassName("filter-bar");

        topic.setRequiredIndicatorVisible(true);
        topic.setMaxLength(200);
        meetingLink.setMaxLength(500);
        agenda.setMaxLength(4000);
        minutes.setMaxLength(8000);
        followUp.setMaxLength(4000);
        theme.setItems(THEMES);
        theme.setAllowCustomValue(true);
        theme.addCustomValueSetListener(e -> theme.setValue(e.getDetail()));
        theme.setClearButtonVisible(true);
        organizingCity.setItems(cityList);
        organizingCity.setItemLabelGenerator(City::getName);
        organizingCity.setRequiredIndicatorVisible(true);
        startAt.setRequiredIndicatorVisible(true);
        startAt.setStep(java.time.Duration.ofMinutes(15));
        cities.setItems(cityList);
        cities.setItemLabelGenerator(City::getName);
        participants.setItems(q -> contacts.findForPicker(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        participants.setItemLabelGenerator(c -> c.getFullName()
                + (c.getCity() == null ? "" : " (" + c.getCity().getName() + ")"));
        participants.setHelperText("Type the first letters of a name");
        meetingLink.setPlaceholder("https://");
        localTimes.addClassName("meeting-local-times");
        followUp.setHelperText("One action per line; each line can become a task");
        followUpTasks.addThemeVariants(ButtonVariant.LUMO_SMALL);
        followUpTasks.addClassName("follow-up-tasks");
        followUpTasks.addClickListener(e -> makeFollowUpTasks());

        binder.forField(organizingCity).asRequired("Choose the organizing city").bind("organizingCity");
        binder.forField(startAt)
                .asRequired("Choose the date and time")
                .withConverter(this::toInstant, this::toLocal)
                .bind("startAt");
        binder.forField(durationMinutes).asRequired("Enter the duration").bind("durationMinutes");
        binder.forField(theme).bind("theme");
        binder.forField(meetingLink).withNullRepresentation("").bind("meetingLink");
        binder.bindInstanceFields(this);
        binder.addValueChangeListener(e -> showLocalTimes());

        FormLayout form = new FormLayout(topic, theme, organizingCity, startAt, durationMinutes, cities, localTimes,
                participants, meetingLink, agenda, minutes, followUp, followUpTasks);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        for (var c : List.of(topic, startAt, cities, localTimes, participants, meetingLink, agenda, minutes, followUp)) {
            form.setColspan(c, 2);
        }
        init(filterBar, form);
    }

    /** Prefills a new session from the scheduling view: /meetings/new?start=2026-03-16T16:00:00Z&cities=1,2,3 */
    @Override
    protected Videoconference newRecord() {
        Videoconference v = new Videoconference();
        v.setOrganizingCity(home);
        v.getCities().add(home);
        return v;
    }

    @Override
    protected void readFilter(QueryParameters query) {
        Map<String, List<String>> p = query.getParameters();
        search.setValue(p.getOrDefault("q", List.of("")).getFirst());
        upcomingOnly.setValue(p.containsKey("upcoming"));
        prefill = p;
    }

    private Map<String, List<String>> prefill = Map.of();

    @Override
    protected Map<String, String> filterParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        if (!search.isEmpty()) {
            p.put("q", search.getValue().trim());
        }
        if (upcomingOnly.getValue()) {
            p.put("upcoming", "");
        }
        return p;
    }

    @Override
    protected long idOf(MeetingListItem row) {
        return row.id();
    }

    @Override
    protected Videoconference load(long id) {
        return meetings.get(id);
    }

    @Override
    protected Videoconference persist(Videoconference record) {
        return meetings.save(record);
    }

    @Override
    protected void delete(Videoconference record) {
        meetings.delete(record.getId());
    }

    @Override
    protected boolean canEdit(Videoconference record) {
        return meetings.canEdit();
    }

    @Override
    protected boolean canCreate() {
        return meetings.canEdit();
    }

    @Override
    protected String describe(Videoconference record) {
        return record.getTopic().isBlank() ? "new session" : record.getTopic();
    }

    @Override
    protected void afterOpen(Videoconference record) {
        if (record.isNew()) {
            applyPrefill();
        }
        showLocalTimes();
        followUpTasks.setEnabled(!record.isNew());
        followUpTasks.setTooltipText(record.isNew() ? "Save the session first" : null);
    }

    /** One click: each line of the follow-up actions becomes a task for me about this session, none twice. */
    private void makeFollowUpTasks() {
        Videoconference record = current();
        if (record == null || record.isNew()) {
            return;
        }
        Actions.run(() -> {
            var result = tasks.createFollowUpTasks(MeetingService.SUBJECT_TYPE, record.getId(), followUp.getValue());
            Notifications.success(result.message() + (result.made() > 0 ? ", assigned to you and due in a week" : ""));
            // the form may hold unsaved edits: show the new tasks without reloading it
            if (taskPanel != null) {
                taskPanel.refresh();
            }
        });
    }

    @Override
    protected void showExtras(Videoconference record, Div extras) {
        H3 statusTitle = new H3("Status: " + record.getStatus().label());
        statusTitle.addClassName("meeting-status");
        HorizontalLayout transitions = new HorizontalLayout();
        if (meetings.canEdit()) {
            for (MeetingStatus target : record.getStatus().next()) {
                Button b = new Button(target.action(), e -> changeStatus(record, target));
                b.addThemeVariants(target == MeetingStatus.CANCELLED ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST);
                transitions.add(b);
            }
        }
        byte[] ics = meetings.invitation(record.getId()).getBytes(StandardCharsets.UTF_8);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(ics), "videoconference-" + record.getId() + ".ics", "text/calendar", ics.length)),
                "Download the invitation (.ics)");
        download.addClassName("ics-download");
        TaskPanel panel = new TaskPanel(tasks, MeetingService.SUBJECT_TYPE, record.getId());
        panel.addChangeListener(() -> reopen(record.getId()));
        taskPanel = panel;
        extras.add(statusTitle, transitions, new Paragraph(download), participantsByCity(record), panel,
                new ActivityTimeline(activities, new SubjectRef(MeetingService.SUBJECT_TYPE, record.getId())));
    }

    /** Who takes part, city by city, each with the session's time there. */
    private Div participantsByCity(Videoconference record) {
        Div box = new Div(new H3("Participants by city"));
        box.addClassName("participants-by-city");
        Map<String, List<Contact>> byCity = record.getParticipants().stream()
                .collect(Collectors.groupingBy(c -> c.getCity() == null ? "Elsewhere" : c.getCity().getName(),
                        java.util.TreeMap::new, Collectors.toList()));
        if (byCity.isEmpty()) {
            Paragraph empty = new Paragraph("No participants yet.");
            empty.addClassName("empty-state");
            box.add(empty);
        }
        byCity.forEach((cityName, people) -> {
            String time = record.getCities().stream().filter(c -> c.getName().equals(cityName)).findFirst()
                    .map(c -> " (" + LocalTimes.inZone(record.getStartAt(), c.zone(), record.getStartAt().atZone(c.zone()).toLocalDate()) + ")")
                    .orElse("");
            Paragraph line = new Paragraph(cityName + time + ": "
                    + people.stream().map(Contact::getFullName).sorted().collect(Collectors.joining(", ")));
            line.addClassName("participants-city");
            box.add(line);
        });
        return box;
    }

    /** Warns when a participant is already in another session at that time, and lets the user decide. */
    @Override
    protected void beforeSave(Videoconference record, Runnable proceed) {
        List<Videoconference> clashes = meetings.overlapping(record);
        if (clashes.isEmpty()) {
            proceed.run();
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.addClassName("overlap-dialog");
        dialog.setHeader("Participants are busy then");
        dialog.setText(new Div(new Paragraph("These sessions overlap with a participant of this one:"),
                new Paragraph(clashes.stream()
                        .map(c -> "“" + c.getTopic() + "”, " + full(c.getStartAt(), viewerZone))
                        .collect(Collectors.joining("; ")))));
        dialog.setCancelable(true);
        dialog.setCancelText("Change the time");
        dialog.setConfirmText("Save anyway");
        dialog.addConfirmListener(e -> proceed.run());
        dialog.open();
    }

    private void changeStatus(Videoconference record, MeetingStatus target) {
        Actions.run(() -> {
            meetings.changeStatus(record.getId(), record.getVersion(), target);
            Notifications.success(record.getTopic() + ": " + target.label().toLowerCase());
            reopen(record.getId());
        }, "session", () -> reopen(record.getId()));
    }

    private void applyPrefill() {
        prefill.getOrDefault("start", List.of()).stream().findFirst().ifPresent(s -> {
            try {
                startAt.setValue(toLocal(Instant.parse(s)));
            } catch (java.time.format.DateTimeParseException ignored) {
                // a hand-edited link: leave the start for the user to enter
            }
        });
        prefill.getOrDefault("cities", List.of()).stream().findFirst().ifPresent(ids -> {
            List<String> wanted = List.of(ids.split(","));
            cities.setValue(cities.getListDataView().getItems()
                    .filter(c -> wanted.contains(String.valueOf(c.getId())))
                    .collect(Collectors.toSet()));
        });
    }

    private void showLocalTimes() {
        Instant start = startAt.getValue() == null ? null : toInstant(startAt.getValue());
        if (start == null) {
            localTimes.setText("");
            return;
        }
        List<City> chosen = cities.getValue().stream()
                .sorted(java.util.Comparator.comparing(City::isHome).reversed().thenComparing(City::getName)).toList();
        localTimes.removeAll();
        localTimes.add(new Span("Local times: " + LocalTimes.perCity(start, chosen, zone())),
                new Span(" · Your time: " + full(start, viewerZone)));
    }

    private ZoneId zone() {
        return organizingCity.getValue() == null ? home.zone() : organizingCity.getValue().zone();
    }

    private Instant toInstant(LocalDateTime local) {
        return local == null ? null : local.atZone(zone()).toInstant();
    }

    private LocalDateTime toLocal(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone());
    }
}
