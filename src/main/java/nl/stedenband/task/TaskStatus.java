package nl.stedenband.task;

/** A task is open until someone marks it as done; it can be reopened. */
public enum TaskStatus {
    OPEN,
    DONE;
}
