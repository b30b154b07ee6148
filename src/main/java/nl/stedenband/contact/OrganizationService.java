package nl.stedenband.contact;

import java.util.List;
import nl.stedenband.base.BusinessRuleException;
import nl.stedenband.base.RecordDeleted;
import nl.stedenband.base.RecordNotFoundException;
import nl.stedenband.security.Access;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organizations: everyone signed in reads them; who writes which is decided by {@link CrmPermissions}. */
@Service
@PreAuthorize(Access.SIGNED_IN)
public class OrganizationService {

    public static final String SUBJECT_TYPE = "ORGANIZATION";

    private final OrganizationRepository organizations;
    private final ContactRepository contacts;
    private final CrmQueries queries;
    private final CrmPermissions permissions;
    private final ApplicationEventPublisher events;

    OrganizationService(
            OrganizationRepository organizations,
            ContactRepository contacts,
            CrmQueries queries,
            CrmPermissions permissions,
            ApplicationEventPublisher events) {
        this.organizations = organizations;
        this.contacts = contacts;
        this.queries = queries;
        this.permissions = permissions;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<OrganizationListItem> list(OrganizationFilter filter, int offset, int limit, Sort sort) {
        return queries.organizations(filter, offset, limit, sort);
    }

    @Transactional(readOnly = true)
    public long count(OrganizationFilter filter) {
        return queries.countOrganizations(filter);
    }

    /** For pickers: organizations whose name starts with the text, a page at a time. */
    @Transactional(readOnly = true)
    public List<Organization> findByNamePrefix(String prefix, int offset, int limit) {
        return organizations.findByNamePrefix(prefix.trim(), PageRequest.of(offset / limit, limit));
    }

    @Transactional(readOnly = true)
    public long countByNamePrefix(String prefix) {
        return organizations.countByNamePrefix(prefix.trim());
    }

    /** The organization with its city and tags, ready for a form. */
    @Transactional(readOnly = true)
    public Organization get(long id) {
        return organizations
                .findWithDetails(id)
                .orElseThrow(() -> new RecordNotFoundException("organization.record", id));
    }

    @Transactional
    @PreAuthorize(Access.ADMIN_OFFICER_OR_COORDINATOR)
    public Organization save(Organization organization) {
        permissions.checkWrite(organization.getType());
        if (!organization.isNew()) {
            // the stored type counts too: a coordinator cannot take over a university by retyping it
            Organization stored = organizations
                    .findById(organization.id())
                    .orElseThrow(() -> new RecordNotFoundException("organization.record", organization.id()));
            permissions.checkWrite(stored.getType());
        }
        if (organization.getCity() != null) {
            long cityId = organization.getCity().id();
            boolean duplicate = organization.isNew()
                    ? organizations.existsByNameIgnoreCaseAndCityId(
                            organization.getName().trim(), cityId)
                    : organizations.existsByNameIgnoreCaseAndCityIdAndIdNot(
                            organization.getName().trim(), cityId, organization.id());
            if (duplicate) {
                throw new BusinessRuleException(
                        "organization.error.duplicate",
                        organization.getName(),
                        organization.getCity().getName());
            }
        }
        organization.setName(organization.getName().trim());
        long id = organizations.saveAndFlush(organization).id();
        return get(id);
    }

    @Transactional
    @PreAuthorize(Access.ADMIN_OFFICER_OR_COORDINATOR)
    public void delete(long id) {
        Organization organization =
                organizations.findById(id).orElseThrow(() -> new RecordNotFoundException("organization.record", id));
        permissions.checkWrite(organization.getType());
        long people = contacts.countByOrganizationId(id);
        if (people > 0) {
            throw new BusinessRuleException("organization.error.deleteHasContacts", organization.getName(), people);
        }
        try {
            events.publishEvent(new RecordDeleted(SUBJECT_TYPE, id));
            organizations.delete(organization);
            organizations.flush();
        } catch (DataIntegrityViolationException e) {
            throw new BusinessRuleException("organization.error.deleteReferenced", organization.getName());
        }
    }

    /** Whether the signed-in user may change this organization: the views show or hide editing with it. */
    public boolean canEdit(Organization organization) {
        return permissions.canWrite(organization.getType());
    }

    public boolean canCreate() {
        return permissions.canCreate();
    }
}
