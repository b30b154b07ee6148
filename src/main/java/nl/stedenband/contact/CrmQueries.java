package nl.stedenband.contact;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.stedenband.base.SearchText;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.lang.Contract;
import org.springframework.stereotype.Repository;

/**
 * The list queries: filter, sort and page in SQL, a fixed number of statements per page with the
 * related names joined in, so that a grid page costs the same whatever its size. Sort keys are
 * whitelisted; user input only ever reaches the database as parameters.
 */
@Repository
class CrmQueries {

    private static final Map<String, String> CONTACT_SORT = Map.of(
            "name", "c.last_name %1$s, c.first_name %1$s",
            "jobTitle", "c.job_title %s",
            "email", "c.email %s",
            "organization", "o.name %1$s, c.organization_id %1$s, c.last_name %1$s",
            // the key's id after its name: the order the city and owner indexes give within one name
            "city", "ci.name %1$s, c.city_id %1$s",
            "owner", "u.display_name %1$s, c.owner_id %1$s",
            "gdprBasis", "c.gdpr_basis %s",
            "consentDate", "c.consent_date %s");

    private static final Map<String, String> ORGANIZATION_SORT = Map.of(
            "name", "o.name %s",
            "type", "o.type %s",
            "city", "ci.name %s",
            "sector", "o.sector %s");

    private final EntityManager em;

    /**
     * Search words that match more contacts than this are a broad search: the list shows "more than
     * 1,000" instead of counting them all.
     */
    private final int broad;

    /** How many contacts words match by name (e-mail) and by organization, each counted up to one more than broad. */
    private record Breadth(long byName, long byOrganization) {}

    private final ContactPositions positions;

    CrmQueries(ContactPositions positions, EntityManager em, ContactListSettings settings) {
        this.positions = positions;
        this.em = em;
        this.broad = settings.broadSearchFrom();
    }

