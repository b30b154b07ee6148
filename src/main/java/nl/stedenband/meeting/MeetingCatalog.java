package nl.stedenband.meeting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.stedenband.base.Phrase;
import nl.stedenband.base.RecordCatalog;
import nl.stedenband.base.RecordLink;
import nl.stedenband.base.SearchText;
import nl.stedenband.security.CurrentUser;
import nl.stedenband.security.Role;
import org.springframework.stereotype.Component;

/** Videoconferences for links and the global search: everyone signed in reads them. */
@Component
class MeetingCatalog implements RecordCatalog {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final VideoconferenceRepository meetings;

    @PersistenceContext
    private EntityManager em;

    MeetingCatalog(VideoconferenceRepository meetings) {
        this.meetings = meetings;
    }

    @Override
    public String type() {
        return MeetingService.SUBJECT_TYPE;
    }

    @Override
    public Optional<RecordLink> find(long id) {
        return meetings.findById(id).map(v -> link(v.id(), v.getTopic(), v.startAt(), v.getStatus()));
    }

    @Override
    public Map<Long, RecordLink> findAll(Collection<Long> ids) {
        return meetings.findAllById(ids).stream()
                .collect(Collectors.toMap(
                        Videoconference::getId, v -> link(v.id(), v.getTopic(), v.startAt(), v.getStatus())));
    }

    /** Those who run them: the same roles as the service's writing methods. */
    @Override
    public boolean canChange(long id) {
        return CurrentUser.hasAnyRole(Role.ADMIN, Role.OFFICER, Role.COORDINATOR);
    }

    @Override
    public List<RecordLink> search(String text, int limit) {
        SearchText search = SearchText.of(text);
        if (search == null) {
            return List.of();
        }
        // ids from the index, then the rows through Hibernate, which reads start_at as UTC
        @SuppressWarnings("unchecked")
        List<Long> ids = em.createNativeQuery(
                        "SELECT v.id FROM videoconference v WHERE " + search.sqlCondition("v.topic", "v.topic")
                                + " ORDER BY v.start_at DESC, v.id DESC",
                        Long.class)
                .setParameter("search", search.sqlParameter())
                .setMaxResults(limit)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Videoconference> byId = meetings.findAllById(ids).stream()
                .collect(Collectors.toMap(Videoconference::getId, Function.identity()));
        return ids.stream()
                .map(byId::get)
                .filter(Objects::nonNull)
                .map(v -> link(v.id(), v.getTopic(), v.startAt(), v.getStatus()))
                .toList();
    }

    private RecordLink link(long id, String topic, Instant start, MeetingStatus status) {
        return new RecordLink(
                type(),
                id,
                Phrase.text(topic),
                List.of(Phrase.text(UTC.format(start)), Phrase.of(status.labelKey())),
                "meetings/" + id);
    }
}
