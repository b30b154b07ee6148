package nl.stedenband.base;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.proxy.HibernateProxy;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * Base of all business data: who created and last changed a record and when, and a version for
 * optimistic locking, so that a stale save is refused instead of silently overwriting.
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @CreatedDate
    @Column(name = "created_at", nullable = false, updatable = false)
    private @Nullable Instant createdAt;

    @CreatedBy
    @Column(name = "created_by", length = 64, updatable = false)
    private @Nullable String createdBy;

    @LastModifiedDate
    @Column(name = "modified_at", nullable = false)
    private @Nullable Instant modifiedAt;

    @LastModifiedBy
    @Column(name = "modified_by", length = 64)
    private @Nullable String modifiedBy;

    public @Nullable Long getId() {
        return id;
    }

    /**
     * The id of a stored record: anything a repository or service returned, or a record after its
     * save. Code that works with such records uses this; {@link #getId()} stays nullable for JPA and
     * for telling a new record from a stored one.
     *
     * @throws IllegalStateException for a record that was never saved, a programming error
     */
    // final, so that on a lazy proxy it runs on the proxy itself, whose getId() answers without loading
    public final long id() {
        Long value = getId();
        if (value == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " has no id before it is saved");
        }
        return value;
    }

    /**
     * A value that validation or the constructor requires, for the accessor of a stored record: the
     * field itself stays nullable because JPA and a form's blank record start without it.
     *
     * @throws IllegalStateException when the value is missing, a programming error
     */
    protected final <T> T required(@Nullable T value, String property) {
        if (value == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " " + getId() + " has no " + property);
        }
        return value;
    }

    public long getVersion() {
        return version;
    }

    public @Nullable Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable String getCreatedBy() {
        return createdBy;
    }

    public @Nullable Instant getModifiedAt() {
        return modifiedAt;
    }

    public @Nullable String getModifiedBy() {
        return modifiedBy;
    }

    public boolean isNew() {
        return id == null;
    }

    // Identity is the database id: two unsaved instances are never equal.
    @Override
    public final boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || effectiveClass(this) != effectiveClass(other)) {
            return false;
        }
        return id != null && Objects.equals(id, ((AuditedEntity) other).getId());
    }

    @Override
    public final int hashCode() {
        return effectiveClass(this).hashCode();
    }

    private static Class<?> effectiveClass(Object o) {
        return o instanceof HibernateProxy proxy
                ? proxy.getHibernateLazyInitializer().getPersistentClass()
                : o.getClass();
    }
}