    /**
     * Two statements per page, whatever its size: the page's ids in the requested order (from the
     * indexes, so deep pages stay cheap), then those rows with their organization, city and owner.
     */
    List<ContactListItem> contacts(ContactFilter filter, int offset, int limit, Sort sort) {
        Sort.Order seek = seekable(sort);
        ContactPositions.Order seekOrder = seek == null ? null : SEEKABLE.get(seek.getProperty());
        List<Long> ids = isUnfiltered(filter) && seek != null && seekOrder != null
                ? positions.page(seekOrder, seek.isAscending(), Math.max(0, offset), Math.max(0, limit))
                : pageIds(filter, offset, limit, sort);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ContactListItem> rows = new HashMap<>();
        em.createQuery(
                        "select new nl.stedenband.contact.ContactListItem(c.id, c.firstName, c.lastName, c.labelKey, c.jobTitle,"
                                + " c.email, c.phone, o.id, o.name, o.type, ci.name, u.displayName, c.gdprBasis, c.consentDate)"
                                + " from Contact c left join c.organization o left join c.city ci left join c.owner u"
                                + " where c.id in :ids",
                        ContactListItem.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> rows.put(row.id(), row));
        return ids.stream().map(rows::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The page's ids by OFFSET: for filtered lists (which the filter keeps short) and the other sort keys. */
    private List<Long> pageIds(ContactFilter filter, int offset, int limit, Sort sort) {
        Map<String, Object> params = new HashMap<>();
        String order = nativeOrderBy(sort);
        SearchText search = SearchText.of(filter.text());
        Sort.Order seek = seekable(sort);
        String sql = search != null && search.usesFullText() && seek != null && "name".equals(seek.getProperty())
                ? searchByName(filter, search, order, offset, limit, params)
                : "SELECT c.id FROM contact c" + contactJoins(filter, order) + contactWhere(filter, params)
                        + " ORDER BY " + order + " LIMIT " + Math.max(0, limit) + " OFFSET " + Math.max(0, offset);
        var idQuery = em.createNativeQuery(sql, Long.class);
        params.forEach(idQuery::setParameter);
        @SuppressWarnings("unchecked")
        List<Long> ids = idQuery.getResultList();
        return ids;
    }

    /**
     * A search by words, sorted by name: the contacts matching by their own name or e-mail and those
     * matching by their organization's name are each sorted and cut to the page's end on their own
     * (each from its own full-text index), then merged. Sorting the union of both sets first read
     * every match twice; a broad search (thousands of matches) costs a third less this way.
     */
    private static String searchByName(
            ContactFilter filter, SearchText search, String order, int offset, int limit, Map<String, Object> params) {
        params.put("words", search.booleanQuery());
        String joins = contactJoins(filter, order);
        List<String> others = otherConditions(filter, params);
        long end = (long) Math.max(0, offset) + Math.max(0, limit);
        Function<String, String> sortedUpToEnd =
                match -> "(SELECT c.id, c.last_name, c.first_name FROM contact c" + joins
                        + " WHERE "
                        + String.join(
                                " AND ",
                                Stream.concat(Stream.of(match), others.stream()).toList())
                        + " ORDER BY " + order + " LIMIT " + end + ")";
        return "SELECT u.id FROM ("
                + sortedUpToEnd.apply("MATCH(c.first_name, c.last_name, c.email) AGAINST (:words IN BOOLEAN MODE)")
                + " UNION "
                + sortedUpToEnd.apply("c.organization_id IN (SELECT o2.id FROM organization o2"
                        + " WHERE MATCH(o2.name) AGAINST (:words IN BOOLEAN MODE))")
                + ") u ORDER BY " + order.replace("c.", "u.") + " LIMIT " + Math.max(0, limit) + " OFFSET "
                + Math.max(0, offset);
    }

    private static final Map<String, ContactPositions.Order> SEEKABLE = Map.of(
            "name", ContactPositions.Order.NAME,
            "organization", ContactPositions.Order.ORGANIZATION,
            "city", ContactPositions.Order.CITY,
            "owner", ContactPositions.Order.OWNER);

    /** A sort by one key that {@link ContactPositions} pages by seeking (or none: by name). */
    private static Sort.@Nullable Order seekable(Sort sort) {
        List<Sort.Order> known = sort.stream()
                .filter(o -> CONTACT_SORT.containsKey(o.getProperty()))
                .toList();
        if (known.isEmpty()) {
            return Sort.Order.asc("name");
        }
        return known.size() == 1 && SEEKABLE.containsKey(known.getFirst().getProperty()) ? known.getFirst() : null;
    }

    private static boolean isUnfiltered(ContactFilter f) {
        // through the canonical constructor: a part added to the filter later cannot be forgotten here
        return new ContactFilter(
                        hasText(f.text()) ? f.text() : null,
                        f.organizationType(),
                        f.cityId(),
                        hasText(f.tag()) ? f.tag() : null,
                        f.ownerId(),
                        f.organizationId(),
                        f.gdprBasis(),
                        f.consentBefore())
                .equals(ContactFilter.NONE);
    }

    long countContacts(ContactFilter filter) {
        if (isUnfiltered(filter)) {
            return positions.total();
        }
        Map<String, Object> params = new HashMap<>();
        var query = em.createNativeQuery(
                "SELECT COUNT(*) FROM contact c" + contactJoins(filter, "") + contactWhere(filter, params), Long.class);
        params.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    /**
     * The count above the list: exact, except for a search by words alone that matches more than
     * {@link ContactListSettings#broadSearchFrom()} contacts by name or by organization, which is "more than 1,000" — counting all
     * of them would cost as much as the page itself many times over.
     */
    ContactCount countForList(ContactFilter filter) {
        SearchText search = SearchText.of(filter.text());
        if (search != null && search.usesFullText() && isUnfiltered(filter.withText(null))) {
            Breadth breadth = measure(search);
            if (Math.max(breadth.byName(), breadth.byOrganization()) > broad) {
                return new ContactCount(broad, true);
            }
        }
        return new ContactCount(countContacts(filter), false);
    }

    /** The contacts the words match by name and by organization, each counted up to one more than broad. */
    private Breadth measure(SearchText search) {
        Object[] counts = (Object[]) em.createNativeQuery("SELECT"
                        + " (SELECT COUNT(*) FROM (SELECT id FROM contact"
                        + " WHERE MATCH(first_name, last_name, email) AGAINST (:words IN BOOLEAN MODE) LIMIT :cap) n),"
                        + " (SELECT COUNT(*) FROM (SELECT c.id FROM contact c JOIN organization o ON o.id = c.organization_id"
                        + " WHERE MATCH(o.name) AGAINST (:words IN BOOLEAN MODE) LIMIT :cap) o)")
                .setParameter("words", search.booleanQuery())
                .setParameter("cap", broad + 1)
                .getSingleResult();
        return new Breadth(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
    }

    List<OrganizationListItem> organizations(OrganizationFilter filter, int offset, int limit, Sort sort) {
        Map<String, Object> params = new HashMap<>();
        String jpql = "select new nl.stedenband.contact.OrganizationListItem(o.id, o.name, o.type, ci.name, o.sector,"
                + " o.website, (select count(c) from Contact c where c.organization = o))"
                + " from Organization o left join o.city ci"
                + organizationWhere(filter, params)
                + orderBy(sort, ORGANIZATION_SORT, "name", "o.id");
        TypedQuery<OrganizationListItem> query = em.createQuery(jpql, OrganizationListItem.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    long countOrganizations(OrganizationFilter filter) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> query =
                em.createQuery("select count(o) from Organization o" + organizationWhere(filter, params), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String contactJoins(ContactFilter f, String order) {
        StringBuilder joins = new StringBuilder();
        if (f.organizationType() != null || order.contains("o.")) {
            joins.append(" LEFT JOIN organization o ON o.id = c.organization_id");
        }
        if (order.contains("ci.")) {
            joins.append(" LEFT JOIN city ci ON ci.id = c.city_id");
        }
        if (order.contains("u.")) {
            joins.append(" LEFT JOIN app_user u ON u.id = c.owner_id");
        }
        return joins.toString();
    }

    private static String contactWhere(ContactFilter f, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        SearchText search = SearchText.of(f.text());
        if (search != null && search.usesFullText()) {
            params.put("words", search.booleanQuery());
            where.add("c.id IN (SELECT m.id FROM ("
                    + "SELECT id FROM contact WHERE MATCH(first_name, last_name, email) AGAINST (:words IN BOOLEAN MODE)"
                    + " UNION SELECT c2.id FROM contact c2 JOIN organization o2 ON o2.id = c2.organization_id"
                    + " WHERE MATCH(o2.name) AGAINST (:words IN BOOLEAN MODE)) m)");
        } else if (search != null) {
            params.put("prefix", search.prefixPattern());
            where.add("c.last_name LIKE :prefix ESCAPE '!'");
        }
        where.addAll(otherConditions(f, params));
        return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    }

    /** The conditions of the filter other than its text. */
    private static List<String> otherConditions(ContactFilter f, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        if (f.organizationType() != null) {
            params.put("orgType", f.organizationType().name());
            where.add("o.type = :orgType");
        }
        if (f.cityId() != null) {
            params.put("cityId", f.cityId());
            where.add("c.city_id = :cityId");
        }
        if (hasText(f.tag())) {
            params.put("tag", f.tag().trim().toLowerCase());
            where.add("EXISTS (SELECT 1 FROM contact_tag t WHERE t.contact_id = c.id AND t.tag = :tag)");
        }
        if (f.ownerId() != null) {
            params.put("ownerId", f.ownerId());
            where.add("c.owner_id = :ownerId");
        }
        if (f.organizationId() != null) {
            params.put("organizationId", f.organizationId());
            where.add("c.organization_id = :organizationId");
        }
        if (f.gdprBasis() != null) {
            params.put("gdprBasis", f.gdprBasis().name());
            where.add("c.gdpr_basis = :gdprBasis");
        }
        if (f.consentBefore() != null) {
            params.put("consentBefore", f.consentBefore());
            where.add("c.consent_date < :consentBefore");
        }
        return where;
    }

    /** The tie-breaker runs in the direction of the first key, so MariaDB can read a name index backwards. */
    private static String nativeOrderBy(Sort sort) {
        List<String> parts = new ArrayList<>();
        String direction = null;
        for (Sort.Order order : sort) {
            String template = CONTACT_SORT.get(order.getProperty());
            if (template != null) {
                String dir = order.isAscending() ? "ASC" : "DESC";
                parts.add(String.format(template, dir));
                direction = direction == null ? dir : direction;
            }
        }
        if (parts.isEmpty()) {
            parts.add(String.format(CONTACT_SORT.get("name"), "ASC"));
            direction = "ASC";
        }
        parts.add("c.id " + direction);
        return String.join(", ", parts);
    }

    private static String organizationWhere(OrganizationFilter f, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        if (hasText(f.text())) {
            params.put("text", contains(f.text()));
            where.add("(o.name like :text escape '!' or o.sector like :text escape '!')");
        }
        if (f.type() != null) {
            params.put("type", f.type());
            where.add("o.type = :type");
        }
        if (f.cityId() != null) {
            params.put("cityId", f.cityId());
            where.add("o.city.id = :cityId");
        }
        if (hasText(f.tag())) {
            params.put("tag", f.tag().trim().toLowerCase());
            where.add(":tag member of o.tags");
        }
        return where.isEmpty() ? "" : " where " + String.join(" and ", where);
    }

    private static String orderBy(Sort sort, Map<String, String> keys, String defaultKey, String tieBreaker) {
        List<String> parts = new ArrayList<>();
        for (Sort.Order order : sort) {
            String template = keys.get(order.getProperty());
            if (template != null) {
                parts.add(String.format(template, order.isAscending() ? "asc" : "desc"));
            }
        }
        if (parts.isEmpty()) {
            parts.add(String.format(keys.get(defaultKey), "asc"));
        }
        parts.add(tieBreaker);
        return " order by " + String.join(", ", parts);
    }

    @Contract("null -> false")
    private static boolean hasText(@Nullable String s) {
        return s != null && !s.isBlank();
    }

    /** A LIKE pattern for "contains", with the user's % and _ taken literally. */
    private static String contains(String text) {
        String escaped = text.trim().replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
