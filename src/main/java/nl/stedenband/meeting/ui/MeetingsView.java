package nl.stedenband.meeting.ui;

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
import jakarta.annotation.security.RolesAllowed;
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
import nl.stedenband.base.ui.TextDownload;
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
import nl.stedenband.task.FollowUpService;
import nl.stedenband.task.ui.FollowUpNotice;
import nl.stedenband.task.ui.TaskPanel;
import nl.stedenband.task.ui.TaskPanels;
import org.jspecify.annotations.Nullable;

/**
 * Videoconferences between the cities. The start is entered in the organizing city's time and
 * shown in every participating city's time and the viewer's own.
 */
@Route("meetings/:meetingId?")
@PageTitle("meeting.list.title")
@Menu(order = 30, icon = "vaadin:camera", title = "meeting.list.title")
@RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICER, Role.Names.COORDINATOR, Role.Names.VIEWER})
public class MeetingsView extends MasterDetailView<MeetingListItem, Videoconference> {

    static final List<String> THEMES =
            List.of("Sustainability", "Smart city", "Education", "Trade", "Innovation", "Culture");

    private final MeetingService meetings;
    private final ActivityService activities;
    private final TaskPanels tasks;
    private final FollowUpService followUps;
    private @org.jspecify.annotations.Nullable TaskPanel taskPanel;
    private final ZoneId viewerZone;
    private final City home;

    final TextField search = new TextField();
    final Checkbox upcomingOnly = new Checkbox(getTranslation("meeting.list.upcomingOnly"));

    final TextField topic = new TextField(getTranslation("meeting.field.topic"));
    final ComboBox<String> theme = new ComboBox<>(getTranslation("meeting.field.theme"));
    final ComboBox<City> organizingCity = new ComboBox<>(getTranslation("meeting.field.organizingCity"));
    public final DateTimePicker startAt = new DateTimePicker(getTranslation("meeting.field.start"));
    final IntegerField durationMinutes = new IntegerField(getTranslation("meeting.field.duration"));
    public final MultiSelectComboBox<City> cities = new MultiSelectComboBox<>(getTranslation("meeting.field.cities"));
    final MultiSelectComboBox<Contact> participants =
            new MultiSelectComboBox<>(getTranslation("meeting.field.participants"));
    final TextField meetingLink = new TextField(getTranslation("meeting.field.link"));
    final TextArea agenda = new TextArea(getTranslation("meeting.field.agenda"));
    final TextArea minutes = new TextArea(getTranslation("meeting.field.minutes"));
    final TextArea followUp = new TextArea(getTranslation("meeting.field.followUp"));
    final Paragraph localTimes = new Paragraph();
    final Button followUpTasks =
            new Button(getTranslation("meeting.page.followUpTasks"), VaadinIcon.CHECK_SQUARE_O.create());

