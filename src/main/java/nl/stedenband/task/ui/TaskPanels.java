package nl.stedenband.task.ui;

import nl.stedenband.task.TaskListService;
import nl.stedenband.task.TaskService;
import org.springframework.stereotype.Component;

/**
 * Makes the panel of a record's open tasks for other features' record pages, so that they need
 * only this and not the task services the panel reads and changes through.
 */
@Component
public class TaskPanels {

    private final TaskService tasks;
    private final TaskListService lists;

    TaskPanels(TaskService tasks, TaskListService lists) {
        this.tasks = tasks;
        this.lists = lists;
    }

    /** The open tasks about the record of this type and id. */
    public TaskPanel forRecord(String subjectType, long subjectId) {
        return new TaskPanel(tasks, lists, subjectType, subjectId);
    }
}
