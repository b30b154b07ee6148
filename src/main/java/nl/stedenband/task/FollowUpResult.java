package nl.stedenband.task;

/**
 * What making tasks of follow-up actions did.
 *
 * @param made tasks made
 * @param alreadyThere lines for which the same open task about the same record already existed
 */
public record FollowUpResult(int made, int alreadyThere) {

    /** For a notification: "2 tasks made; 1 already existed". */
    public String message() {
        String result = made == 0 ? "No new tasks" : made == 1 ? "1 task made" : made + " tasks made";
        if (alreadyThere > 0) {
            result += "; " + (alreadyThere == 1 ? "1 already existed" : alreadyThere + " already existed");
        }
        return result;
    }
}
