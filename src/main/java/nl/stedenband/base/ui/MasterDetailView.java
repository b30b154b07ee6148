package nl.stedenband.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.QueryParameters;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import nl.stedenband.base.AuditedEntity;
import nl.stedenband.base.BusinessRuleException;
import nl.stedenband.base.RecordNotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

/**
 * A list of records with the open record's form beside it, the way every register of the app
 * works: the list filters, sorts and pages in the database; the filter and the sort live in the
 * URL's query and the open record in its path ({@code /contacts/42?q=stan&sort=city,desc}), so
 * all of it can be bookmarked and shared. The list sorts by one column at a time: a click on
 * another header replaces the sort (an earlier column kept first, perhaps hidden, left the list
 * ordered by it and made every page a sort of the whole table). The
 * form warns before unsaved changes are dropped, asks before a delete, and answers a concurrent
 * change with the chance to reload instead of overwriting.
 *
 * @param <R> a list row
 * @param <E> the record the form edits
 */
public abstract class MasterDetailView<R, E extends AuditedEntity> extends Main
        implements BeforeEnterObserver, BeforeLeaveObserver {

    public static final String NEW = "new";

    /** The URL parameter of the sort: a column's key, then {@code ,desc} when descending. */
    public static final String SORT = "sort";

    protected final Grid<R> grid;
    protected final Binder<E> binder;
    private final String routeBase;
    private final String recordName;
    private final String routeParameter;
    private final Span count = new Span();
    private final Div editor = new Div();
    private final H2 editorTitle = new H2();
    private final Div editorBody = new Div();
    private final Div editorExtras = new Div();
    private final Button save = new Button(Texts.t("base.action.save"));
    private final Button delete = new Button(Texts.t("base.action.delete"), VaadinIcon.TRASH.create());
    private final Button close = new Button(Texts.t("base.action.close"), VaadinIcon.CLOSE_SMALL.create());
    private final Button create = new Button();
    private final List<Grid.Column<R>> hiddenWhileEditing = new ArrayList<>();
    private @Nullable E current;
    private boolean dirty;
    private boolean loading;
    private QueryParameters query = QueryParameters.empty();
    private boolean readingUrl;
    private List<RecordPanelProvider> panelProviders = List.of();

    /**
     * @param title bundle key of the register's heading (e.g. {@code contact.list.title})
     * @param recordName bundle key of one record's name as it reads inside a sentence (e.g. {@code
     *     contact.record}); a key {@code <recordName>.new} (e.g. "New contact") is used when present,
     *     since languages such as Dutch inflect "new" by the noun
     */
    protected MasterDetailView(
            String title, String routeBase, String routeParameter, String recordName, Grid<R> grid, Binder<E> binder) {
        this.routeBase = routeBase;
        this.routeParameter = routeParameter;
        this.recordName = recordName;
        this.grid = grid;
        this.binder = binder;
        addClassNames("master-detail", routeBase + "-view");

        H1 heading = new H1(Texts.translated(title));
        count.addClassName("record-count");
        create.setText(newRecordText());
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> UI.getCurrent().navigate(routeBase + "/" + NEW, query));
        HorizontalLayout header = new HorizontalLayout(heading, count, create);
        if (grid instanceof ExportableGrid<R> exportable) {
            header.addComponentAtIndex(
                    2, new CsvDownload<>(exportable, routeBase, c -> c.isVisible() || hiddenWhileEditing.contains(c)));
        }
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassName("view-header");
        header.expand(count);

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(50);
        grid.setMultiSort(false);
        grid.addSortListener(e -> {
            if (!readingUrl) {
                showQueryInUrl();
            }
        });
        grid.addClassName("record-grid");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate(routeBase + "/" + idOf(e.getValue()), query);
            }
        });

        editor.addClassName("record-editor");
        editorTitle.addClassName("record-editor-title");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // the field being typed in commits its value on blur: without the reset, Ctrl+S saved the old one
        save.addClickShortcut(Key.KEY_S, com.vaadin.flow.component.KeyModifier.CONTROL)
                .resetFocusOnActiveElement();
        save.addClickListener(e -> save());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> {
            E record = current;
            if (record != null) {
                Dialogs.confirmDelete(
                        Texts.t("base.record.named", recordText(), describe(record)), () -> remove(record));
            }
        });
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        close.addClickListener(e -> UI.getCurrent().navigate(routeBase, query));
        HorizontalLayout buttons = new HorizontalLayout(save, close, delete);
        buttons.addClassName("record-editor-buttons");
        editor.add(editorTitle, editorBody, buttons, editorExtras);
        editor.setVisible(false);
        binder.addValueChangeListener(e -> {
            if (!loading) {
                setDirty(true);
            }
        });

        HorizontalLayout content = new HorizontalLayout(grid, editor);
        content.addClassName("master-detail-content");
        content.setSizeFull();
        content.setFlexGrow(1, grid);
        add(header, content);
    }

    /** Call at the end of the subclass constructor, once the filter bar and form exist. */
    protected void init(Component filterBar, Component form) {
        addComponentAtIndex(1, filterBar);
        editorBody.add(form);
        create.setVisible(canCreate());
        Formats.localizeDatePickers(filterBar);
        Formats.localizeDatePickers(form);
    }

    /**
     * The panels every register shows below a saved record (e.g. its history); Spring passes them
     * when it creates the view, so that a register need not name them.
     */
    @Autowired(required = false)
    protected final void setRecordPanelProviders(List<RecordPanelProvider> providers) {
        this.panelProviders = List.copyOf(providers);
    }

    // --- what each register supplies

    protected abstract long idOf(R row);

    /** Throws {@link RecordNotFoundException} for an unknown id or one the user may not see. */
    protected abstract E load(long id);

    protected abstract E newRecord();

    /** Saves and returns the record as stored, ready for the form. */
    protected abstract E persist(E record);

    protected abstract void delete(E record);

    protected abstract boolean canEdit(E record);

    protected abstract boolean canCreate();

    /** Whether the record may be deleted at all; registers that keep their records say no. */
    protected boolean canDelete(E record) {
        return canEdit(record);
    }

    protected abstract String describe(E record);

    /** Sets the filter fields from the URL's query. */
    protected abstract void readFilter(QueryParameters query);

    /** The filter as URL query parameters; empty parts left out. */
    protected abstract Map<String, String> filterParameters();

    /** Columns that make room for the form while a record is open. */
    @SafeVarargs
    protected final void hideWhileEditing(Grid.Column<R>... columns) {
        hiddenWhileEditing.addAll(List.of(columns));
    }

    /** After a record is shown in the form, e.g. to prefill a new one from the URL. */
    protected void afterOpen(E record) {}

    /** Below the form of a saved record: its timeline, related records. */
    protected void showExtras(E record, Div extras) {}

    /**
     * Before a save, a register may ask the user something (a likely duplicate); it calls {@code
     * proceed} to save. The default saves at once.
     */
    protected void beforeSave(E record, Runnable proceed) {
        proceed.run();
    }

    // --- shared behaviour

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        query = QueryBounds.bounded(event.getLocation().getQueryParameters());
        readFilter(query);
        readSort(query);
        refreshList();
        Optional<String> id = event.getRouteParameters().get(routeParameter);
        if (id.isEmpty()) {
            closeEditor();
            return;
        }
        if (NEW.equals(id.get())) {
            if (!canCreate()) {
                RecordNotFoundException refused = new RecordNotFoundException(recordName, NEW);
                event.rerouteToError(refused, Texts.t("base.record.createRefused", recordText()));
                return;
            }
            open(newRecord());
            return;
        }
        try {
            open(load(Long.parseLong(id.get())));
        } catch (NumberFormatException | RecordNotFoundException e) {
            RecordNotFoundException notFound = new RecordNotFoundException(recordName, id.get());
            event.rerouteToError(notFound, Texts.message(notFound));
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (dirty && current != null) {
            BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
            Dialogs.confirmDiscard(() -> {
                setDirty(false);
                action.proceed();
            });
        }
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
        if (dirty) {
            event.getUI().getPage().executeJs("window.stedenbandUnsaved = false");
        }
        super.onDetach(event);
    }

    /** Also tells the browser, which then asks before the tab is closed with unsaved changes. */
    private void setDirty(boolean value) {
        if (dirty != value) {
            getElement().executeJs("window.stedenbandUnsaved = $0", value);
        }
        dirty = value;
    }

    /** The filter changed: show it in the URL (without reloading) and re-query the list. */
    protected void filterChanged() {
        showQueryInUrl();
        refreshList();
    }

    private void showQueryInUrl() {
        Map<String, String> parameters = new LinkedHashMap<>(filterParameters());
        String sort = sortParameter();
        if (sort != null) {
            parameters.put(SORT, sort);
        }
        query = QueryParameters.simple(parameters);
        String path = current == null ? routeBase : routeBase + "/" + (current.isNew() ? NEW : current.getId());
        String queryString = query.getQueryString();
        UI.getCurrent()
                .getPage()
                .getHistory()
                .replaceState(null, queryString.isEmpty() ? path : path + "?" + queryString);
    }

    private @Nullable String sortParameter() {
        List<GridSortOrder<R>> order = grid.getSortOrder();
        if (order.isEmpty() || order.getFirst().getSorted().getKey() == null) {
            return null;
        }
        GridSortOrder<R> first = order.getFirst();
        return first.getSorted().getKey() + (first.getDirection() == SortDirection.DESCENDING ? ",desc" : "");
    }

    /** Sorts the list as the URL says; an unknown column or a column that does not sort leaves it unsorted. */
    private void readSort(QueryParameters parameters) {
        List<GridSortOrder<R>> wanted = parameters
                .getSingleParameter(SORT)
                .filter(value -> value.length() <= 100)
                .map(value -> value.split(",", 2))
                .map(parts -> {
                    Grid.Column<R> column = grid.getColumnByKey(parts[0]);
                    if (column == null || !column.isSortable()) {
                        return List.<GridSortOrder<R>>of();
                    }
                    boolean descending = parts.length > 1 && parts[1].equalsIgnoreCase("desc");
                    return List.of(new GridSortOrder<>(
                            column, descending ? SortDirection.DESCENDING : SortDirection.ASCENDING));
                })
                .orElse(List.of());
        List<GridSortOrder<R>> now = grid.getSortOrder();
        boolean same = wanted.size() == now.size()
                && (wanted.isEmpty()
                        || (wanted.getFirst().getSorted() == now.getFirst().getSorted()
                                && wanted.getFirst().getDirection()
                                        == now.getFirst().getDirection()));
        if (!same) {
            readingUrl = true;
            try {
                grid.sort(wanted);
            } finally {
                readingUrl = false;
            }
        }
    }

    protected void refreshList() {
        grid.getDataProvider().refreshAll();
    }

    /**
     * Shows the number of matching records above the list, in the screen's number format; {@code
     * singular} and {@code plural} are bundle keys (or, from code not yet translated, words).
     */
    protected void showCount(long n, String singular, String plural) {
        count.setText(Formats.number(n) + " " + Texts.translated(n == 1 ? singular : plural));
    }

    /** Shows that more than {@code n} records match, for a search too broad to count; {@code plural} as in {@link #showCount}. */
    protected void showMore(long n, String plural) {
        count.setText(Texts.t("base.list.countMore", Formats.number(n), Texts.translated(plural)));
    }

    protected @Nullable E current() {
        return current;
    }

    /** Shows the stored version of a record again, e.g. after its status changed; asks first if edits would be lost. */
    protected void reopen(long id) {
        Runnable reload = () -> {
            withRecord(id, this::open);
            refreshList();
        };
        if (dirty) {
            Dialogs.confirmDiscard(reload);
        } else {
            reload.run();
        }
    }

    /** Maps the grid's sort to Spring's, by the columns' sort keys. */
    protected static Sort toSort(List<QuerySortOrder> orders) {
        return Sort.by(orders.stream()
                .map(o -> o.getDirection() == SortDirection.ASCENDING
                        ? Sort.Order.asc(o.getSorted())
                        : Sort.Order.desc(o.getSorted()))
                .toList());
    }

    private void open(E record) {
        current = record;
        loading = true;
        try {
            binder.readBean(record);
        } finally {
            loading = false;
        }
        setDirty(false);
        boolean editable = record.isNew() ? canCreate() : canEdit(record);
        binder.setReadOnly(!editable);
        save.setVisible(editable);
        delete.setVisible(editable && !record.isNew() && canDelete(record));
        editorTitle.setText(record.isNew() ? newRecordText() : describe(record));
        editorExtras.removeAll();
        if (!record.isNew()) {
            showExtras(record, editorExtras);
            panelProviders.forEach(p -> p.panelFor(record).ifPresent(editorExtras::add));
        }
        editor.setVisible(true);
        hiddenWhileEditing.forEach(c -> c.setVisible(false));
        loading = true;
        try {
            afterOpen(record);
        } finally {
            loading = false;
        }
    }

    private void closeEditor() {
        current = null;
        setDirty(false);
        editor.setVisible(false);
        hiddenWhileEditing.forEach(c -> c.setVisible(true));
        grid.asSingleSelect().clear();
    }

    private void save() {
        E record = current;
        if (record == null) {
            return;
        }
        if (!binder.writeBeanIfValid(record)) {
            Notifications.error(Texts.t("base.form.invalid"));
            return;
        }
        beforeSave(record, () -> persistAndShow(record));
    }

    private void persistAndShow(E record) {
        handled(
                () -> {
                    boolean wasNew = record.isNew();
                    E saved = persist(record);
                    setDirty(false);
                    Notifications.success(
                            Texts.t("base.record.saved", Texts.capitalized(recordText()), describe(saved)));
                    refreshList();
                    if (wasNew) {
                        UI.getCurrent().navigate(routeBase + "/" + saved.getId(), query);
                    } else {
                        open(saved);
                    }
                },
                record);
    }

    private void remove(E record) {
        handled(
                () -> {
                    delete(record);
                    setDirty(false);
                    Notifications.success(
                            Texts.t("base.record.deleted", Texts.capitalized(recordText()), describe(record)));
                    UI.getCurrent().navigate(routeBase, query);
                },
                record);
    }

    private void handled(Runnable action, E record) {
        try {
            action.run();
        } catch (OptimisticLockingFailureException e) {
            Dialogs.concurrentChange(recordName, () -> reload(record));
        } catch (BusinessRuleException | AccessDeniedException e) {
            Notifications.error(Texts.message(e));
        } catch (ConstraintViolationException e) {
            // a rule the form's own checks did not cover: say which, rather than fail
            Notifications.error(e.getConstraintViolations().stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                    .sorted()
                    .collect(java.util.stream.Collectors.joining("; ")));
        } catch (RecordNotFoundException e) {
            Notifications.error(Texts.message(e));
            setDirty(false);
            UI.getCurrent().navigate(routeBase, query);
        } catch (RuntimeException e) {
            if (!Actions.isDatabaseUnavailable(e)) {
                throw e;
            }
            // the form keeps what was typed (it is not read again) and stays unsaved: save again later
            Actions.databaseUnavailable();
        }
    }

    private void reload(E record) {
        if (record.getId() != null) {
            withRecord(record.getId(), this::open);
        }
    }

    private void withRecord(long id, Consumer<E> then) {
        try {
            then.accept(load(id));
        } catch (RecordNotFoundException e) {
            Notifications.error(Texts.message(e));
        }
    }

    /** One record's name in the screen's language, as it reads inside a sentence. */
    private String recordText() {
        return Texts.translated(recordName);
    }

    private String newRecordText() {
        String own = recordName + ".new";
        return Texts.isKey(own) ? Texts.t(own) : Texts.t("base.record.new", recordText());
    }
}
