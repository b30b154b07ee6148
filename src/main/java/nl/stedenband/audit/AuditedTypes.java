package nl.stedenband.audit;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Table;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.envers.AuditTable;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.metamodel.MappingMetamodel;
import org.hibernate.persister.collection.AbstractCollectionPersister;
import org.hibernate.persister.collection.CollectionPersister;
import org.jspecify.annotations.Nullable;
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

    /**
     * A collection of an audited entity (tags, participants…) and where Envers keeps its history:
     * one row per member added (revtype 0) or removed (2) in a revision.
     */
    record Members(
            Field field,
            String auditTable,
            String ownerColumn,
            String memberColumn,
            @Nullable Class<?> memberType,
            @Nullable Class<?> valueType) {

        /** A member as read from the audit table: enums by their name, other values as they are. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object value(Object column) {
            if (valueType != null && valueType.isEnum() && column instanceof String name) {
                return Enum.valueOf((Class<Enum>) valueType, name);
            }
            return column;
        }
    }

    private final Map<String, Type> types = new LinkedHashMap<>();
    private final Map<String, List<Members>> members = new LinkedHashMap<>();

    AuditedTypes(EntityManagerFactory emf) {
        MappingMetamodel mapping = emf.unwrap(SessionFactoryImplementor.class).getMappingMetamodel();
        emf.getMetamodel().getEntities().stream()
                .map(e -> e.getJavaType())
                .filter(c -> c.isAnnotationPresent(Audited.class))
                .sorted(Comparator.comparing(Class::getSimpleName))
                .forEach(c -> {
                    Type type = new Type(c.getSimpleName(), label(c.getSimpleName()), c, auditTable(c), fields(c));
                    types.put(type.name(), type);
                    members.put(type.name(), members(type, mapping));
                });
    }

    /** The audited collections of a kind of record. */
    List<Members> members(Type type) {
        return members.getOrDefault(type.name(), List.of());
    }

    private static List<Members> members(Type type, MappingMetamodel mapping) {
        List<Members> found = new ArrayList<>();
        for (Field f : type.fields()) {
            if (!Collection.class.isAssignableFrom(f.getType())) {
                continue;
            }
            CollectionPersister persister =
                    mapping.getCollectionDescriptor(type.entityClass().getName() + "." + f.getName());
            if (!(persister instanceof AbstractCollectionPersister collection)
                    || collection.getKeyColumnNames().length != 1
                    || collection.getElementColumnNames().length != 1) {
                throw new IllegalStateException(
                        f + " is audited but is not a simple collection; the history cannot show it");
            }
            found.add(new Members(
                    f,
                    collection.getTableName() + "_aud",
                    collection.getKeyColumnNames()[0],
                    collection.getElementColumnNames()[0],
                    collection.isManyToMany() ? collection.getElementPersister().getMappedClass() : null,
                    collection.getElementType().getReturnedClass()));
        }
        return List.copyOf(found);
    }

    List<Type> all() {
        return List.copyOf(types.values());
    }

    Optional<Type> find(String name) {
        return Optional.ofNullable(types.get(name));
    }

    Optional<Type> of(Class<?> entityClass) {
        return types.values().stream()
                .filter(t -> t.entityClass().equals(entityClass))
                .findFirst();
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
            if (Modifier.isStatic(f.getModifiers())
                    || Modifier.isTransient(f.getModifiers())
                    || f.isAnnotationPresent(NotAudited.class)
                    || f.isAnnotationPresent(jakarta.persistence.Transient.class)) {
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
