package nl.stedenband.opportunity.ui;

import static nl.stedenband.opportunity.ui.OpportunityFormat.first;
import static nl.stedenband.opportunity.ui.OpportunityFormat.number;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stedenband.base.RecordNotFoundException;
import nl.stedenband.city.City;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationService;
import nl.stedenband.opportunity.OpportunityFilter;
import nl.stedenband.opportunity.OpportunityKind;
import nl.stedenband.opportunity.OpportunityStage;
import nl.stedenband.security.AppUser;

/**
 * The filters of the opportunity list and board, kept in the URL's query ({@code ?q=lumen&kind=
 * INVESTMENT_LEAD&stage=CONTACTED&owner=coordinator&city=3&organization=12}) so that both views
 * share them and a filtered pipeline can be bookmarked. The board has no stage filter: every stage
 * is a column there.
 */
class OpportunityFilterBar extends Div {

    final TextField search = new TextField();
    final ComboBox<OpportunityKind> kind = new ComboBox<>(getTranslation("opportunity.field.kind"));
    final ComboBox<OpportunityStage> stage = new ComboBox<>(getTranslation("opportunity.field.stage"));
    final ComboBox<AppUser> owner = new ComboBox<>(getTranslation("opportunity.field.owner"));
    final ComboBox<City> city = new ComboBox<>(getTranslation("opportunity.field.city"));
    final ComboBox<Organization> organization = new ComboBox<>(getTranslation("opportunity.field.organization"));
    private final OrganizationService organizations;
    private final boolean withStage;

    OpportunityFilterBar(
            List<City> cities,
            List<AppUser> users,
            OrganizationService organizations,
            boolean withStage,
            Runnable onChange) {
        this.organizations = organizations;
        this.withStage = withStage;
        addClassName("filter-bar");
        search.setPlaceholder(getTranslation("opportunity.filter.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel(getTranslation("opportunity.filter.searchLabel"));
        kind.setItems(OpportunityKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        stage.setItems(OpportunityStage.values());
        stage.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        owner.setItems(users);
        owner.setItemLabelGenerator(AppUser::getDisplayName);
        city.setItems(cities);
        city.setItemLabelGenerator(City::getName);
        organization.setItems(
                q -> organizations.findByNamePrefix(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        organization.setItemLabelGenerator(Organization::getName);
        organization.setPlaceholder(getTranslation("opportunity.filter.organizationPlaceholder"));
        List<ComboBox<?>> boxes = List.of(kind, stage, owner, city, organization);
        boxes.forEach(b -> b.setClearButtonVisible(true));
        List<HasValue<?, ?>> fields = List.of(search, kind, stage, owner, city, organization);
        fields.forEach(f -> f.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.run();
            }
        }));
        add(search, kind);
        if (withStage) {
            add(stage);
        }
        add(owner, city, organization);
    }

    OpportunityFilter filter() {
        return new OpportunityFilter(
                search.getValue(),
                kind.getValue(),
                withStage ? stage.getValue() : null,
                owner.getValue() == null ? null : owner.getValue().getId(),
                city.getValue() == null ? null : city.getValue().getId(),
                organization.getValue() == null ? null : organization.getValue().getId());
    }

    void read(QueryParameters query) {
        Map<String, List<String>> p = query.getParameters();
        search.setValue(first(p, "q"));
        kind.setValue(Arrays.stream(OpportunityKind.values())
                .filter(k -> k.name().equals(first(p, "kind")))
                .findFirst()
                .orElse(null));
        stage.setValue(Arrays.stream(OpportunityStage.values())
                .filter(s -> s.name().equals(first(p, "stage")))
                .findFirst()
                .orElse(null));
        owner.setValue(owner.getListDataView()
                .getItems()
                .filter(u -> u.getUsername().equals(first(p, "owner")))
                .findFirst()
                .orElse(null));
        city.setValue(city.getListDataView()
                .getItems()
                .filter(c -> String.valueOf(c.getId()).equals(first(p, "city")))
                .findFirst()
                .orElse(null));
        Long organizationId = number(first(p, "organization"));
        Organization chosen = null;
        if (organizationId != null) {
            try {
                chosen = organizations.get(organizationId);
            } catch (RecordNotFoundException e) {
                // an organization that no longer exists filters nothing
            }
        }
        organization.setValue(chosen);
    }

    /** The filter as URL query parameters, empty parts left out; the stage only where it filters. */
    Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        if (!search.isEmpty()) {
            p.put("q", search.getValue().trim());
        }
        if (kind.getValue() != null) {
            p.put("kind", kind.getValue().name());
        }
        if (withStage && stage.getValue() != null) {
            p.put("stage", stage.getValue().name());
        }
        if (owner.getValue() != null) {
            p.put("owner", owner.getValue().getUsername());
        }
        if (city.getValue() != null) {
            p.put("city", String.valueOf(city.getValue().getId()));
        }
        if (organization.getValue() != null) {
            p.put("organization", String.valueOf(organization.getValue().getId()));
        }
        return p;
    }
}
