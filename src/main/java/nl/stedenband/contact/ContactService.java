package nl.stedenband.contact;

import java.util.List;
import nl.stedenband.base.BusinessRuleException;
import nl.stedenband.base.RecordDeleted;
import nl.stedenband.base.RecordNotFoundException;
import nl.stedenband.security.Access;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Contacts: everyone signed in reads them; who writes which is decided by {@link CrmPermissions}. */
@Service
@PreAuthorize(Access.SIGNED_IN)
public class ContactService {

    public static final String SUBJECT_TYPE = "CONTACT";

    private final ContactRepository contacts;
    private final OrganizationRepository organizations;
    private final CrmQueries queries;
    private final CrmPermissions permissions;
    private final ApplicationEventPublisher events;

    ContactService(
            ContactRepository contacts,
            OrganizationRepository organizations,
            CrmQueries queries,
            CrmPermissions permissions,
            ApplicationEventPublisher events) {
        this.contacts = contacts;
        this.organizations = organizations;
        this.queries = queries;
        this.permissions = permissions;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<ContactListItem> list(ContactFilter filter, int offset, int limit, Sort sort) {
        return queries.contacts(filter, offset, limit, sort);
    }

    @Transactional(readOnly = true)
    public long count(ContactFilter filter) {
        return queries.countContacts(filter);
    }

    /** The number above the list: exact, or "more than 1,000" for a search by words that matches very many. */
    @Transactional(readOnly = true)
    public ContactCount countForList(ContactFilter filter) {
        return queries.countForList(filter);
    }

    /** The contact with organization, city, owner and tags, ready for a form, in one statement. */
    @Transactional(readOnly = true)
    public Contact get(long id) {
        return contacts.findWithDetails(id).orElseThrow(() -> new RecordNotFoundException("contact.record", id));
    }

    /** For pickers: contacts whose first or last name starts with the text, with organization and city. */
    @Transactional(readOnly = true)
    public List<Contact> findForPicker(String prefix, int offset, int limit) {
        return contacts.findForPicker(
                prefix.trim(), org.springframework.data.domain.PageRequest.of(offset / limit, limit));
    }

    /** Other contacts with this e-mail address: a likely duplicate the user should see before saving. */
    @Transactional(readOnly = true)
    public List<Contact> findOthersWithEmail(@Nullable String email, @Nullable Long excludedId) {
        if (email == null || email.isBlank()) {
            return List.of();
        }
        return contacts.findOthersByEmail(email.trim(), excludedId == null ? -1 : excludedId);
    }

    @Transactional
    @PreAuthorize(Access.ADMIN_OFFICER_OR_COORDINATOR)
    public Contact save(Contact contact) {
        Organization organization = contact.getOrganization() == null
                ? null
                : organizations
                        .findById(contact.getOrganization().id())
                        .orElseThrow(() -> new BusinessRuleException("contact.error.organizationGone"));
        permissions.checkWriteContactOf(organization);
        if (!contact.isNew()) {
            Contact stored = contacts.findWithDetails(contact.id())
                    .orElseThrow(() -> new RecordNotFoundException("contact.record", contact.id()));
            permissions.checkWriteContactOf(stored.getOrganization());
        }
        if (contact.getGdprBasis() == GdprBasis.CONSENT && contact.getConsentDate() == null) {
            throw new BusinessRuleException("contact.consentDate.required");
        }
        if (contact.getCity() == null && organization != null) {
            contact.setCity(organization.getCity());
        }
        long id = contacts.saveAndFlush(contact).id();
        return get(id);
    }

    @Transactional
    @PreAuthorize(Access.ADMIN_OFFICER_OR_COORDINATOR)
    public void delete(long id) {
        Contact contact = get(id);
        permissions.checkWriteContactOf(contact.getOrganization());
        try {
            events.publishEvent(new RecordDeleted(SUBJECT_TYPE, id));
            contacts.delete(contact);
            contacts.flush();
        } catch (DataIntegrityViolationException e) {
            throw new BusinessRuleException("contact.error.deleteReferenced", contact.getFullName());
        }
    }

    /** Whether the signed-in user may change this contact: the views show or hide editing with it. */
    public boolean canEdit(Contact contact) {
        return permissions.canWriteContactOf(contact.getOrganization());
    }

    public boolean canCreate() {
        return permissions.canCreate();
    }

    /** Whether a contact of this organization may be written: for the form's organization picker. */
    public boolean canWriteContactOf(@Nullable Organization organization) {
        return permissions.canWriteContactOf(organization);
    }
}
