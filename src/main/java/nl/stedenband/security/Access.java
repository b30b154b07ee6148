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

    /** Administrators only: users, cities, partnerships, overrides. */
    public static final String ADMIN = "hasRole('" + Role.Names.ADMIN + "')";

    /** The office: administrators and international relations officers. */
    public static final String ADMIN_OR_OFFICER =
            "hasAnyRole('" + Role.Names.ADMIN + "', '" + Role.Names.OFFICER + "')";

    /** Everyone who writes: administrators, officers and the startup agency's coordinators. */
    public static final String ADMIN_OFFICER_OR_COORDINATOR =
            "hasAnyRole('" + Role.Names.ADMIN + "', '" + Role.Names.OFFICER + "', '" + Role.Names.COORDINATOR + "')";

    /** The startup agency's pipeline: administrators and coordinators. */
    public static final String ADMIN_OR_COORDINATOR =
            "hasAnyRole('" + Role.Names.ADMIN + "', '" + Role.Names.COORDINATOR + "')";

    private Access() {}
}
