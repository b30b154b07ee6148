package nl.stedenband.audit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.stedenband.audit.AuditFilter;
import nl.stedenband.audit.AuditService;
import nl.stedenband.audit.AuditType;
import nl.stedenband.audit.RecordChange;
import nl.stedenband.base.ui.CsvDownload;
import nl.stedenband.base.ui.ExportableGrid;
import nl.stedenband.base.ui.Formats;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * Recent changes across the system for administrators and officers: when, who, which record and
 * what changed, newest first, filtered by user, type and dates in the URL
 * ({@code /audit?user=officer&type=Contact&from=2026-01-01&to=2026-01-31}), paged in the database.
 * Nothing here edits anything.
 */
@Route("audit")
@PageTitle("audit.list.title")
@Menu(order = 90, icon = "vaadin:time-backward", title = "audit.list.title")
@RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICER})
public class AuditView extends Main implements BeforeEnterObserver {

    final ComboBox<String> user = new ComboBox<>(Texts.t("audit.field.user"));
    final ComboBox<AuditType> type = new ComboBox<>(Texts.t("audit.field.type"));
    final DatePicker from = new DatePicker(Texts.t("audit.field.from"));
    final DatePicker to = new DatePicker(Texts.t("audit.field.until"));
    final ExportableGrid<RecordChange> grid = new ExportableGrid<>();
    private final Span count = new Span();
    private final AuditService audit;
    private final ZoneId zone;
    private boolean reading;

    public AuditView(AuditService audit, ViewerZone viewerZone) {
        this.audit = audit;
        this.zone = viewerZone.get();
        addClassNames("master-detail", "audit-view");

        H1 heading = new H1(Texts.t("audit.list.title"));
        count.addClassName("record-count");
        HorizontalLayout header = new HorizontalLayout(heading, count, new CsvDownload<>(grid, "audit"));
        header.expand(count);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassName("view-header");

        user.setItems(audit.users());
        user.setClearButtonVisible(true);
        user.setPlaceholder(Texts.t("audit.field.user.any"));
        type.setItems(audit.types());
        type.setItemLabelGenerator(AuditView::typeLabel);
        type.setClearButtonVisible(true);
        type.setPlaceholder(Texts.t("audit.field.type.any"));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        to.addValueChangeListener(e -> from.setMax(e.getValue()));
        user.addValueChangeListener(e -> filterChanged());
        type.addValueChangeListener(e -> filterChanged());
        from.addValueChangeListener(e -> filterChanged());
        to.addValueChangeListener(e -> filterChanged());
        HorizontalLayout filters = new HorizontalLayout(user, type, from, to);
        filters.addClassName("filter-bar");
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        Formats.localizeDatePickers(filters);

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("audit-grid");
        grid.setPageSize(50);
        grid.addColumn(c -> Formats.dateTime(Texts.locale()).format(c.at().atZone(zone)))
                .setHeader(Texts.t("audit.column.when", zone.getId()))
                .setKey("when")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(RecordChange::user)
                .setHeader(Texts.t("audit.column.who"))
                .setKey("who")
                .setAutoWidth(true)
                .setFlexGrow(0);
        AuditTexts say = AuditTexts.forScreen(zone);
        grid.addColumn(c -> say.type(c.type(), c.typeLabel()))
                .setHeader(Texts.t("audit.field.type"))
                .setKey("type")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(say::record)
                .setHeader(Texts.t("audit.column.record"))
                .setKey("record")
                .setFlexGrow(1);
        grid.addColumn(c -> Texts.label(c.kind()))
                .setHeader(Texts.t("audit.column.change"))
                .setKey("kind")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(say::summary)
                .setHeader(Texts.t("audit.column.changes"))
                .setKey("changes")
                .setFlexGrow(3);
        grid.setItems(q -> audit.recent(filter(), zone, q.getOffset(), q.getLimit()).stream(), q -> {
            long n = audit.count(filter(), zone);
            count.setText(Texts.t("audit.count", n));
            return (int) Math.min(n, Integer.MAX_VALUE);
        });
        grid.setEmptyStateText(Texts.t("audit.list.empty"));
        setSizeFull();
        add(header, filters, grid);
    }

    AuditFilter filter() {
        AuditType t = type.getValue();
        return new AuditFilter(user.getValue(), t == null ? null : t.name(), from.getValue(), to.getValue());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, String> q = new LinkedHashMap<>();
        nl.stedenband.base.ui.QueryBounds.bounded(event.getLocation().getQueryParameters())
                .getParameters()
                .forEach((k, v) -> {
                    if (!v.isEmpty()) {
                        q.put(k, v.getFirst());
                    }
                });
        reading = true;
        try {
            user.setValue(q.get("user"));
            type.setValue(audit.types().stream()
                    .filter(t -> t.name().equals(q.get("type")))
                    .findFirst()
                    .orElse(null));
            from.setValue(date(q.get("from")).orElse(null));
            to.setValue(date(q.get("to")).orElse(null));
        } finally {
            reading = false;
        }
        grid.getDataProvider().refreshAll();
    }

    /** A malformed date in the URL is left out rather than failing the page. */
    private static Optional<LocalDate> date(@Nullable String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void filterChanged() {
        if (reading) {
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        AuditFilter f = filter();
        if (f.user() != null) {
            params.put("user", f.user());
        }
        if (f.type() != null) {
            params.put("type", f.type());
        }
        if (f.from() != null) {
            params.put("from", f.from().toString());
        }
        if (f.to() != null) {
            params.put("to", f.to().toString());
        }
        String query = QueryParameters.simple(params).getQueryString();
        UI.getCurrent().getPage().getHistory().replaceState(null, query.isEmpty() ? "audit" : "audit?" + query);
        grid.getDataProvider().refreshAll();
    }

    /** The kind of record in the screen's language; a kind added later without a key keeps its stored name. */
    static String typeLabel(AuditType type) {
        return AuditTexts.forScreen(ZoneId.of("UTC")).type(type.name(), type.label());
    }
}
