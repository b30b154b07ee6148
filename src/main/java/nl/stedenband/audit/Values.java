package nl.stedenband.audit;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.Hibernate;
import org.hibernate.proxy.HibernateProxy;
import org.jspecify.annotations.Nullable;

/**
 * Field values as people read them in a history: related records by their name (as they are now,
 * one lookup per record and call), sets as sorted lists, long texts shortened.
 */
final class Values {

    static final int MAX_LENGTH = 300;
    private static final List<String> LABEL_METHODS = List.of(
            "getDisplayName", "getFullName", "getName", "getTitle", "getTopic", "personName", "getSummary", "getDescription");
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final EntityManager em;
    private final Map<String, String> labels = new HashMap<>();

    Values(EntityManager em) {
        this.em = em;
    }

    String format(@Nullable Object value) {
        if (value == null) {
            return "";
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
            return shortened(collection.stream().map(this::format).sorted().collect(Collectors.joining(", ")));
        }
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (value instanceof Instant instant) {
            return INSTANT.format(instant);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value.getClass().isAnnotationPresent(jakarta.persistence.Entity.class)) {
            return label(value);
        }
        return shortened(value.toString());
    }

    /**
     * The records of one kind as they are now, by id, read in one query; their names are kept, and
     * so is the mark of those deleted since, so that formatting them later reads nothing.
     */
    Map<Object, Object> preload(Class<?> type, Collection<Object> ids) {
        Map<Object, Object> found = new HashMap<>();
        String entity = em.getMetamodel().entity(type).getName();
        for (Object current : em.createQuery("select e from " + entity + " e where e.id in :ids", type)
                .setParameter("ids", ids).getResultList()) {
            found.put(idOf(current), current);
        }
        for (Object id : ids) {
            Object current = found.get(id);
            labels.put(type.getName() + "#" + id, current == null ? deleted(type, id) : label(current));
        }
        return found;
    }

    static String deleted(Class<?> type, Object id) {
        return type.getSimpleName() + " #" + id + " (deleted)";
    }

    /** A record's name by its usual getter (name, title, topic…), or its type and id. */
    static String label(Object entity) {
        Class<?> type = Hibernate.getClass(entity);
        for (String name : LABEL_METHODS) {
            try {
                Method method = type.getMethod(name);
                if (method.getReturnType() == String.class) {
                    Object label = method.invoke(entity);
                    if (label instanceof String s && !s.isBlank()) {
                        return shortened(s);
                    }
                }
            } catch (NoSuchMethodException e) {
                // try the next way of naming it
            } catch (ReflectiveOperationException | RuntimeException e) {
                break;
            }
        }
        return type.getSimpleName() + " #" + idOf(entity);
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
