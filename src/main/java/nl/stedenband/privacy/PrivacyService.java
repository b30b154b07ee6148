package nl.stedenband.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.stedenband.base.BusinessRuleException;
import nl.stedenband.base.PersonalDataRequest;
import nl.stedenband.base.PersonalDataSource;
import nl.stedenband.contact.Contact;
import nl.stedenband.contact.ContactService;
import nl.stedenband.security.Access;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's requests about their data (GDPR art. 15, 17 and 20), for administrators and officers
 * (docs/domain.md, "Roles"): everything the app holds about a contact as one JSON file, and the erasure
 * of it. Each feature contributes what it holds ({@link PersonalDataSource}) and erases its own
 * part when told ({@link PersonalDataRequest}), so this feature knows none of them; every request
 * is recorded on the contact, and so in its audit history.
 */
@Service
@PreAuthorize(Access.ADMIN_OR_OFFICER)
public class PrivacyService {

    /** What an export is recorded with: the person asked for their data (a bundle key, said in the reader's language). */
    static final String EXPORT_REASON = "privacy.export.reason";

    private static final Set<String> HANDLERS = Set.of("ROLE_ADMIN", "ROLE_OFFICER");
    private static final int REASON_LENGTH = 500;

    private final ContactService contacts;
    private final List<PersonalDataSource> sources;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JsonMapper json =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    PrivacyService(
            ContactService contacts, List<PersonalDataSource> sources, ApplicationEventPublisher events, Clock clock) {
        this.contacts = contacts;
        // the contact itself first, then the rest by name: the same file every time
        this.sources = sources.stream()
                .sorted(Comparator.comparing(
                                (PersonalDataSource s) -> !s.section().equals("contact"))
                        .thenComparing(PersonalDataSource::section))
                .toList();
        this.events = events;
        this.clock = clock;
    }

    /** Whether the signed-in user handles personal-data requests; the views show the panel by it. */
    @PreAuthorize(Access.SIGNED_IN)
    public boolean mayHandle() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null
                && auth.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(HANDLERS::contains);
    }

    /**
     * Everything the app holds about the contact, as JSON: the contact, its timeline, the tasks,
     * missions, exchanges and videoconferences about or with the person, and the record's history.
     * The export is recorded on the contact.
     */
    @Transactional
    public String exportPersonalData(long contactId) {
        Contact contact = contacts.get(contactId);
        Instant now = clock.instant();
        Map<String, @Nullable Object> file = new LinkedHashMap<>();
        file.put("format", "stedenband-personal-data/1");
        file.put("contactId", contactId);
        file.put("exportedAt", now.toString());
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null) {
            throw new AuthenticationCredentialsNotFoundException("An export needs a signed-in user");
        }
        file.put("exportedBy", signedIn.getName());
        for (PersonalDataSource source : sources) {
            file.put(source.section(), source.personalDataOf(contactId));
        }
        String text = json.writeValueAsString(file);
        events.publishEvent(new PersonalDataRequest(
                contactId, PersonalDataRequest.Kind.EXPORT, EXPORT_REASON, now, identifiers(contact)));
        return text;
    }

    /**
     * Erases the person: the contact stays as "anonymised contact #id" in each reader's language (what refers to it keeps its
     * figures) without name, e-mail, phone or notes; notes about them go, tasks about them lose
     * their name; the stored history forgets the old values. The reason is recorded with it.
     */
    @Transactional
    public void erase(long contactId, @Nullable String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new BusinessRuleException("privacy.erase.reasonRequired");
        }
        if (why.length() > REASON_LENGTH) {
            throw new BusinessRuleException("privacy.erase.reasonTooLong", REASON_LENGTH);
        }
        Contact contact = contacts.get(contactId);
        events.publishEvent(new PersonalDataRequest(
                contactId, PersonalDataRequest.Kind.ERASURE, why, clock.instant(), identifiers(contact)));
    }

    /** Longest first, so that "Jan de Vries" goes whole before "Vries" alone. */
    private static List<String> identifiers(Contact c) {
        List<String> all = new ArrayList<>();
        Stream.of(c.getFullName(), c.getEmail(), c.getPhone(), c.getLastName(), c.getFirstName())
                .filter(s -> s != null && !s.isBlank())
                .map(String::strip)
                .distinct()
                .forEach(all::add);
        all.sort(Comparator.comparing(String::length).reversed());
        return List.copyOf(all);
    }
}
