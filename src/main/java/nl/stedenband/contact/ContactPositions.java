package nl.stedenband.contact;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Where the unfiltered contact list's rows are, so that a deep page is a short index seek instead
 * of reading and skipping every row before it (OFFSET 100,000 reads 100,000 index entries; sorted
 * by organization, city or owner it even sorts all 300,000 rows first). Kept per database state and
 * per sort, each worked out the first time a page in that sort is asked for:
 * <ul>
 *   <li>the number of contacts (the count above the list),
 *   <li>by name: every last name whose rows start a new step (a thousand rows), with the position
 *       of its first row; a page then reads from that name on ({@code last_name >= ?}, the name
 *       index) and skips at most a step plus the namesakes,
 *   <li>by organization: each organization's number of contacts in name order, so a page is read
 *       from the one or few organizations it spans, each from its index (within an organization
 *       by last name, the order of {@code ix_contact_organization}),
 *   <li>by city and by owner: each city's (owner's) contacts in id order, the order of its index
 *       ({@code ix_contact_city}, {@code ix_contact_owner}: the key, then the primary key), cut into
 *       steps by the id that starts each; a page reads from that id on ({@code city_id = ? AND id
 *       >= ?}) and skips less than a step. A city holds a hundred thousand contacts, so its count
 *       alone would leave a deep page reading that many index entries.
 * </ul>
 * The database state is a stamp of three values the indexes answer at once: the highest contact
 * id (any insert, also by an import or another node) and the latest audit revision of contacts
 * and of organizations (every change or delete through the app, on any node). The stamp is read
 * in the same statement as a page's ids, so a stale position is noticed and the page read again.
 */
@Component
class ContactPositions {

    /** The sorts read by seeking; each matches its order in {@code CrmQueries}, ties broken by id. */
    enum Order {
        NAME,
        ORGANIZATION,
        CITY,
        OWNER
    }

    static final String STAMP = "(SELECT COALESCE(MAX(id), 0) FROM contact) AS s1,"
            + " (SELECT COALESCE(MAX(rev), 0) FROM contact_aud) AS s2,"
            + " (SELECT COALESCE(MAX(rev), 0) FROM organization_aud) AS s3";

    private final EntityManager em;
    private final int step;

    private volatile @Nullable Snapshot snapshot;

    ContactPositions(EntityManager em, ContactListSettings settings) {
        this.em = em;
        this.step = settings.positionStep();
    }

    record Stamp(long maxId, long contactRevision, long organizationRevision) {
        static Stamp of(Object[] row, int from) {
            return new Stamp(
                    ((Number) row[from]).longValue(),
                    ((Number) row[from + 1]).longValue(),
                    ((Number) row[from + 2]).longValue());
        }
    }

    /**
     * Consecutive rows in the list's order that are read together: from a last name on (by name), or
     * one organization's contacts, or a city's (owner's) contacts from the id {@code fromId} on. A
     * null key with the name null stands for the contacts without an organization, city or owner.
     */
    record Group(@Nullable String lastName, @Nullable Long key, long fromId, long start, long size) {}

    /** The positions for one database state; those of a sort are added when it is first read. */
    record Snapshot(Stamp stamp, long total, Map<Order, List<Group>> groups) {}

    /** The number of contacts, from the snapshot when the database has not changed since. */
    long total() {
        return current(readStamp()).total();
    }

    /**
     * The ids of a page of the unfiltered list in one of the seekable sorts. Returns the page in the
     * requested direction; one statement (two or three when the database changed or the sort is read
     * for the first time since).
     */
    List<Long> page(Order order, boolean ascending, int offset, int limit) {
        Snapshot s = snapshot;
        if (s == null) {
            s = current(readStamp());
        }
        for (int attempt = 0; attempt < 2; attempt++) {
            Result result = read(s, order, ascending, offset, limit);
            if (result.stamp() == null || result.stamp().equals(s.stamp())) {
                return result.ids();
            }
            s = current(result.stamp());
        }
        return read(s, order, ascending, offset, limit).ids();
    }

