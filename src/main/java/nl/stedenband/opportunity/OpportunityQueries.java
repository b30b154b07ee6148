package nl.stedenband.opportunity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.stedenband.base.SearchText;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Repository;

/**
 * The list, board and search queries: filtered, sorted and paged in SQL, a fixed number of
 * statements whatever the page size. Sort keys are whitelisted; user input reaches the database
 * only as parameters.
 */
@Repository
class OpportunityQueries {

    /** The stages in their flow order, for sorting by stage. */
    private static final String STAGE_ORDER = "FIELD(o.stage, "
            + Arrays.stream(OpportunityStage.values())
                    .map(s -> "'" + s.name() + "'")
                    .collect(Collectors.joining(", ")) + ")";

    private static final Map<String, String> SORT = Map.of(
            "title", "o.title %s",
            "kind", "o.kind %s",
            "organization", "org.name %s",
            "city", "ci.name %s",
            "owner", "u.display_name %s",
            "stage", STAGE_ORDER + " %s",
            "value", "o.expected_value %s",
            "nextStepOn", "o.next_step_on IS NULL, o.next_step_on %s");

    /** Within a board column: the nearest next step first, then the most recently changed. */
    private static final String CARD_ORDER = "o.next_step_on IS NULL, o.next_step_on, o.modified_at DESC, o.id DESC";

    private final OpportunityRepository opportunities;

    @PersistenceContext
    private EntityManager em;

    OpportunityQueries(OpportunityRepository opportunities) {
        this.opportunities = opportunities;
    }

    /** Two statements: the page's ids in the requested order, then those rows with their names. */
    List<OpportunityListItem> list(OpportunityFilter filter, int offset, int limit, Sort sort) {
        Map<String, Object> params = new HashMap<>();
        String sql = "SELECT o.id FROM opportunity o JOIN organization org ON org.id = o.organization_id"
                + " LEFT JOIN city ci ON ci.id = o.city_id LEFT JOIN app_user u ON u.id = o.owner_id"
                + where(filter, params, true) + " ORDER BY " + orderBy(sort)
                + " LIMIT " + Math.max(0, limit) + " OFFSET " + Math.max(0, offset);
        List<Long> ids = ids(sql, params);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, OpportunityListItem> rows = opportunities.listItems(ids).stream()
                .collect(Collectors.toMap(OpportunityListItem::id, Function.identity()));
        return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
    }

    long count(OpportunityFilter filter) {
        Map<String, Object> params = new HashMap<>();
        Query query =
                em.createNativeQuery("SELECT COUNT(*) FROM opportunity o" + where(filter, params, true), Long.class);
        params.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** One statement: number and value of the matching opportunities per stage, every stage listed. */
    Map<OpportunityStage, StageSummary> summary(OpportunityFilter filter) {
        Map<String, Object> params = new HashMap<>();
        Query query = em.createNativeQuery("SELECT o.stage, COUNT(*), COALESCE(SUM(o.expected_value), 0)"
                + " FROM opportunity o" + where(filter, params, false) + " GROUP BY o.stage");
        params.forEach(query::setParameter);
        Map<OpportunityStage, StageSummary> result = new EnumMap<>(OpportunityStage.class);
        for (OpportunityStage stage : OpportunityStage.values()) {
            result.put(stage, new StageSummary(stage, 0, BigDecimal.ZERO));
        }
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            OpportunityStage stage = OpportunityStage.valueOf((String) r[0]);
            result.put(stage, new StageSummary(stage, ((Number) r[1]).longValue(), toBigDecimal(r[2])));
        }
        return result;
    }

    /** Two statements: the first {@code perStage} ids of every stage (a window over the stages), then their cards. */
    Map<OpportunityStage, List<OpportunityCard>> cards(OpportunityFilter filter, int perStage) {
        Map<String, Object> params = new HashMap<>();
        String sql = "SELECT r.id FROM (SELECT o.id, " + STAGE_ORDER + " AS stage_order,"
                + " ROW_NUMBER() OVER (PARTITION BY o.stage ORDER BY " + CARD_ORDER + ") AS rn"
                + " FROM opportunity o" + where(filter, params, false) + ") r"
                + " WHERE r.rn <= " + Math.max(0, perStage) + " ORDER BY r.stage_order, r.rn";
        List<Long> ids = ids(sql, params);
        Map<OpportunityStage, List<OpportunityCard>> result = new EnumMap<>(OpportunityStage.class);
        for (OpportunityStage stage : OpportunityStage.values()) {
            result.put(stage, new ArrayList<>());
        }
        if (ids.isEmpty()) {
            return result;
        }
        Map<Long, OpportunityCard> cards =
                opportunities.cards(ids).stream().collect(Collectors.toMap(OpportunityCard::id, Function.identity()));
        ids.stream()
                .map(cards::get)
                .filter(Objects::nonNull)
                .forEach(c -> result.computeIfAbsent(c.stage(), s -> new ArrayList<>())
                        .add(c));
        return result;
    }

