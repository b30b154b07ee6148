package nl.stedenband.security;

/**
 * What a user may do (docs/domain.md, "Roles"). Annotations name roles as string constants:
 * {@code @RolesAllowed(Role.Names.OFFICER)}, {@code @PreAuthorize("hasRole('OFFICER')")}.
 */
public enum Role {
    ADMIN("Administrator"),
    OFFICER("International relations officer"),
    COORDINATOR("Startup coordinator"),
    VIEWER("Viewer");

    private final String title;

    Role(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** Role names for annotations, which need compile-time constants. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String OFFICER = "OFFICER";
        public static final String COORDINATOR = "COORDINATOR";
        public static final String VIEWER = "VIEWER";

        private Names() {}
    }
}
