package nl.stedenband.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.stedenband.base.BusinessRuleException;
import nl.stedenband.base.RecordLink;
import nl.stedenband.base.RecordNotFoundException;
import nl.stedenband.base.ui.ExportableGrid;
import nl.stedenband.base.ui.Formats;
import nl.stedenband.base.ui.MasterDetailView;
import nl.stedenband.base.ui.Notifications;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.security.AppUser;
import nl.stedenband.security.CurrentUser;
import nl.stedenband.security.Role;
import nl.stedenband.security.UserService;
import nl.stedenband.task.Task;
import nl.stedenband.task.TaskFilter;
import nl.stedenband.task.TaskListItem;
import nl.stedenband.task.TaskListService;
import nl.stedenband.task.TaskService;
import nl.stedenband.task.TaskStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Tasks: my tasks (overdue first), the ones I created, or (administrators) everyone's, with the
 * open task's form beside the list. {@code /tasks/new?type=CONTACT&id=42} opens a new task about
 * that record.
 */
@Route("tasks/:taskId?")
@PageTitle("task.list.title")
@Menu(order = 2, icon = "vaadin:tasks", title = "task.list.title")
@RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICER, Role.Names.COORDINATOR, Role.Names.VIEWER})
public class TasksView extends MasterDetailView<TaskListItem, Task> {

    /** The status choice of the filter: open, done or both. */
    enum StatusChoice {
        OPEN("task.filter.open", TaskStatus.OPEN),
        DONE("task.filter.done", TaskStatus.DONE),
        ANY("task.filter.any", null);

        /** Bundle key. */
        final String label;

        final @Nullable TaskStatus status;

        StatusChoice(String label, @Nullable TaskStatus status) {
            this.label = label;
            this.status = status;
        }
    }

    private final TaskService tasks;
    private final TaskListService lists;
    private final ZoneId zone;
    private final boolean admin = CurrentUser.hasAnyRole(Role.ADMIN);
    private Map<String, List<String>> prefill = Map.of();

    /**
     * Whose tasks: a radio group, like the status beside it. Tabs were tried first, but their
     * scroll container sits inside the tab list, which screen readers read as a broken list.
     */
    final RadioButtonGroup<TaskFilter.Show> show = new RadioButtonGroup<>(Texts.t("task.show.label"));

    final RadioButtonGroup<StatusChoice> statusFilter = new RadioButtonGroup<>(Texts.t("task.field.status"));

    final TextField title = new TextField(Texts.t("task.field.title"));
    final TextArea description = new TextArea(Texts.t("task.field.description"));
    final DatePicker dueDate = new DatePicker(Texts.t("task.field.due"));
    final ComboBox<AppUser> assignee = new ComboBox<>(Texts.t("task.field.assignee"));
    final Div about = new Div();
    final Paragraph people = new Paragraph();