    private record Result(List<Long> ids, @Nullable Stamp stamp) {}

    private Result read(Snapshot s, Order order, boolean ascending, int offset, int limit) {
        // descending is the ascending order read from the other end
        long first = ascending ? offset : s.total() - offset - limit;
        long count = ascending ? limit : limit + Math.min(0, first);
        first = Math.max(0, first);
        if (count <= 0 || first >= s.total()) {
            return new Result(List.of(), null);
        }
        List<Group> groups = groups(s, order);
        int g = groupAt(groups, first);
        Group from = groups.get(g);
        long skip = first - from.start();
        List<Object[]> rows;
        if (order == Order.NAME) {
            rows = rows(em.createNativeQuery("SELECT p.id, " + STAMP + " FROM (SELECT c.id FROM contact c"
                            + " WHERE c.last_name >= :lastName ORDER BY c.last_name, c.first_name, c.id"
                            + " LIMIT " + count + " OFFSET " + skip + ") p")
                    .setParameter("lastName", from.lastName())
                    .getResultList());
        } else {
            rows = rows(em.createNativeQuery(spanning(groups, g, order, count, skip))
                    .getResultList());
        }
        List<Long> ids = new ArrayList<>(rows.size());
        rows.forEach(r -> ids.add(((Number) r[0]).longValue()));
        if (!ascending) {
            Collections.reverse(ids);
        }
        return new Result(ids, rows.isEmpty() ? null : Stamp.of(rows.getFirst(), 1));
    }

    /** The groups a page spans, each read from its own index, in one statement. */
    private static String spanning(List<Group> groups, int g, Order order, long count, long skip) {
        String column = switch (order) {
            case ORGANIZATION -> "organization_id";
            case CITY -> "city_id";
            case OWNER -> "owner_id";
            case NAME -> throw new IllegalArgumentException("by name reads from a last name on");
        };
        StringBuilder sql = new StringBuilder("SELECT p.id, " + STAMP + " FROM (");
        long wanted = count;
        long offsetInGroup = skip;
        int part = 0;
        for (int i = g; i < groups.size() && wanted > 0; i++, part++) {
            Group group = groups.get(i);
            long take = Math.min(wanted, group.size() - offsetInGroup);
            sql.append(part == 0 ? "" : " UNION ALL ")
                    // by city or owner the id alone: the key's index holds it, so no row is read
                    .append("(SELECT c.id, ")
                    .append(order == Order.ORGANIZATION ? "c.last_name, " : "")
                    .append(part)
                    .append(" AS part FROM contact c WHERE c.")
                    .append(column)
                    .append(group.key() == null ? " IS NULL" : " = " + group.key());
            if (order == Order.ORGANIZATION) {
                sql.append(" ORDER BY c.last_name, c.id");
            } else {
                sql.append(" AND c.id >= ").append(group.fromId()).append(" ORDER BY c.id");
            }
            sql.append(" LIMIT ")
                    .append(take)
                    .append(" OFFSET ")
                    .append(offsetInGroup)
                    .append(')');
            wanted -= take;
            offsetInGroup = 0;
        }
        sql.append(") p ORDER BY p.part, ").append(order == Order.ORGANIZATION ? "p.last_name, p.id" : "p.id");
        return sql.toString();
    }

