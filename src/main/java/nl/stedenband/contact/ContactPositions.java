package nl.stedenband.contact;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Where the unfiltered contact list's rows are, so that a deep page is a short index seek instead
 * of reading and skipping every row before it (OFFSET 100,000 reads 100,000 index entries; sorted
 * by organization it even sorts all 300,000 rows first). Kept per database state:
 * <ul>
 *   <li>the number of contacts (the count above the list),
 *   <li>for the sort by name: every last name whose rows start a new thousand, with the position
 *       of its first row; a page then reads from that name on ({@code last_name >= ?}, the name
 *       index) and skips at most a thousand rows plus the namesakes,
 *   <li>for the sort by organization: each organization's number of contacts in name order, so
 *       a page is read from the one or few organizations it spans, each from its index (within an
 *       organization by last name, the order of {@code ix_contact_organization}).
 * </ul>
 * The database state is a stamp of three values the indexes answer at once: the highest contact
 * id (any insert, also by an import or another node) and the latest audit revision of contacts
 * and of organizations (every change or delete through the app, on any node). The stamp is read
 * in the same statement as a page's ids, so a stale position is noticed and the page read again.
 */
@Component
class ContactPositions {

    static final int STEP = 1_000;

    /** Rows between two name marks; the tests take a small one to page the demo data across many. */
    private volatile int step = STEP;

    static final String STAMP = "(SELECT COALESCE(MAX(id), 0) FROM contact) AS s1,"
            + " (SELECT COALESCE(MAX(rev), 0) FROM contact_aud) AS s2,"
            + " (SELECT COALESCE(MAX(rev), 0) FROM organization_aud) AS s3";

    @PersistenceContext
    private EntityManager em;

    private volatile @Nullable Snapshot snapshot;

    void useStep(int rows) {
        step = rows;
        snapshot = null;
    }

    record Stamp(long maxId, long contactRevision, long organizationRevision) {
        static Stamp of(Object[] row, int from) {
            return new Stamp(((Number) row[from]).longValue(), ((Number) row[from + 1]).longValue(),
                    ((Number) row[from + 2]).longValue());
        }
    }

    /** A group of rows that share a sort key: a last name or an organization (null: no organization). */
    record Group(@Nullable String lastName, @Nullable Long organizationId, long start, long size) {}

    record Snapshot(Stamp stamp, long total, List<Group> byName, List<Group> byOrganization) {}

    /** The number of contacts, from the snapshot when the database has not changed since. */
    long total() {
        Stamp now = Stamp.of((Object[]) em.createNativeQuery("SELECT " + STAMP).getSingleResult(), 0);
        return current(now).total();
    }

    /**
     * The ids of a page of the unfiltered list sorted by name or organization. Returns the page
     * in the requested direction; one statement (two or three when the database changed).
     */
    List<Long> page(boolean byName, boolean ascending, int offset, int limit) {
        Snapshot s = snapshot;
        for (int attempt = 0; attempt < 2; attempt++) {
            if (s == null) {
                s = current(readStamp());
            }
            Result result = read(s, byName, ascending, offset, limit);
            if (result.stamp() == null || result.stamp().equals(s.stamp())) {
                return result.ids();
            }
            s = current(result.stamp());
        }
        return read(s, byName, ascending, offset, limit).ids();
    }

    private record Result(List<Long> ids, @Nullable Stamp stamp) {}

    private Result read(Snapshot s, boolean byName, boolean ascending, int offset, int limit) {
        // descending is the ascending order read from the other end
        long first = ascending ? offset : s.total() - offset - limit;
        long count = ascending ? limit : limit + Math.min(0, first);
        first = Math.max(0, first);
        if (count <= 0 || first >= s.total()) {
            return new Result(List.of(), null);
        }
        List<Group> groups = byName ? s.byName() : s.byOrganization();
        int g = groupAt(groups, first);
        Group from = groups.get(g);
        long skip = first - from.start();
        List<Object[]> rows;
        if (byName) {
            rows = rows(em.createNativeQuery("SELECT p.id, " + STAMP + " FROM (SELECT c.id FROM contact c"
                            + " WHERE c.last_name >= :lastName ORDER BY c.last_name, c.first_name, c.id"
                            + " LIMIT " + count + " OFFSET " + skip + ") p")
                    .setParameter("lastName", from.lastName())
                    .getResultList());
        } else {
            // the organizations the page spans, each read from its own index, in one statement
            StringBuilder sql = new StringBuilder("SELECT p.id, " + STAMP + " FROM (");
            long wanted = count;
            long offsetInGroup = skip;
            int part = 0;
            for (int i = g; i < groups.size() && wanted > 0; i++, part++) {
                Group group = groups.get(i);
                long take = Math.min(wanted, group.size() - offsetInGroup);
                sql.append(part == 0 ? "" : " UNION ALL ")
                        .append("(SELECT c.id, c.last_name, ").append(part).append(" AS part FROM contact c WHERE ")
                        .append(group.organizationId() == null ? "c.organization_id IS NULL" : "c.organization_id = " + group.organizationId())
                        .append(" ORDER BY c.last_name, c.id LIMIT ").append(take).append(" OFFSET ").append(offsetInGroup).append(')');
                wanted -= take;
                offsetInGroup = 0;
            }
            sql.append(") p ORDER BY p.part, p.last_name, p.id");
            rows = rows(em.createNativeQuery(sql.toString()).getResultList());
        }
        List<Long> ids = new ArrayList<>(rows.size());
        rows.forEach(r -> ids.add(((Number) r[0]).longValue()));
        if (!ascending) {
            java.util.Collections.reverse(ids);
        }
        return new Result(ids, rows.isEmpty() ? null : Stamp.of(rows.getFirst(), 1));
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

    /** The snapshot for this database state, rebuilt when it changed (a full index scan or two, once). */
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
            s = build(stamp);
            snapshot = s;
            return s;
        }
    }

    private Snapshot build(Stamp stamp) {
        // last names whose rows contain a multiple of STEP (or start the list), with their first position
        List<Object[]> names = rows(em.createNativeQuery("SELECT last_name, start, n FROM ("
                + "SELECT last_name, n, SUM(n) OVER (ORDER BY last_name ROWS UNBOUNDED PRECEDING) - n AS start"
                + " FROM (SELECT last_name, COUNT(*) AS n FROM contact GROUP BY last_name) g) r"
                + " WHERE start = 0 OR FLOOR((start + n - 1) / " + step + ") > FLOOR((start - 1) / " + step + ")"
                + " ORDER BY start").getResultList());
        List<Group> byName = new ArrayList<>(names.size());
        names.forEach(r -> byName.add(new Group((String) r[0], null, ((Number) r[1]).longValue(), ((Number) r[2]).longValue())));
        // every organization with contacts, in the list's order: no organization first, then by name
        List<Object[]> orgs = rows(em.createNativeQuery("SELECT g.organization_id, g.n FROM"
                + " (SELECT organization_id, COUNT(*) AS n FROM contact GROUP BY organization_id) g"
                + " LEFT JOIN organization o ON o.id = g.organization_id ORDER BY o.name, g.organization_id").getResultList());
        List<Group> byOrganization = new ArrayList<>(orgs.size());
        long start = 0;
        for (Object[] r : orgs) {
            long n = ((Number) r[1]).longValue();
            byOrganization.add(new Group(null, r[0] == null ? null : ((Number) r[0]).longValue(), start, n));
            start += n;
        }
        return new Snapshot(stamp, start, List.copyOf(byName), List.copyOf(byOrganization));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }
}
