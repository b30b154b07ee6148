package nl.stedenband.task;

import java.util.List;

/**
 * What making tasks of follow-up actions did.
 *
 * @param made tasks made
 * @param existing the open tasks about the same record that already said the same, whoever has them
 */
public record FollowUpResult(int made, List<Existing> existing) {

    public FollowUpResult {
        existing = List.copyOf(existing);
    }

    /** Lines for which the same open task about the same record already existed. */
    public int alreadyThere() {
        return existing.size();
    }

    /** A task that was already there, to name with its assignee and link to. */
    public record Existing(long id, TaskTitle title, String assigneeName) {

        public String route() {
            return "tasks/" + id;
        }
    }
}