    public TasksView(TaskService tasks, TaskListService lists, UserService users) {
        super(
                "task.list.title",
                "tasks",
                "taskId",
                "task.record",
                new ExportableGrid<>(),
                new BeanValidationBinder<>(Task.class));
        this.tasks = tasks;
        this.lists = lists;
        this.zone =
                users.currentUser().map(AppUser::getTimeZone).map(ZoneId::of).orElse(ZoneId.of("Europe/Amsterdam"));

        grid.addColumn(t -> t.title().in(Texts.locale()))
                .setHeader(Texts.t("task.column.task"))
                .setKey("title")
                .setSortProperty("title")
                .setFlexGrow(3);
        grid.addColumn(TasksView::dueText)
                .setHeader(Texts.t("task.field.due"))
                .setKey("due")
                .setSortProperty("dueDate")
                .setFlexGrow(1);
        var assigneeColumn = grid.addColumn(TaskListItem::assigneeName)
                .setHeader(Texts.t("task.field.assignee"))
                .setKey("assignee")
                .setSortProperty("assignee");
        var linkColumn = grid.addColumn(new ComponentRenderer<>(TasksView::linkComponent))
                .setHeader(Texts.t("task.column.about"))
                .setKey("about")
                .setFlexGrow(2);
        ((ExportableGrid<TaskListItem>) grid).exportAs(linkColumn, TasksView::linkText);
        var statusColumn = grid.addColumn(t -> Texts.label(t.status()))
                .setHeader(Texts.t("task.field.status"))
                .setKey("status")
                .setSortProperty("status")
                .setFlexGrow(0)
                .setWidth("7em");
        grid.setPartNameGenerator(t -> t.overdue() ? "overdue" : null);
        grid.addClassName("task-grid");
        hideWhileEditing(assigneeColumn, linkColumn, statusColumn);
        grid.setItems(q -> lists.list(filter(), q.getOffset(), q.getLimit(), toSort(q.getSortOrders())).stream(), q -> {
            long n = lists.count(filter());
            showCount(n, "task.count.one", "task.count.many");
            return (int) n;
        });
        grid.setEmptyStateText(Texts.t("task.list.empty"));

        show.setItems(Arrays.stream(TaskFilter.Show.values())
                .filter(s -> s != TaskFilter.Show.ALL || admin)
                .toList());
        show.setItemLabelGenerator(Texts::label);
        show.setValue(TaskFilter.Show.MINE);
        show.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                filterChanged();
            }
        });
        statusFilter.setItems(StatusChoice.values());
        statusFilter.setItemLabelGenerator(c -> Texts.t(c.label));
        statusFilter.setValue(StatusChoice.OPEN);
        statusFilter.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                filterChanged();
            }
        });
        Div filterBar = new Div(show, statusFilter);
        filterBar.addClassName("filter-bar");

        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(Task.TITLE_LENGTH);
        description.setMaxLength(Task.DESCRIPTION_LENGTH);
        dueDate.setRequiredIndicatorVisible(true);
        dueDate.setHelperText(Texts.t("task.field.due.helper"));
        assignee.setItems(users.listActiveUsers());
        assignee.setItemLabelGenerator(AppUser::getDisplayName);
        assignee.setRequiredIndicatorVisible(true);
        if (!tasks.canAssignToOthers()) {
            assignee.setEnabled(false);
            assignee.setHelperText(Texts.t("task.field.assignee.helper"));
        }
        about.addClassName("task-about");
        people.addClassName("task-people");
        binder.forField(description).withNullRepresentation("").bind("description");
        // a title the app made shows in the reader's language and stays a key unless the user changes it
        binder.forField(title)
                .asRequired(Texts.t("task.validation.title"))
                .bind(t -> t.title().in(getLocale()), (t, text) -> t.setTitleFromForm(text, getLocale()));
        binder.bindInstanceFields(this);

        FormLayout form = new FormLayout(title, dueDate, assignee, description, about, people);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setColspan(about, 2);
        form.setColspan(people, 2);
        init(filterBar, form);
    }

    TaskFilter filter() {
        TaskFilter.Show selected = show.getValue() == null ? TaskFilter.Show.MINE : show.getValue();
        StatusChoice status = statusFilter.getValue() == null ? StatusChoice.OPEN : statusFilter.getValue();
        return new TaskFilter(selected, status.status);
    }

    @Override
    protected void readFilter(QueryParameters query) {
        Map<String, List<String>> p = query.getParameters();
        String wanted = first(p, "show");
        TaskFilter.Show s = switch (wanted) {
            case "created" -> TaskFilter.Show.CREATED;
            case "all" -> admin ? TaskFilter.Show.ALL : TaskFilter.Show.MINE;
            default -> TaskFilter.Show.MINE;
        };
        show.setValue(s);
        statusFilter.setValue(
                switch (first(p, "status")) {
                    case "done" -> StatusChoice.DONE;
                    case "any" -> StatusChoice.ANY;
                    default -> StatusChoice.OPEN;
                });
        prefill = p;
    }

    @Override
    protected Map<String, String> filterParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        TaskFilter f = filter();
        if (f.show() != TaskFilter.Show.MINE) {
            p.put("show", f.show().name().toLowerCase(Locale.ROOT));
        }
        if (statusFilter.getValue() != null && statusFilter.getValue() != StatusChoice.OPEN) {
            p.put("status", statusFilter.getValue().name().toLowerCase(Locale.ROOT));
        }
        return p;
    }

    @Override
    protected long idOf(TaskListItem row) {
        return row.id();
    }

    @Override
    protected Task load(long id) {
        return tasks.get(id);
    }

    /** Due in a week, assigned to me; about the record named in the URL (?type=CONTACT&id=42), if any. */
    @Override
    protected Task newRecord() {
        String type = first(prefill, "type");
        Long id = null;
        try {
            id = first(prefill, "id").isEmpty() ? null : Long.valueOf(first(prefill, "id"));
        } catch (NumberFormatException e) {
            // a hand-edited link: the task is on its own
        }
        return tasks.prepare(type.isEmpty() ? null : type, id);
    }

    @Override
    protected Task persist(Task record) {
        return tasks.save(record);
    }

    @Override
    protected void delete(Task record) {
        tasks.delete(record.id());
    }

    /** The assignee may open the form too, to add to the description. */
    @Override
    protected boolean canEdit(Task record) {
        return tasks.canEditDescription(record);
    }

    @Override
    protected boolean canDelete(Task record) {
        return tasks.canDelete(record);
    }

    @Override
    protected boolean canCreate() {
        return true;
    }

    @Override
    protected String describe(Task record) {
        return record.title().in(getLocale()).isBlank()
                ? Texts.t("task.untitled")
                : record.title().in(getLocale());
    }

    @Override
    protected void afterOpen(Task record) {
        boolean full = record.isNew() || tasks.canEdit(record);
        if (!full) {
            title.setReadOnly(true);
            dueDate.setReadOnly(true);
            assignee.setReadOnly(true);
        }
        about.removeAll();
        if (record.isLinked()) {
            RecordLink link = tasks.linkedRecord(record).orElse(null);
            about.add(new Span(Texts.t("task.about") + " "));
            if (link == null) {
                about.add(new Span(Texts.t("task.unavailable")));
            } else {
                Anchor a = new Anchor(link.route(), Texts.recordReference(link));
                a.addClassName("task-about-link");
                about.add(a);
            }
        } else {
            boolean linkGone = record.isNew() && !first(prefill, "type").isEmpty();
            about.add(new Span(linkGone ? Texts.t("task.about.unavailable") : Texts.t("task.about.none")));
        }
        if (record.isNew()) {
            people.setText("");
        } else {
            String creator = record.getCreator() == null
                    ? Texts.t("task.people.app")
                    : record.getCreator().getDisplayName();
            String line = Texts.t("task.people.createdBy", creator);
            if (!record.isOpen() && record.getCompletedAt() != null) {
                String when = Formats.dateTime(record.getCompletedAt().atZone(zone));
                line += " · "
                        + (record.getCompletedBy() == null
                                ? Texts.t("task.people.done", when)
                                : Texts.t(
                                        "task.people.doneBy",
                                        when,
                                        record.getCompletedBy().getDisplayName()));
            }
            people.setText(line);
        }
    }

    @Override
    protected void showExtras(Task record, Div extras) {
        Span status = new Span(Texts.t("task.status", Texts.label(record.getStatus())));
        status.addClassName("task-status");
        HorizontalLayout row = new HorizontalLayout(status);
        row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        if (record.isOverdue(tasks.today())) {
            Span marker = new Span(Texts.t("task.overdue"));
            marker.addClassName("overdue-marker");
            row.add(marker);
        }
        if (tasks.canComplete(record)) {
            Button action = record.isOpen()
                    ? new Button(
                            Texts.t("task.action.done"),
                            VaadinIcon.CHECK.create(),
                            e -> act(
                                    record,
                                    () -> tasks.complete(record.id()),
                                    Texts.t(
                                            "task.action.done.message",
                                            record.title().in(getLocale()))))
                    : new Button(
                            Texts.t("task.action.reopen"),
                            VaadinIcon.ROTATE_LEFT.create(),
                            e -> act(
                                    record,
                                    () -> tasks.reopen(record.id()),
                                    Texts.t(
                                            "task.action.reopen.message",
                                            record.title().in(getLocale()))));
            action.addThemeVariants(record.isOpen() ? ButtonVariant.LUMO_SUCCESS : ButtonVariant.LUMO_CONTRAST);
            action.addClassName("task-status-action");
            row.add(action);
        }
        extras.add(row);
    }

    private void act(Task record, Runnable change, String message) {
        try {
            change.run();
            Notifications.success(message);
            reopen(record.id());
        } catch (BusinessRuleException | AccessDeniedException | RecordNotFoundException e) {
            Notifications.error(Texts.message(e));
        }
    }

    /** The due date, and Texts.t("task.overdue") in words as well as the row's highlight. */
    static String dueText(TaskListItem t) {
        return Formats.weekdayDate(t.dueDate()) + (t.overdue() ? " · " + Texts.t("task.overdue") : "");
    }

    /** "Contact · Jan Jansen", the placeholder for a record that is gone, or "" for a task on its own. */
    public static String linkText(TaskListItem t) {
        if (t.link() != null) {
            return Texts.recordReference(t.link());
        }
        return t.linked() ? Texts.t("task.unavailable") : "";
    }

    private static com.vaadin.flow.component.Component linkComponent(TaskListItem t) {
        if (t.link() != null) {
            Anchor a = new Anchor(t.link().route(), Texts.recordReference(t.link()));
            a.addClassName("task-link");
            return a;
        }
        Span s = new Span(t.linked() ? Texts.t("task.unavailable") : "");
        if (t.linked()) {
            s.addClassName("task-link-gone");
        }
        return s;
    }

    private static String first(Map<String, List<String>> p, String key) {
        List<String> v = p.get(key);
        return v == null || v.isEmpty() ? "" : v.getFirst();
    }
}
