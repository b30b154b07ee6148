package nl.stedenband.contact;

import java.util.Set;
import java.util.stream.Collectors;
import nl.stedenband.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may change which organizations and contacts (docs/domain.md, "Roles"): administrators and
 * officers all of them; startup coordinators the companies, startups and innovation hubs and their
 * contacts; viewers none. The services check every write here, the views ask it to show or hide
 * the edit buttons, so the two cannot disagree.
 */
@Component
public class CrmPermissions {

    public boolean canCreate() {
        Set<String> roles = roles();
        return roles.contains(Role.ADMIN.authority())
                || roles.contains(Role.OFFICER.authority())
                || roles.contains(Role.COORDINATOR.authority());
    }

    public boolean canWrite(@Nullable OrganizationType type) {
        Set<String> roles = roles();
        if (roles.contains(Role.ADMIN.authority()) || roles.contains(Role.OFFICER.authority())) {
            return true;
        }
        return roles.contains(Role.COORDINATOR.authority()) && type != null && type.isBusiness();
    }

    /** A contact is written under the rules of its organization; one without is for officers. */
    public boolean canWriteContactOf(@Nullable Organization organization) {
        Set<String> roles = roles();
        if (roles.contains(Role.ADMIN.authority()) || roles.contains(Role.OFFICER.authority())) {
            return true;
        }
        return organization != null && canWrite(organization.getType());
    }

    void checkWrite(@Nullable OrganizationType type) {
        if (!canWrite(type)) {
            throw new AccessDeniedException("organization.error.coordinatorOnly");
        }
    }

    void checkWriteContactOf(@Nullable Organization organization) {
        if (!canWriteContactOf(organization)) {
            throw new AccessDeniedException("contact.error.coordinatorOnly");
        }
    }

    private static Set<String> roles() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return Set.of();
        }
        return auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
    }
}
