package nl.stedenband.audit;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Entity;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import nl.stedenband.base.AuditedEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every business entity keeps a history, including the ones added later: an entity extending
 * {@link AuditedEntity} without {@code @Audited} fails here by name. (Its audit table comes from a
 * Flyway migration; without it the app does not start, as Hibernate validates the schema.)
 */
class AuditCoverageTest {

    @Test
    void everyBusinessEntityIsAudited() throws ClassNotFoundException {
        List<Class<?>> entities = businessEntities();

        assertThat(entities)
                .extracting(Class::getSimpleName)
                .contains("Contact", "Organization", "TradeMission", "AppUser");
        assertThat(entities)
                .filteredOn(c -> !c.isAnnotationPresent(Audited.class))
                .as("entities extending AuditedEntity without @Audited (add it and a <table>_aud migration)")
                .isEmpty();
    }

    @Test
    void secretsAreNeverAudited() throws ClassNotFoundException {
        List<String> auditedSecrets = new ArrayList<>();
        for (Class<?> entity : businessEntities()) {
            for (Field f : entity.getDeclaredFields()) {
                if (f.getName().matches("(?i).*(hash|secret|token|recoverycode|totpkey|salt).*")
                        && !f.isAnnotationPresent(NotAudited.class)) {
                    auditedSecrets.add(entity.getSimpleName() + "." + f.getName());
                }
            }
        }
        assertThat(auditedSecrets).as("secret fields without @NotAudited").isEmpty();
    }

    static List<Class<?>> businessEntities() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
        List<Class<?>> entities = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("nl.stedenband")) {
            Class<?> type = ClassUtils.forName(
                    requireNonNull(candidate.getBeanClassName()), AuditCoverageTest.class.getClassLoader());
            if (AuditedEntity.class.isAssignableFrom(type)) {
                entities.add(type);
            }
        }
        return entities;
    }
}
