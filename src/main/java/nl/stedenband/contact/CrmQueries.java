package nl.stedenband.contact;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Repository;

/**
 * The list queries: filter, sort and page in SQL, one statement per page with the related names
 * joined in, so that a grid page costs the same whatever its size. Sort keys are whitelisted.
 */
@Repository
class CrmQueries {

    private static final Map<String, String> CONTACT_SORT = Map.of(
            "name", "c.lastName %1$s, c.firstName %1$s",
            "jobTitle", "c.jobTitle %s",
            "email", "c.email %s",
            "organization", "o.name %s",
            "city", "ci.name %s",
            "owner", "u.displayName %s");

    private static final Map<String, String> ORGANIZATION_SORT = Map.of(
            "name", "o.name %s",
            "type", "o.type %s",
            "city", "ci.name %s",
            "sector", "o.sector %s");

    @PersistenceContext
    private EntityManager em;

    List<ContactListItem> contacts(ContactFilter filter, int offset, int limit, Sort sort) {
        Map<String, Object> params = new HashMap<>();
        String jpql = "select new nl.stedenband.contact.ContactListItem(c.id, c.firstName, c.lastName, c.jobTitle,"
                + " c.email, c.phone, o.id, o.name, o.type, ci.name, u.displayName)"
                + " from Contact c left join c.organization o left join c.city ci left join c.owner u"
                + contactWhere(filter, params)
                + orderBy(sort, CONTACT_SORT, "name", "c.id");
        TypedQuery<ContactListItem> query = em.createQuery(jpql, ContactListItem.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    long countContacts(ContactFilter filter) {
        Map<String, Object> params = new HashMap<>();
        boolean needsOrganization = hasText(filter.text()) || filter.organizationType() != null;
        String jpql = "select count(c) from Contact c"
                + (needsOrganization ? " left join c.organization o" : "")
                + contactWhere(filter, params);
        TypedQuery<Long> query = em.createQuery(jpql, Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
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

    private static String contactWhere(ContactFilter f, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        if (hasText(f.text())) {
            params.put("text", contains(f.text()));
            where.add("(c.lastName like :text escape '!' or c.firstName like :text escape '!'"
                    + " or concat(c.firstName, ' ', c.lastName) like :text escape '!'"
                    + " or c.email like :text escape '!' or o.name like :text escape '!')");
        }
        if (f.organizationType() != null) {
            params.put("orgType", f.organizationType());
            where.add("o.type = :orgType");
        }
        if (f.cityId() != null) {
            params.put("cityId", f.cityId());
            where.add("c.city.id = :cityId");
        }
        if (hasText(f.tag())) {
            params.put("tag", f.tag().trim().toLowerCase());
            where.add(":tag member of c.tags");
        }
        if (f.ownerId() != null) {
            params.put("ownerId", f.ownerId());
            where.add("c.owner.id = :ownerId");
        }
        if (f.organizationId() != null) {
            params.put("organizationId", f.organizationId());
            where.add("c.organization.id = :organizationId");
        }
        return where.isEmpty() ? "" : " where " + String.join(" and ", where);
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

    private static boolean hasText(@Nullable String s) {
        return s != null && !s.isBlank();
    }

    /** A LIKE pattern for "contains", with the user's % and _ taken literally. */
    private static String contains(String text) {
        String escaped = text.trim().replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
