package nl.stedenband.audit;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.stedenband.base.StoredText;
import nl.stedenband.base.Term;
import org.hibernate.Hibernate;
import org.hibernate.proxy.HibernateProxy;
import org.jspecify.annotations.Nullable;

/**
 * Field values as people read them in a history ({@link AuditValue}): related records by their
 * name (as they are now, one lookup per record and call), enums and yes/no as words of the
 * bundles, moments and days to be said in the reader's zone, sets as sorted lists, long texts
 * shortened.
 */
final class Values {

    static final int MAX_LENGTH = 300;
    private static final List<String> LABEL_METHODS = List.of(
            "getDisplayName",
            "getFullName",
            "getName",
            "getTitle",
            "getTopic",
            "personName",
            "getSummary",
            "getDescription");

    private final EntityManager em;
    private final Map<String, AuditValue> labels = new HashMap<>();

    Values(EntityManager em) {
        this.em = em;
    }

    AuditValue format(@Nullable Object value) {
        if (value == null) {
            return AuditValue.NONE;
        }
        if (value instanceof AuditValue said) {
            return said;
        }
        if (value instanceof HibernateProxy proxy) {
            Class<?> type = proxy.getHibernateLazyInitializer().getPersistentClass();
            Object id = proxy.getHibernateLazyInitializer().getIdentifier();
            return labels.computeIfAbsent(type.getName() + "#" + id, k -> {
                Object current = em.find(type, id);
                return current == null ? deleted(type, id) : label(current);
            });
        }
        if (value instanceof Collection<?> collection) {
            return AuditValue.list(collection.stream()
                    .map(this::format)
                    .filter(v -> !v.isEmpty())
                    .toList());
        }
        if (value instanceof Boolean b) {
            return AuditValue.word(b ? "audit.value.yes" : "audit.value.no");
        }
        if (value instanceof Instant instant) {
            return AuditValue.at(instant);
        }
        if (value instanceof LocalDate date) {
            return AuditValue.day(date);
        }
        if (value instanceof BigDecimal decimal) {
            return AuditValue.text(decimal.toPlainString());
        }
        if (value instanceof Enum<?> e) {
            return AuditValue.word(Term.keyOf(e));
        }
        if (value.getClass().isAnnotationPresent(jakarta.persistence.Entity.class)) {
            return label(value);
        }
        if (value instanceof String text && StoredText.isStored(text)) {
            return AuditValue.said(text);
        }
        return AuditValue.text(shortened(value.toString()));
    }

    /**
     * The records of one kind as they are now, by id, read in one query; their names are kept, and
     * so is the mark of those deleted since, so that formatting them later reads nothing.
     */
    Map<Object, Object> preload(Class<?> type, Collection<Object> ids) {
        Map<Object, Object> found = new HashMap<>();
        String entity = em.getMetamodel().entity(type).getName();
        for (Object current : em.createQuery("select e from " + entity + " e where e.id in :ids", type)
                .setParameter("ids", ids)
                .getResultList()) {
            found.put(idOf(current), current);
        }
        for (Object id : ids) {
            Object current = found.get(id);
            labels.put(type.getName() + "#" + id, current == null ? deleted(type, id) : label(current));
        }
        return found;
    }

    static AuditValue deleted(Class<?> type, Object id) {
        return AuditValue.deleted(type.getSimpleName(), ((Number) id).longValue());
    }

    /** A record's name by its usual getter (name, title, topic…), or its kind and id. */
    static AuditValue label(Object entity) {
        Class<?> type = Hibernate.getClass(entity);
        if (isNamedByKey(entity, type)) {
            // an erased contact's name is a bundle key: its kind and id say it in every language
            return idOf(entity) instanceof Number id
                    ? AuditValue.unnamed(type.getSimpleName(), id.longValue())
                    : AuditValue.text(type.getSimpleName());
        }
        for (String name : LABEL_METHODS) {
            try {
                Method method = type.getMethod(name);
                if (method.getReturnType() == String.class) {
                    Object label = method.invoke(entity);
                    if (label instanceof String s && !s.isBlank()) {
                        return AuditValue.record(shortened(s));
                    }
                }
            } catch (NoSuchMethodException e) {
                // try the next way of naming it
            } catch (ReflectiveOperationException | RuntimeException e) {
                break;
            }
        }
        return idOf(entity) instanceof Number id
                ? AuditValue.unnamed(type.getSimpleName(), id.longValue())
                : AuditValue.text(type.getSimpleName());
    }

    private static boolean isNamedByKey(Object entity, Class<?> type) {
        try {
            return type.getMethod("getLabelKey").invoke(entity) != null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    static Object idOf(Object entity) {
        if (entity instanceof HibernateProxy proxy) {
            return proxy.getHibernateLazyInitializer().getIdentifier();
        }
        try {
            return entity.getClass().getMethod("getId").invoke(entity);
        } catch (ReflectiveOperationException e) {
            return "?";
        }
    }

    static String shortened(String s) {
        return s.length() <= MAX_LENGTH ? s : s.substring(0, MAX_LENGTH - 1) + "…";
    }
}
