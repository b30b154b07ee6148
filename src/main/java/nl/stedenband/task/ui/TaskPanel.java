package nl.stedenband.task.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.stedenband.base.BusinessRuleException;
import nl.stedenband.base.RecordNotFoundException;
import nl.stedenband.base.ui.Formats;
import nl.stedenband.base.ui.Notifications;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.task.TaskListItem;
import nl.stedenband.task.TaskListService;
import nl.stedenband.task.TaskService;
import nl.stedenband.task.TaskStatus;
import org.springframework.security.access.AccessDeniedException;

/**
 * The open tasks about a record, for its page: each with a box to mark it as done, and a button
 * that opens a new task about the record. Everyone who may read the record sees all its open tasks,
 * whoever made them; the box is there for the assignee, the creator and administrators.
 */
public class TaskPanel extends Composite<Div> {

    /** More than this and the panel links to the full list instead. */
    static final int SHOWN = 10;

    private final TaskService tasks;
    private final TaskListService lists;
    private final String subjectType;
    private final long subjectId;
    private final UnorderedList entries = new UnorderedList();
    private final Paragraph more = new Paragraph();
    private final List<Runnable> changeListeners = new ArrayList<>();

    /** Record pages get one from {@link TaskPanels}. */
    TaskPanel(TaskService tasks, TaskListService lists, String subjectType, long subjectId) {
        this.tasks = tasks;
        this.lists = lists;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        Div root = getContent();
        root.addClassName("task-panel");
        QueryParameters about = QueryParameters.simple(Map.of("type", subjectType, "id", String.valueOf(subjectId)));
        Button create = new Button(
                Texts.t("task.record.new"),
                VaadinIcon.PLUS.create(),
                e -> UI.getCurrent().navigate("tasks/new", about));
        create.addThemeVariants(ButtonVariant.LUMO_SMALL);
        create.addClassName("task-panel-new");
        H3 heading = new H3(Texts.t("task.panel.title"));
        Div header = new Div(heading, create);
        header.addClassName("task-panel-header");
        entries.addClassName("task-panel-entries");
        more.addClassName("task-panel-more");
        root.add(header, entries, more);
        refresh();
    }

    /** Called after a task was marked as done here, e.g. to show the record's timeline again. */
    public void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    public void refresh() {
        entries.removeAll();
        List<TaskListItem> open = lists.tasksFor(subjectType, subjectId, TaskStatus.OPEN, 0, SHOWN);
        if (open.isEmpty()) {
            Paragraph empty = new Paragraph(Texts.t("task.panel.empty"));
            empty.addClassName("empty-state");
            entries.add(new ListItem(empty));
        }
        for (TaskListItem t : open) {
            entries.add(entry(t));
        }
        long total = open.size() < SHOWN ? open.size() : lists.countFor(subjectType, subjectId, TaskStatus.OPEN);
        more.setText(total > open.size() ? Texts.t("task.panel.more", total - open.size()) : "");
        more.setVisible(total > open.size());
    }

    private ListItem entry(TaskListItem t) {
        ListItem item = new ListItem();
        // everyone who reads the record sees its tasks; the box is for those who may tick it
        if (tasks.canComplete(t)) {
            Checkbox done = new Checkbox();
            done.setAriaLabel(Texts.t("task.panel.markDone", t.title().in(Texts.locale())));
            done.addClassName("task-done-box");
            done.addValueChangeListener(e -> {
                if (e.getValue()) {
                    complete(t);
                }
            });
            item.add(done);
        }
        Anchor title = new Anchor("tasks/" + t.id(), t.title().in(Texts.locale()));
        title.addClassName("task-panel-title");
        Span meta = new Span(Texts.t("task.search.due", Formats.weekdayDate(t.dueDate())) + " · " + t.assigneeName());
        meta.addClassName("task-panel-meta");
        item.add(title, meta);
        item.addClassName("task-panel-entry");
        if (t.overdue()) {
            item.addClassName("overdue");
            Span marker = new Span(Texts.t("task.overdue"));
            marker.addClassName("overdue-marker");
            item.add(marker);
        }
        return item;
    }

    private void complete(TaskListItem t) {
        try {
            tasks.complete(t.id());
            Notifications.success(Texts.t("task.action.done.message", t.title().in(Texts.locale())));
        } catch (BusinessRuleException | AccessDeniedException | RecordNotFoundException e) {
            Notifications.error(Texts.message(e));
        }
        refresh();
        changeListeners.forEach(Runnable::run);
    }
}
