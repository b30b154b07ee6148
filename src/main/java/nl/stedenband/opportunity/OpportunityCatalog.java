package nl.stedenband.opportunity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.stedenband.base.Phrase;
import nl.stedenband.base.RecordCatalog;
import nl.stedenband.base.RecordLink;
import nl.stedenband.security.CurrentUser;
import nl.stedenband.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Opportunities for links and the global search: every signed-in role reads them. */
@Component
class OpportunityCatalog implements RecordCatalog {

    private final OpportunityRepository opportunities;
    private final OpportunityQueries queries;

    OpportunityCatalog(OpportunityRepository opportunities, OpportunityQueries queries) {
        this.opportunities = opportunities;
        this.queries = queries;
    }

    @Override
    public String type() {
        return OpportunityService.SUBJECT_TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RecordLink> find(long id) {
        if (!mayRead()) {
            return Optional.empty();
        }
        return opportunities.listItems(List.of(id)).stream().findFirst().map(this::link);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, RecordLink> findAll(Collection<Long> ids) {
        if (!mayRead() || ids.isEmpty()) {
            return Map.of();
        }
        return opportunities.listItems(List.copyOf(ids)).stream()
                .collect(Collectors.toMap(OpportunityListItem::id, this::link));
    }

    @Override
    @Transactional(readOnly = true)
    public List<RecordLink> search(String text, int limit) {
        if (!mayRead()) {
            return List.of();
        }
        return queries.search(text, limit).stream().map(this::link).toList();
    }

    private RecordLink link(OpportunityListItem o) {
        return new RecordLink(
                type(),
                o.id(),
                Phrase.text(o.title()),
                List.of(Phrase.text(o.organizationName()), Phrase.of(o.stage().labelKey())),
                "opportunities/" + o.id());
    }

    private static boolean mayRead() {
        return CurrentUser.hasAnyRole(Role.values());
    }
}
