package nl.stedenband.audit;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.stedenband.audit.AuditedTypes.Type;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.proxy.HibernateProxy;
import org.jspecify.annotations.Nullable;

/**
 * The states of many records at many revisions, read for a whole page of the audit history at
 * once: one Envers query per kind of record, one query per collection (tags, participants…) of
 * those kinds, and one query per kind of related record named in them. Reading them one row at a
 * time through Envers' lazy proxies cost a statement for every row and every collection in it.
 *
 * <p>Related records and collection members are set into the snapshots as they are now (the
 * history names them by their current name, as {@link Values} does for a single record).
 */
final class Snapshots {

    /** A record of a kind at a revision. */
    record Key(String type, long id, long rev) {}

    private final EntityManager em;
    private final AuditedTypes types;
    private final Values values;
    private final Map<Key, Object[]> rows = new HashMap<>();

    Snapshots(EntityManager em, AuditedTypes types, Values values) {
        this.em = em;
        this.types = types;
        this.values = values;
    }

    /** Reads the given revisions of these records of one kind (revisions a record lacks are simply absent). */
    void read(Type type, Collection<Long> ids, Collection<Long> revisions) {
        if (ids.isEmpty() || revisions.isEmpty()) {
            return;
        }
        List<?> result = AuditReaderFactory.get(em)
                .createQuery()
                .forRevisionsOfEntityWithChanges(type.entityClass(), true)
                .add(AuditEntity.id().in(ids))
                .add(AuditEntity.revisionNumber().in(revisions))
                .getResultList();
        for (Object row : result) {
            Object[] r = (Object[]) row;
            long id = ((Number) Values.idOf(r[0])).longValue();
            long rev = ((AuditRevision) r[1]).getId();
            if (ids.contains(id) && revisions.contains(rev)) {
                rows.put(new Key(type.name(), id, rev), r);
            }
        }
        readCollections(type, ids, revisions);
    }

    /** The Envers row (entity, revision, revision type, changed fields) of a record at a revision. */
    Object @Nullable [] get(String type, long id, long rev) {
        return rows.get(new Key(type, id, rev));
    }

    /**
     * Replaces the related records in every snapshot read so far by the records as they are now,
     * read with one query per kind, so that naming them costs nothing more.
     */
    void resolveRelated() {
        Map<Class<?>, Set<Object>> wanted = new LinkedHashMap<>();
        for (Object[] row : rows.values()) {
            for (Field f : fieldsOf(row[0])) {
                Object value = read(f, row[0]);
                if (value instanceof HibernateProxy proxy) {
                    wanted.computeIfAbsent(
                                    proxy.getHibernateLazyInitializer().getPersistentClass(), k -> new HashSet<>())
                            .add(proxy.getHibernateLazyInitializer().getIdentifier());
                } else if (value instanceof Collection<?> members) {
                    members.stream()
                            .filter(Reference.class::isInstance)
                            .map(Reference.class::cast)
                            .forEach(m -> wanted.computeIfAbsent(m.type(), k -> new HashSet<>())
                                    .add(m.id()));
                }
            }
        }
        Map<Class<?>, Map<Object, Object>> current = new HashMap<>();
        wanted.forEach((type, ids) -> current.put(type, values.preload(type, ids)));
        for (Object[] row : rows.values()) {
            for (Field f : fieldsOf(row[0])) {
                Object value = read(f, row[0]);
                if (value instanceof HibernateProxy proxy) {
                    Object now = current.getOrDefault(
                                    proxy.getHibernateLazyInitializer().getPersistentClass(), Map.of())
                            .get(proxy.getHibernateLazyInitializer().getIdentifier());
                    if (now != null) {
                        write(f, row[0], now);
                    }
                } else if (value instanceof Collection<?> members
                        && members.stream().anyMatch(Reference.class::isInstance)) {
                    Set<Object> named = new LinkedHashSet<>();
                    for (Object m : members) {
                        if (m instanceof Reference ref) {
                            Object now =
                                    current.getOrDefault(ref.type(), Map.of()).get(ref.id());
                            named.add(now != null ? now : Values.deleted(ref.type(), ref.id()));
                        } else {
                            named.add(m);
                        }
                    }
                    write(f, row[0], named);
                }
            }
        }
    }

    /** A member of a collection of records, before it is read: its kind and id. */
    private record Reference(Class<?> type, Object id) {}

    /**
     * The members of each collection of these records at these revisions, from the collection's
     * audit table: a member belongs at revision r when its latest row up to r is not a removal.
     */
    private void readCollections(Type type, Collection<Long> ids, Collection<Long> revisions) {
        long upTo = revisions.stream().mapToLong(Long::longValue).max().orElse(0);
        for (AuditedTypes.Members members : types.members(type)) {
            @SuppressWarnings("unchecked")
            List<Object[]> history = em.createNativeQuery(
                            "SELECT " + members.ownerColumn() + ", " + members.memberColumn()
                                    + ", rev, revtype FROM " + members.auditTable() + " WHERE " + members.ownerColumn()
                                    + " IN (:ids) AND rev <= :upTo ORDER BY rev")
                    .setParameter("ids", ids)
                    .setParameter("upTo", upTo)
                    .getResultList();
            Map<Long, List<Object[]>> byOwner = new HashMap<>();
            history.forEach(h -> byOwner.computeIfAbsent(((Number) h[0]).longValue(), k -> new ArrayList<>())
                    .add(h));
            for (Map.Entry<Key, Object[]> entry : rows.entrySet()) {
                Key key = entry.getKey();
                if (!key.type().equals(type.name())) {
                    continue;
                }
                Map<Object, Boolean> present = new LinkedHashMap<>();
                for (Object[] h : byOwner.getOrDefault(key.id(), List.of())) {
                    if (((Number) h[2]).longValue() <= key.rev()) {
                        present.put(h[1], ((Number) h[3]).intValue() != 2);
                    }
                }
                Set<Object> at = new LinkedHashSet<>();
                present.forEach((member, in) -> {
                    if (in) {
                        at.add(
                                members.memberType() != null
                                        ? new Reference(members.memberType(), member)
                                        : members.value(member));
                    }
                });
                write(members.field(), entry.getValue()[0], at);
            }
        }
    }

    private List<Field> fieldsOf(Object entity) {
        return types.of(org.hibernate.Hibernate.getClass(entity))
                .map(Type::fields)
                .orElse(List.of());
    }

    private static @Nullable Object read(Field field, Object entity) {
        try {
            return field.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field, e);
        }
    }

    private static void write(Field field, Object entity, Object value) {
        try {
            field.set(entity, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot set " + field, e);
        }
    }
}
