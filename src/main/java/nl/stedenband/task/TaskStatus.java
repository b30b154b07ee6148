package nl.stedenband.task;

/** A task is open until someone marks it as done; it can be reopened. */
public enum TaskStatus {
    OPEN("Open"),
    DONE("Done");

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
