package nl.stedenband.base;

/**
 * Implemented by each feature whose records name a contact (a timeline, a task, a delegation, a
 * videoconference, an exchange, an opportunity of the contact's organization), so that the
 * retention rule for inactive contacts sees every use of a person without knowing the features.
 * The feature owns its tables; the rule only joins the answers.
 */
public interface ContactUse {

    /**
     * A native SQL scalar subquery (in parentheses) giving the latest day (a {@code DATE}) on which
     * this feature's records used the contact whose id is in {@code contactId} (a column of the
     * outer query, e.g. {@code c.id}), or NULL when none does. It may only read.
     */
    String lastUseOf(String contactId);
}