    private static int groupAt(List<Group> groups, long position) {
        int low = 0;
        int high = groups.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (groups.get(mid).start() <= position) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private Stamp readStamp() {
        return Stamp.of((Object[]) em.createNativeQuery("SELECT " + STAMP).getSingleResult(), 0);
    }

    /** The snapshot for this database state, started again when it changed (one count). */
    private Snapshot current(Stamp stamp) {
        Snapshot s = snapshot;
        if (s != null && s.stamp().equals(stamp)) {
            return s;
        }
        synchronized (this) {
            s = snapshot;
            if (s != null && s.stamp().equals(stamp)) {
                return s;
            }
            long total = ((Number)
                            em.createNativeQuery("SELECT COUNT(*) FROM contact").getSingleResult())
                    .longValue();
            s = new Snapshot(stamp, total, new ConcurrentHashMap<>());
            snapshot = s;
            return s;
        }
    }

    private List<Group> groups(Snapshot s, Order order) {
        List<Group> groups = s.groups().get(order);
        if (groups != null) {
            return groups;
        }
        synchronized (this) {
            return s.groups().computeIfAbsent(order, this::build);
        }
    }

    /** One sort's groups (a full index scan or two). */
    private List<Group> build(Order order) {
        List<Group> groups = new ArrayList<>();
        switch (order) {
            case NAME -> {
                // last names whose rows contain a multiple of the step (or start the list), with their first position
                List<Object[]> names = rows(em.createNativeQuery("SELECT last_name, start, n FROM ("
                                + "SELECT last_name, n, SUM(n) OVER (ORDER BY last_name ROWS UNBOUNDED PRECEDING) - n AS start"
                                + " FROM (SELECT last_name, COUNT(*) AS n FROM contact GROUP BY last_name) g) r"
                                + " WHERE start = 0 OR FLOOR((start + n - 1) / " + step + ") > FLOOR((start - 1) / "
                                + step + ")"
                                + " ORDER BY start")
                        .getResultList());
                names.forEach(r -> groups.add(
                        new Group((String) r[0], null, 0, ((Number) r[1]).longValue(), ((Number) r[2]).longValue())));
            }
            case ORGANIZATION -> {
                // every organization with contacts, in the list's order: no organization first, then by name
                List<Object[]> orgs = rows(em.createNativeQuery(
                                "SELECT g.organization_id, g.n FROM"
                                        + " (SELECT organization_id, COUNT(*) AS n FROM contact GROUP BY organization_id) g"
                                        + " LEFT JOIN organization o ON o.id = g.organization_id ORDER BY o.name, g.organization_id")
                        .getResultList());
                long start = 0;
                for (Object[] r : orgs) {
                    long n = ((Number) r[1]).longValue();
                    groups.add(new Group(null, key(r[0]), 0, start, n));
                    start += n;
                }
            }
            case CITY -> steps(groups, "city_id", "city", "name");
            case OWNER -> steps(groups, "owner_id", "app_user", "display_name");
        }
        return List.copyOf(groups);
    }

    /**
     * Every step-th contact of each key in id order (and each key's first), the keys in the list's
     * order; each becomes a group that runs to the next one.
     */
    private void steps(List<Group> groups, String column, String keyTable, String keyName) {
        List<Object[]> marks =
                rows(em.createNativeQuery("SELECT r.k, r.id, r.n FROM (SELECT c." + column + " AS k, c.id,"
                                + " ROW_NUMBER() OVER (PARTITION BY c." + column + " ORDER BY c.id) - 1 AS rn,"
                                + " COUNT(*) OVER (PARTITION BY c." + column + ") AS n FROM contact c) r"
                                + " LEFT JOIN " + keyTable + " k ON k.id = r.k WHERE MOD(r.rn, " + step + ") = 0"
                                + " ORDER BY k." + keyName + ", r.k, r.id")
                        .getResultList());
        long start = 0;
        long keyStart = 0;
        for (int i = 0; i < marks.size(); i++) {
            Object[] r = marks.get(i);
            Long key = key(r[0]);
            long n = ((Number) r[2]).longValue();
            if (i == 0 || !Objects.equals(key, key(marks.get(i - 1)[0]))) {
                keyStart = start;
            }
            long offsetInKey = start - keyStart;
            long size = Math.min(step, n - offsetInKey);
            groups.add(new Group(null, key, ((Number) r[1]).longValue(), start, size));
            start += size;
        }
    }

    private static @Nullable Long key(@Nullable Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }
}
