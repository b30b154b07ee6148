package nl.stedenband.contact;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stedenband.base.PersonalDataRequest;
import nl.stedenband.base.PersonalDataSource;
import nl.stedenband.base.RecordNotFoundException;
import nl.stedenband.base.StoredText;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The contact's own part of a personal-data request: its fields in the export; for an erasure the
 * record stays (missions, exchanges and sessions keep referring to it) without anything that
 * identifies the person, in its stored history as well. Every request is noted on the contact, so
 * that its history and the audit list show who asked for what, when and why.
 */
@Component
class ContactPersonalData implements PersonalDataSource {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final ContactRepository contacts;

    @PersistenceContext
    private EntityManager em;

    ContactPersonalData(ContactRepository contacts) {
        this.contacts = contacts;
    }

    @Override
    public String section() {
        return "contact";
    }

    @Override
    public Object personalDataOf(long contactId) {
        Contact c = contacts.findWithDetails(contactId)
                .orElseThrow(() -> new RecordNotFoundException("contact.record", contactId));
        Map<String, @Nullable Object> data = new LinkedHashMap<>();
        data.put("id", c.getId());
        data.put("firstName", c.getFirstName());
        data.put("lastName", c.getLastName());
        data.put("jobTitle", c.getJobTitle());
        data.put("email", c.getEmail());
        data.put("phone", c.getPhone());
        data.put("preferredLanguage", c.getPreferredLanguage());
        Organization o = c.getOrganization();
        data.put(
                "organization",
                o == null
                        ? null
                        : Map.of(
                                "id",
                                o.getId(),
                                "name",
                                o.getName(),
                                "type",
                                o.getType().name()));
        data.put("city", c.getCity() == null ? null : c.getCity().getName());
        data.put("owner", c.getOwner() == null ? null : c.getOwner().getDisplayName());
        data.put("tags", List.copyOf(c.getTags()));
        data.put("gdprBasis", c.getGdprBasis() == null ? null : c.getGdprBasis().name());
        data.put(
                "consentDate",
                c.getConsentDate() == null ? null : c.getConsentDate().toString());
        data.put("notes", c.getNotes());
        data.put("lastPrivacyRequest", c.getPrivacyRequest());
        data.put("createdAt", String.valueOf(c.getCreatedAt()));
        data.put("createdBy", c.getCreatedBy());
        data.put("modifiedAt", String.valueOf(c.getModifiedAt()));
        data.put("modifiedBy", c.getModifiedBy());
        return data;
    }

    @EventListener
    void onRequest(PersonalDataRequest request) {
        long id = request.contactId();
        Contact c = contacts.findWithDetails(id).orElseThrow(() -> new RecordNotFoundException("contact.record", id));
        // said in each reader's language: the key and its arguments, the reason as the officer gave it
        String key = "contact.privacyRequest." + request.kind().name();
        String when = WHEN.format(request.at());
        String reason = request.reason();
        int room = 600 - StoredText.of(key, when, "").length();
        c.setPrivacyRequest(
                StoredText.of(key, when, reason.length() > room ? reason.substring(0, room - 1) + "…" : reason));
        if (request.kind() == PersonalDataRequest.Kind.ERASURE) {
            erase(c);
        }
    }

    private void erase(Contact c) {
        c.anonymise();
        c.setJobTitle(null);
        c.setEmail(null);
        c.setPhone(null);
        c.setNotes(null);
        c.setPreferredLanguage(null);
        // tags leave by SQL, not through the collection: Envers would copy every removed tag into the history
        em.createNativeQuery("DELETE FROM contact_tag WHERE contact_id = :id")
                .setParameter("id", c.getId())
                .executeUpdate();
        em.createNativeQuery("DELETE FROM contact_tag_aud WHERE contact_id = :id")
                .setParameter("id", c.getId())
                .executeUpdate();
        // the stored history of the record loses the old values too; the new revision Envers writes
        // at commit holds only the anonymised ones
        em.createNativeQuery(
                        "UPDATE contact_aud SET first_name = NULL, last_name = :lastName, job_title = NULL, email = NULL,"
                                + " phone = NULL, notes = NULL, preferred_language = NULL WHERE id = :id")
                .setParameter("lastName", c.getLastName())
                .setParameter("id", c.getId())
                .executeUpdate();
    }
}
