package nl.stedenband.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.lang.reflect.Field;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.stedenband.audit.AuditedTypes.Type;
import nl.stedenband.base.RecordDirectory;
import nl.stedenband.base.RecordLink;
import nl.stedenband.security.Access;
import org.hibernate.Hibernate;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit history, read-only: who changed which record when, with the old and new value of every
 * changed field. Administrators and officers read it (docs/domain.md, "Roles"); nobody writes it — there
 * is no method here that could, and Envers alone fills the tables.
 */
@Service
@PreAuthorize(Access.ADMIN_OR_OFFICER)
public class AuditService {

    private static final Set<String> READERS = Set.of("ROLE_ADMIN", "ROLE_OFFICER");

    /** Tasks and timeline entries say what they are about by these two fields: shown as one, the record by name. */
    static final String SUBJECT_TYPE = "subjectType";

    static final String SUBJECT_ID = "subjectId";

    private final AuditedTypes types;
    private final RecordDirectory directory;

    @PersistenceContext
    private EntityManager em;

    AuditService(AuditedTypes types, RecordDirectory directory) {
        this.types = types;
        this.directory = directory;
    }

    /** Whether the signed-in user may read the audit history; asking is open to everyone signed in. */
    @PreAuthorize(Access.SIGNED_IN)
    public boolean mayRead() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null
                && auth.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(READERS::contains);
    }

    /** The kinds of record that have a history, by their name for people. */
    public List<AuditType> types() {
        return types.all().stream()
                .map(t -> new AuditType(
                        t.name(),
                        t.label(),
                        t.fields().stream()
                                .map(f -> f.getName().equals(SUBJECT_ID) ? "subject" : f.getName())
                                .filter(name -> !name.equals(SUBJECT_TYPE))
                                .toList()))
                .toList();
    }

    /** The type name under which a record's history is kept, e.g. "Contact"; empty if it has none. */
    @PreAuthorize(Access.SIGNED_IN)
    public java.util.Optional<String> typeOf(Object record) {
        return types.of(Hibernate.getClass(record)).map(Type::name);
    }

    /** Everyone who has changed something, for the user filter. */
    @Transactional(readOnly = true)
    public List<String> users() {
        @SuppressWarnings("unchecked")
        List<String> users = em.createNativeQuery(
                        "SELECT DISTINCT username FROM revinfo ORDER BY username", String.class)
                .getResultList();
        return users;
    }

    /** A record's changes, newest first; empty for a record without history or an unknown type. */
    @Transactional(readOnly = true)
    public List<RecordChange> history(String type, long id) {
        Type t = types.find(type).orElse(null);
        if (t == null) {
            return List.of();
        }
        List<?> rows = AuditReaderFactory.get(em)
                .createQuery()
                .forRevisionsOfEntityWithChanges(t.entityClass(), true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        Values values = new Values(em);
        Map<String, Map<Long, RecordLink>> subjects =
                subjects(rows.stream().map(r -> ((Object[]) r)[0]).toList());
        List<RecordChange> changes = new ArrayList<>();
        Object previous = null;
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            changes.add(change(t, id, r, previous, values, subjects));
            previous = r[0];
        }
        Collections.reverse(changes);
        return changes;
    }

    /**
     * Recent changes across the system, newest first, filtered and paged in SQL: each audit table
     * gives at most {@code offset + limit} rows from its revision index, with the revision before
     * each, then the union is cut. The page's states are then read together ({@link Snapshots}):
     * what a page costs depends on the kinds of record on it, not on its number of rows.
     */
    @Transactional(readOnly = true)
    public List<RecordChange> recent(AuditFilter filter, ZoneId zone, int offset, int limit) {
        List<Type> selected = selected(filter);
        if (selected.isEmpty() || limit <= 0) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, zone, params);
        int window = Math.max(0, offset) + limit;
        StringBuilder sql = new StringBuilder("SELECT u.rev, u.type, u.id, u.previous FROM (");
        for (int i = 0; i < selected.size(); i++) {
            Type t = selected.get(i);
            sql.append(i == 0 ? "" : " UNION ALL ")
                    .append("(SELECT a.rev, '")
                    .append(t.name())
                    .append("' AS type, a.id, (SELECT MAX(p.rev) FROM ")
                    .append(t.auditTable())
                    .append(" p WHERE p.id = a.id AND p.rev < a.rev) AS previous FROM ")
                    .append(t.auditTable())
                    .append(" a JOIN revinfo r ON r.id = a.rev")
                    .append(where)
                    .append(" ORDER BY a.rev DESC, a.id DESC LIMIT ")
                    .append(window)
                    .append(')');
        }
        sql.append(") u ORDER BY u.rev DESC, u.type, u.id DESC LIMIT ")
                .append(limit)
                .append(" OFFSET ")
                .append(Math.max(0, offset));
        Query query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);

        record Row(long rev, Type type, long id, @Nullable Long previous) {}
        List<Row> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            rows.add(new Row(
                    ((Number) r[0]).longValue(),
                    types.find((String) r[1]).orElseThrow(),
                    ((Number) r[2]).longValue(),
                    r[3] == null ? null : ((Number) r[3]).longValue()));
        }
        Values values = new Values(em);
        Snapshots snapshots = new Snapshots(em, types, values);
        Map<Type, List<Row>> byType = new LinkedHashMap<>();
        rows.forEach(
                r -> byType.computeIfAbsent(r.type(), k -> new ArrayList<>()).add(r));
        byType.forEach((type, ofType) -> {
            Set<Long> ids = new HashSet<>();
            Set<Long> revisions = new HashSet<>();
            for (Row r : ofType) {
                ids.add(r.id());
                revisions.add(r.rev());
                if (r.previous() != null) {
                    revisions.add(r.previous());
                }
            }
            snapshots.read(type, ids, revisions);
        });
        snapshots.resolveRelated();
        record State(Type type, long id, Object[] at, Object @Nullable [] before) {}
        List<State> states = new ArrayList<>();
        for (Row r : rows) {
            Object[] at = snapshots.get(r.type().name(), r.id(), r.rev());
            if (at == null) {
                continue; // both reads see the transaction's snapshot; only a broken audit row lacks its state
            }
            states.add(new State(
                    r.type(),
                    r.id(),
                    at,
                    r.previous() == null ? null : snapshots.get(r.type().name(), r.id(), r.previous())));
        }
        List<Object> entities = new ArrayList<>();
        states.forEach(st -> {
            entities.add(st.at()[0]);
            if (st.before() != null) {
                entities.add(st.before()[0]);
            }
        });
        Map<String, Map<Long, RecordLink>> subjects = subjects(entities);
        return states.stream()
                .map(st -> change(
                        st.type(), st.id(), st.at(), st.before() == null ? null : st.before()[0], values, subjects))
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(AuditFilter filter, ZoneId zone) {
        List<Type> selected = selected(filter);
        if (selected.isEmpty()) {
            return 0;
        }
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, zone, params);
        boolean needsRevision = !where.isEmpty();
        StringBuilder sql = new StringBuilder("SELECT COALESCE(SUM(n), 0) FROM (");
        for (int i = 0; i < selected.size(); i++) {
            sql.append(i == 0 ? "" : " UNION ALL ")
                    .append("SELECT COUNT(*) AS n FROM ")
                    .append(selected.get(i).auditTable())
                    .append(" a")
                    .append(needsRevision ? " JOIN revinfo r ON r.id = a.rev" + where : "");
        }
        sql.append(") c");
        Query query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    private List<Type> selected(AuditFilter filter) {
        if (filter.type() == null || filter.type().isBlank()) {
            return types.all();
        }
        return types.find(filter.type()).map(List::of).orElse(List.of());
    }

    private static String where(AuditFilter filter, ZoneId zone, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.user() != null && !filter.user().isBlank()) {
            conditions.add("r.username = :user");
            params.put("user", filter.user().strip());
        }
        if (filter.from() != null) {
            conditions.add("r.timestamp >= :from");
            params.put("from", filter.from().atStartOfDay(zone).toInstant().toEpochMilli());
        }
        if (filter.to() != null) {
            conditions.add("r.timestamp < :to");
            params.put(
                    "to", filter.to().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /**
     * The records that these tasks and timeline entries are about, by kind and id, read together:
     * one lookup per kind, and only what the reader may read (the rest shows as deleted).
     */
    private Map<String, Map<Long, RecordLink>> subjects(List<Object> entities) {
        Map<String, Set<Long>> wanted = new HashMap<>();
        for (Object entity : entities) {
            Object type = readNamed(entity, SUBJECT_TYPE);
            Object id = readNamed(entity, SUBJECT_ID);
            if (type instanceof String kind && id instanceof Number n) {
                wanted.computeIfAbsent(kind, k -> new HashSet<>()).add(n.longValue());
            }
        }
        return wanted.isEmpty() ? Map.of() : directory.findAll(wanted);
    }

    private static RecordChange change(
            Type t,
            long id,
            Object[] row,
            @Nullable Object previous,
            Values values,
            Map<String, Map<Long, RecordLink>> subjects) {
        Object entity = row[0];
        AuditRevision revision = (AuditRevision) row[1];
        ChangeKind kind = switch ((RevisionType) row[2]) {
            case ADD -> ChangeKind.CREATED;
            case MOD -> ChangeKind.CHANGED;
            case DEL -> ChangeKind.DELETED;
        };
        @SuppressWarnings("unchecked")
        Set<String> changed = row.length > 3 && row[3] instanceof Set<?> s ? (Set<String>) s : Set.of();
        List<FieldChange> fields = new ArrayList<>();
        if (kind != ChangeKind.DELETED) {
            for (Field f : t.fields()) {
                String name = f.getName();
                if (name.equals(SUBJECT_TYPE)) {
                    continue; // said together with the id, as the record it names
                }
                if (kind == ChangeKind.CHANGED
                        && !changed.contains(name)
                        && !(name.equals(SUBJECT_ID) && changed.contains(SUBJECT_TYPE))) {
                    continue;
                }
                AuditValue now = name.equals(SUBJECT_ID) ? subject(entity, subjects) : values.format(read(f, entity));
                AuditValue before = previous == null
                        ? AuditValue.NONE
                        : name.equals(SUBJECT_ID) ? subject(previous, subjects) : values.format(read(f, previous));
                if (!now.equals(before)) {
                    fields.add(new FieldChange(name.equals(SUBJECT_ID) ? "subject" : name, before, now));
                }
            }
        }
        Object named = kind == ChangeKind.DELETED && previous != null ? previous : entity;
        return new RecordChange(
                revision.getId(),
                revision.getInstant(),
                revision.getUsername(),
                t.name(),
                t.label(),
                id,
                Values.label(named),
                kind,
                List.copyOf(fields));
    }

    private static AuditValue subject(Object entity, Map<String, Map<Long, RecordLink>> subjects) {
        if (!(readNamed(entity, SUBJECT_TYPE) instanceof String type)
                || !(readNamed(entity, SUBJECT_ID) instanceof Number id)) {
            return AuditValue.NONE;
        }
        RecordLink link = subjects.getOrDefault(type, Map.of()).get(id.longValue());
        if (link == null) {
            return AuditValue.deleted(type, id.longValue());
        }
        // a record that keeps no name (an anonymised participant) is named by a word of the bundles
        String key = link.title().key();
        return key == null ? AuditValue.record(link.title().in(Locale.ENGLISH)) : AuditValue.word(key);
    }

    private static @Nullable Object readNamed(Object entity, String field) {
        for (Class<?> c = entity.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(field);
                f.setAccessible(true);
                return f.get(entity);
            } catch (NoSuchFieldException e) {
                // a field of a superclass, or none
            } catch (IllegalAccessException e) {
                return null;
            }
        }
        return null;
    }

    private static @Nullable Object read(Field field, Object entity) {
        try {
            return field.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field, e);
        }
    }
}
