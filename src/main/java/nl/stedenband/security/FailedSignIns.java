package nl.stedenband.security;

/** Where the sign-in leaves, for the app to tell the user, how many attempts failed since their last visit. */
public final class FailedSignIns {

    /** HTTP session attribute: an {@link Integer}, set only when there were failures. */
    public static final String SESSION_ATTRIBUTE = "stedenband.failedSignInsSinceLastVisit";

    private FailedSignIns() {}
}