    public MeetingsView(
            MeetingService meetings,
            CityService cityService,
            ContactService contacts,
            UserService users,
            ActivityService activities,
            TaskPanels tasks,
            FollowUpService followUps) {
        super(
                "meeting.list.title",
                "meetings",
                "meetingId",
                "meeting.record",
                new ExportableGrid<>(),
                new BeanValidationBinder<>(Videoconference.class));
        this.meetings = meetings;
        this.activities = activities;
        this.tasks = tasks;
        this.followUps = followUps;
        List<City> cityList = cityService.listCities();
        this.home = cityService.homeCity().orElse(cityList.getFirst());
        this.viewerZone =
                users.currentUser().map(AppUser::getTimeZone).map(ZoneId::of).orElse(home.zone());

        grid.addColumn(m -> full(m.startAt(), viewerZone))
                .setHeader(getTranslation("meeting.grid.start"))
                .setKey("start")
                .setFlexGrow(1);
        grid.addColumn(MeetingListItem::topic)
                .setHeader(getTranslation("meeting.field.topic"))
                .setKey("topic")
                .setFlexGrow(2);
        grid.addColumn(m -> getTranslation(m.status().labelKey()))
                .setHeader(getTranslation("meeting.grid.status"))
                .setKey("status")
                .setFlexGrow(0)
                .setWidth("8em");
        var timesColumn = grid.addColumn(MeetingListItem::localTimes)
                .setHeader(getTranslation("meeting.grid.localTimes"))
                .setKey("localTimes")
                .setFlexGrow(3);
        hideWhileEditing(timesColumn);
        grid.setItems(
                q -> meetings
                        .list(
                                upcomingOnly.getValue(),
                                search.getValue(),
                                q.getOffset(),
                                q.getLimit(),
                                viewerZone,
                                getLocale())
                        .stream(),
                q -> {
                    long n = meetings.count(upcomingOnly.getValue(), search.getValue());
                    showCount(n, "meeting.count.one", "meeting.count.many");
                    return (int) n;
                });
        grid.setEmptyStateText(getTranslation("meeting.list.empty"));

        search.setPlaceholder(getTranslation("meeting.list.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel(getTranslation("meeting.list.searchLabel"));
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
        // the suggestions are stored in English, as typed themes are stored as typed
        theme.setItemLabelGenerator(
                t -> THEMES.contains(t) ? getTranslation("meeting.theme." + t.replace(" ", "")) : t);
        theme.setAllowCustomValue(true);
        theme.addCustomValueSetListener(e -> theme.setValue(e.getDetail()));
        theme.setClearButtonVisible(true);
        organizingCity.setItems(cityList);
        organizingCity.setItemLabelGenerator(City::getName);
        organizingCity.setRequiredIndicatorVisible(true);
        // the start is an instant: another organizing city says the same moment in its own time
        organizingCity.addValueChangeListener(e -> keepInstant(e.getOldValue(), e.getValue()));
        startAt.setRequiredIndicatorVisible(true);
        startAt.setStep(java.time.Duration.ofMinutes(15));
        // the picker marks its own group element aria-required, which ARIA does not allow on a group
        // (axe: critical); its date and time inputs say it already, so the group's mark is taken off
        startAt.getElement()
                .executeJs(
                        "const host = this;"
                                + " const strip = () => { if (host.hasAttribute('aria-required')) { host.removeAttribute('aria-required'); } };"
                                + " strip(); new MutationObserver(strip).observe(host, { attributes: true, attributeFilter: ['aria-required'] });");
        cities.setItems(cityList);
        cities.setItemLabelGenerator(City::getName);
        participants.setItems(
                q -> contacts.findForPicker(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        participants.setItemLabelGenerator(c -> c.fullName(getLocale())
                + (c.getCity() == null ? "" : " (" + c.getCity().getName() + ")"));
        participants.setHelperText(getTranslation("meeting.field.participantsHelper"));
        meetingLink.setPlaceholder("https://");
        localTimes.addClassName("meeting-local-times");
        followUp.setHelperText(getTranslation("meeting.field.followUpHelper"));
        followUpTasks.addThemeVariants(ButtonVariant.LUMO_SMALL);
        followUpTasks.addClassName("follow-up-tasks");
        followUpTasks.addClickListener(e -> makeFollowUpTasks());

        binder.forField(organizingCity)
                .asRequired(getTranslation("meeting.field.organizingCityRequired"))
                .bind("organizingCity");
        binder.forField(startAt)
                .asRequired(getTranslation("meeting.field.startRequired"))
                .withConverter(this::toInstant, this::toLocal)
                .bind("startAt");
        binder.forField(durationMinutes)
                .asRequired(getTranslation("meeting.field.durationRequired"))
                .bind("durationMinutes");
        binder.forField(theme).bind("theme");
        binder.forField(meetingLink).withNullRepresentation("").bind("meetingLink");
        binder.bindInstanceFields(this);
        binder.addValueChangeListener(e -> showLocalTimes());

        FormLayout form = new FormLayout(
                topic,
                theme,
                organizingCity,
                startAt,
                durationMinutes,
                cities,
                localTimes,
                participants,
                meetingLink,
                agenda,
                minutes,
                followUp,
                followUpTasks);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        for (var c :
                List.of(topic, startAt, cities, localTimes, participants, meetingLink, agenda, minutes, followUp)) {
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
        meetings.delete(record.id());
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
        return record.getTopic().isBlank() ? getTranslation("meeting.record.untitled") : record.getTopic();
    }

    @Override
    protected void afterOpen(Videoconference record) {
        if (record.isNew()) {
            applyPrefill();
            // from "Plan a videoconference" or "New": the keyboard starts in the form, at its first field
            topic.focus();
        }
        showLocalTimes();
        // a follow-up task needs the right to change the session, as the service says
        followUpTasks.setVisible(meetings.canEdit());
        followUpTasks.setEnabled(!record.isNew());
        followUpTasks.setTooltipText(record.isNew() ? getTranslation("meeting.page.saveFirst") : null);
    }

    /** One click: each line of the follow-up actions becomes a task for me about this session, none twice. */
    private void makeFollowUpTasks() {
        Videoconference record = current();
        if (record == null || record.isNew()) {
            return;
        }
        Actions.run(() -> {
            var result = followUps.createFollowUpTasks(MeetingService.SUBJECT_TYPE, record.id(), followUp.getValue());
            Notifications.success(getTranslation("meeting.page.tasksMade", result.made(), result.alreadyThere()));
            FollowUpNotice.show(result.existing());
            // the form may hold unsaved edits: show the new tasks without reloading it
            if (taskPanel != null) {
                taskPanel.refresh();
            }
        });
    }

    @Override
    protected void showExtras(Videoconference record, Div extras) {
        H3 statusTitle = new H3(getTranslation(
                "meeting.page.status", getTranslation(record.getStatus().labelKey())));
        statusTitle.addClassName("meeting-status");
        HorizontalLayout transitions = new HorizontalLayout();
        if (meetings.canEdit()) {
            for (MeetingStatus target : record.getStatus().next()) {
                Button b = new Button(getTranslation(target.actionKey()), e -> changeStatus(record, target));
                b.addThemeVariants(
                        target == MeetingStatus.CANCELLED ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST);
                transitions.add(b);
            }
        }
        // the invitation is made when it is downloaded, not kept in the session
        long id = record.id();
        Anchor download = TextDownload.of(
                getTranslation("meeting.page.invitationDownload"),
                "videoconference-" + id + ".ics",
                "text/calendar",
                () -> meetings.invitation(id));
        download.addClassName("ics-download");
        TaskPanel panel = tasks.forRecord(MeetingService.SUBJECT_TYPE, record.id());
        panel.addChangeListener(() -> reopen(record.id()));
        taskPanel = panel;
        extras.add(
                statusTitle,
                transitions,
                new Paragraph(download),
                participantsByCity(record),
                panel,
                new ActivityTimeline(activities, new SubjectRef(MeetingService.SUBJECT_TYPE, record.id())));
    }

    /** Who takes part, city by city, each with the session's time there. */
    private Div participantsByCity(Videoconference record) {
        Div box = new Div(new H3(getTranslation("meeting.page.participantsByCity")));
        box.addClassName("participants-by-city");
        Map<String, List<Contact>> byCity = record.getParticipants().stream()
                .collect(Collectors.groupingBy(
                        c -> c.getCity() == null
                                ? getTranslation("meeting.page.elsewhere")
                                : c.getCity().getName(),
                        java.util.TreeMap::new,
                        Collectors.toList()));
        if (byCity.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("meeting.page.noParticipants"));
            empty.addClassName("empty-state");
            box.add(empty);
        }
        byCity.forEach((cityName, people) -> {
            String time = record.getCities().stream()
                    .filter(c -> c.getName().equals(cityName))
                    .findFirst()
                    .map(c -> " ("
                            + LocalTimes.inZone(
                                    record.startAt(),
                                    c.zone(),
                                    record.startAt().atZone(c.zone()).toLocalDate(),
                                    getLocale())
                            + ")")
                    .orElse("");
            Paragraph line = new Paragraph(cityName + time + ": "
                    + people.stream().map(c -> c.fullName(getLocale())).sorted().collect(Collectors.joining(", ")));
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
        dialog.setHeader(getTranslation("meeting.overlap.header"));
        dialog.setText(new Div(
                new Paragraph(getTranslation("meeting.overlap.text")),
                new Paragraph(clashes.stream()
                        .map(c -> "“" + c.getTopic() + "”, " + full(c.startAt(), viewerZone))
                        .collect(Collectors.joining("; ")))));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("meeting.overlap.cancel"));
        dialog.setConfirmText(getTranslation("meeting.overlap.confirm"));
        dialog.addConfirmListener(e -> proceed.run());
        dialog.open();
    }

    private void changeStatus(Videoconference record, MeetingStatus target) {
        if (target == MeetingStatus.CANCELLED) {
            confirmCancel(record);
            return;
        }
        applyStatus(record, target);
    }

    /** Cancelling cannot be undone: the session keeps its record but leaves every list of what comes next. */
    private void confirmCancel(Videoconference record) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.addClassName("cancel-session-dialog");
        dialog.setHeader(getTranslation("meeting.cancel.header", describe(record)));
        dialog.setText(getTranslation("meeting.cancel.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("meeting.cancel.keep"));
        dialog.setConfirmText(getTranslation("meeting.cancel.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> applyStatus(record, MeetingStatus.CANCELLED));
        dialog.open();
    }

    private void applyStatus(Videoconference record, MeetingStatus target) {
        Actions.run(
                () -> {
                    meetings.changeStatus(record.id(), record.getVersion(), target);
                    Notifications.success(record.getTopic() + ": "
                            + getTranslation(target.labelKey()).toLowerCase(getLocale()));
                    reopen(record.id());
                },
                "meeting.record",
                () -> reopen(record.id()));
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
            cities.setValue(cities.getListDataView()
                    .getItems()
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
                .sorted(java.util.Comparator.comparing(City::isHome).reversed().thenComparing(City::getName))
                .toList();
        localTimes.removeAll();
        localTimes.add(
                new Span(getTranslation(
                        "meeting.page.localTimes", LocalTimes.perCity(start, chosen, zone(), getLocale()))),
                new Span(" · " + getTranslation("meeting.page.yourTime", full(start, viewerZone))));
    }

    private void keepInstant(City from, City to) {
        if (from == null
                || to == null
                || startAt.getValue() == null
                || from.zone().equals(to.zone())) {
            return;
        }
        startAt.setValue(startAt.getValue()
                .atZone(from.zone())
                .withZoneSameInstant(to.zone())
                .toLocalDateTime());
    }

    private String full(Instant instant, ZoneId zone) {
        return LocalTimes.full(instant, zone, getLocale());
    }

    private ZoneId zone() {
        return organizingCity.getValue() == null
                ? home.zone()
                : organizingCity.getValue().zone();
    }

    // the binder's converter: a new session has no start yet
    private @Nullable Instant toInstant(@Nullable LocalDateTime local) {
        return local == null ? null : local.atZone(zone()).toInstant();
    }

    private @Nullable LocalDateTime toLocal(@Nullable Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone());
    }
}