    /**
     * Opportunities whose title matches, best first: every word as the start of a word in the
     * title (full-text index), or for short words the text as the start of the title (title index).
     */
    List<OpportunityListItem> search(String text, int limit) {
        SearchText words = SearchText.of(text);
        if (words == null || limit <= 0) {
            return List.of();
        }
        Query query;
        if (words.usesFullText()) {
            query = em.createNativeQuery(
                    "SELECT o.id FROM opportunity o"
                            + " WHERE MATCH(o.title) AGAINST (:words IN BOOLEAN MODE)"
                            + " ORDER BY MATCH(o.title) AGAINST (:words IN BOOLEAN MODE) DESC, o.title, o.id LIMIT "
                            + limit,
                    Long.class);
            query.setParameter("words", words.booleanQuery());
        } else {
            query = em.createNativeQuery(
                    "SELECT o.id FROM opportunity o WHERE o.title LIKE :prefix ESCAPE '!'"
                            + " ORDER BY o.title, o.id LIMIT " + limit,
                    Long.class);
            query.setParameter("prefix", words.prefixPattern());
        }
        @SuppressWarnings("unchecked")
        List<Long> ids = ((List<Object>) query.getResultList())
                .stream().map(id -> ((Number) id).longValue()).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, OpportunityListItem> rows = new LinkedHashMap<>();
        opportunities.listItems(ids).forEach(r -> rows.put(r.id(), r));
        return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
    }

    private List<Long> ids(String sql, Map<String, Object> params) {
        Query query = em.createNativeQuery(sql, Long.class);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object> ids = query.getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    private static String where(OpportunityFilter f, Map<String, Object> params, boolean withStage) {
        List<String> where = new ArrayList<>();
        SearchText search = SearchText.of(f.text());
        if (search != null && search.usesFullText()) {
            params.put("words", search.booleanQuery());
            where.add("o.id IN (SELECT m.id FROM ("
                    + "SELECT id FROM opportunity WHERE MATCH(title) AGAINST (:words IN BOOLEAN MODE)"
                    + " UNION SELECT o2.id FROM opportunity o2 JOIN organization org2 ON org2.id = o2.organization_id"
                    + " WHERE MATCH(org2.name) AGAINST (:words IN BOOLEAN MODE)) m)");
        } else if (search != null) {
            params.put("prefix", search.prefixPattern());
            where.add("(o.title LIKE :prefix ESCAPE '!' OR o.organization_id IN"
                    + " (SELECT org2.id FROM organization org2 WHERE org2.name LIKE :prefix ESCAPE '!'))");
        }
        if (f.kind() != null) {
            params.put("kind", f.kind().name());
            where.add("o.kind = :kind");
        }
        if (withStage && f.stage() != null) {
            params.put("stage", f.stage().name());
            where.add("o.stage = :stage");
        }
        if (f.ownerId() != null) {
            params.put("ownerId", f.ownerId());
            where.add("o.owner_id = :ownerId");
        }
        if (f.cityId() != null) {
            params.put("cityId", f.cityId());
            where.add("o.city_id = :cityId");
        }
        if (f.organizationId() != null) {
            params.put("organizationId", f.organizationId());
            where.add("o.organization_id = :organizationId");
        }
        return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    }

    private static String orderBy(Sort sort) {
        List<String> parts = new ArrayList<>();
        for (Sort.Order order : sort) {
            String template = SORT.get(order.getProperty());
            if (template != null) {
                parts.add(String.format(template, order.isAscending() ? "ASC" : "DESC"));
            }
        }
        if (parts.isEmpty()) {
            parts.add(String.format(SORT.get("stage"), "ASC"));
            parts.add(String.format(SORT.get("title"), "ASC"));
        }
        parts.add("o.id");
        return String.join(", ", parts);
    }

    private static BigDecimal toBigDecimal(@Nullable Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    }
}
