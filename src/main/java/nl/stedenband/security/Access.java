package nl.stedenband.security;

/**
 * Method-security expressions shared by the features' services ({@code @PreAuthorize(Access.SIGNED_IN)}).
 */
public final class Access {

    /**
     * Fully signed in: holding one of the roles, which a session gets only once every factor has
     * been given. Not {@code isAuthenticated()}: a session halfway through signing in (password
     * given, authenticator code not yet) is authenticated too, and must read nothing.
     */
    public static final String SIGNED_IN = "hasAnyRole('" + Role.Names.ADMIN + "', '" + Role.Names.OFFICER + "', '"
            + Role.Names.COORDINATOR + "', '" + Role.Names.VIEWER + "')";

    private Access() {}
}
