package nl.stedenband.audit;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Records the signed-in user on each revision, or "system" for start-up jobs and demo data. */
public class AuditRevisionListener implements RevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).setUsername(currentUser());
    }

    static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return SYSTEM;
        }
        String name = auth.getName();
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
