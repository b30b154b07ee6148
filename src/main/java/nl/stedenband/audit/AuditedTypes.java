package nl.stedenband.audit;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Table;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.envers.AuditTable;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.springframework.stereotype.Component;

/**
 * Every audited entity of the app, found in the JPA metamodel, so that a new audited entity joins
 * the history without being registered here: its type name, its audit table and the fields its
 * history shows (audited fields of the entity itself, not the bookkeeping of the base class).
 */
@Component
class AuditedTypes {

    /** One audited entity. */
    record Type(String name, String label, Class<?> entityClass, String auditTable, List<Field> fields) {}

    private final Map<String, Type> types = new LinkedHashMap<>();

    AuditedTypes(EntityManagerFactory emf) {
        emf.getMetamodel().getEntities().stream()
                .map(e -> e.getJavaType())
                .filter(c -> c.isAnnotationPresent(Audited.class))
                .sorted(Comparator.comparing(Class::getSimpleName))
                .forEach(c -> types.put(c.getSimpleName(), new Type(
                        c.getSimpleName(), label(c.getSimpleName()), c, auditTable(c), fields(c))));
    }

    List<Type> all() {
        return List.copyOf(types.values());
    }

    Optional<Type> find(String name) {
        return Optional.ofNullable(types.get(name));
    }

    Optional<Type> of(Class<?> entityClass) {
        return types.values().stream().filter(t -> t.entityClass().equals(entityClass)).findFirst();
    }

    private static String auditTable(Class<?> c) {
        AuditTable explicit = c.getAnnotation(AuditTable.class);
        if (explicit != null) {
            return explicit.value();
        }
        Table table = c.getAnnotation(Table.class);
        if (table == null || table.name().isEmpty()) {
            throw new IllegalStateException(c.getName() + " is audited but names no @Table; give it one");
        }
        return table.name() + "_aud";
    }

    private static List<Field> fields(Class<?> c) {
        List<Field> fields = new ArrayList<>();
        for (Field f : c.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())
                    || f.isAnnotationPresent(NotAudited.class) || f.isAnnotationPresent(jakarta.persistence.Transient.class)) {
                continue;
            }
            f.setAccessible(true);
            fields.add(f);
        }
        return List.copyOf(fields);
    }

    /** "TradeMission" → "Trade mission", "firstName" → "First name". */
    static String label(String camel) {
        String spaced = camel.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase();
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
