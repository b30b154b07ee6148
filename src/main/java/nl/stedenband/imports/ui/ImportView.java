package nl.stedenband.imports.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.TemporaryFileUploadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.stedenband.base.ui.Actions;
import nl.stedenband.base.ui.Notifications;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationService;
import nl.stedenband.contact.OrganizationType;
import nl.stedenband.imports.CsvLayout;
import nl.stedenband.imports.ImportCheck;
import nl.stedenband.imports.ImportField;
import nl.stedenband.imports.ImportKind;
import nl.stedenband.imports.ImportLimits;
import nl.stedenband.imports.ImportMode;
import nl.stedenband.imports.ImportPlan;
import nl.stedenband.imports.ImportPreview;
import nl.stedenband.imports.ImportProgress;
import nl.stedenband.imports.ImportResult;
import nl.stedenband.imports.ImportService;
import nl.stedenband.imports.RowProblem;
import nl.stedenband.security.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Importing organizations or contacts from a CSV file: upload it, see its first rows, say which
 * column is which (guessed from the headings), check every row, then import the valid rows or
 * nothing. Checking and importing run on their own thread; the screen asks for their progress
 * every half second, so it stays usable and shows a progress bar for a large file.
 */
@Route("import")
@PageTitle("import.menu")
@Menu(order = 100, icon = "vaadin:upload", title = "import.menu")
@RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICER, Role.Names.COORDINATOR})
public class ImportView extends Main {

    private static final Logger log = LoggerFactory.getLogger(ImportView.class);
    private static final int POLL_MILLIS = 500;

    /** Checks and imports run here, never on the request thread that holds the screen's lock. */
    private static final Executor WORKERS =
            work -> Thread.ofVirtual().name("csv-import").start(work);

    final Upload upload;
    final Span fileName = new Span();
    final Select<Character> delimiter = new Select<>();
    final Select<Charset> encoding = new Select<>();
    final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>();
    final FormLayout mapping = new FormLayout();
    final Map<Integer, Select<ImportField>> columnFields = new HashMap<>();
    final Grid<List<String>> preview = new Grid<>();
    final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>();
    final Button check = new Button();
    final Button importRows = new Button();
    final ProgressBar progressBar = new ProgressBar();
    final Span progressText = new Span();
    final Div outcome = new Div();
    final Span summary = new Span();
    final Grid<RowProblem> problems = new Grid<>();
    final Anchor rejectedRows;
    /** Organizations the file names and the register lacks: approve each, or say which one of the register it is. */
    final Div newOrganizations = new Div();

    final Paragraph newOrganizationsHint = new Paragraph();
    /** One item per organization (name, kind, city, rows; then the choices), wrapping on a narrow screen. */
    final Div newOrganizationList = new Div();

    final Button approveAll = new Button();
    final Map<String, Checkbox> createBoxes = new HashMap<>();
    final Map<String, ComboBox<Organization>> existingBoxes = new HashMap<>();
    /** Items shown with their own choices; "Approve all" approves every organization the check listed. */
    static final int SHOWN_NEW_ORGANIZATIONS = 100;

    private List<ImportCheck.NewOrganization> listedNew = List.of();
    private final Div setup = new Div();
    private final ImportService imports;
    private final OrganizationService organizations;

    private @Nullable Path file;
    private @Nullable ImportPreview filePreview;
    private @Nullable ImportPlan plan;
    private boolean updating;
    /** The check or import under way, if any; package-visible so tests can wait for it. */
    @Nullable
    CompletableFuture<?> job;

    private @Nullable ImportProgress progress;
    private @Nullable Consumer<Object> whenDone;
    private @Nullable Registration polling;

    public ImportView(ImportService imports, ImportLimits limits, OrganizationService organizations) {
        this.imports = imports;
        this.organizations = organizations;
        Locale locale = getLocale();
        rejectedRows = new Anchor(
                (DownloadHandler) event -> {
                    Path current = file;
                    ImportPlan currentPlan = plan;
                    if (current == null || currentPlan == null) {
                        return;
                    }
                    event.setFileName("rejected-rows.csv");
                    event.setContentType("text/csv;charset=UTF-8");
                    imports.writeRejectedRows(
                            current,
                            currentPlan,
                            getTranslation(locale, "import.rejected.heading"),
                            p -> reason(p, locale),
                            event.getOutputStream());
                },
                getTranslation("import.rejected.download"));
        addClassName("import-view");
        getStyle()
                .set("display", "flex")
                .set("flex-direction", "column")
                .set("gap", "var(--lumo-space-m)")
                .set("padding", "var(--lumo-space-m) var(--lumo-space-l)")
                .set("box-sizing", "border-box");

        long maxBytes = limits.maxFileSize();
        // the browser refuses a larger file before sending it; the handler refuses it on the server all the same
        upload = new Upload(
                new TemporaryFileUploadHandler((metadata, temp) -> received(metadata.fileName(), temp.toPath())) {
                    @Override
                    public long getFileSizeMax() {
                        return maxBytes;
                    }

                    @Override
                    public long getRequestSizeMax() {
                        return maxBytes + 64 * 1024;
                    }

                    @Override
                    public long getFileCountMax() {
                        return 1;
                    }
                });
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Math.toIntExact(Math.min(Integer.MAX_VALUE, maxBytes)));
        upload.setAcceptedFileTypes(".csv", ".txt", "text/csv", "text/plain");
        upload.setI18n(uploadTexts(maxBytes));
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));

        add(
                new H1(getTranslation("import.title")),
                new Paragraph(getTranslation("import.intro")),
                upload,
                setup,
                outcome);
        buildSetup();
        buildOutcome();
        setup.setVisible(false);
        outcome.setVisible(false);
    }

    private void buildSetup() {
        fileName.addClassName("import-file-name");
        delimiter.setLabel(getTranslation("import.layout.delimiter"));
        delimiter.setItems(CsvLayout.DELIMITERS);
        delimiter.setItemLabelGenerator(this::delimiterLabel);
        encoding.setLabel(getTranslation("import.layout.encoding"));
        encoding.setItems(CsvLayout.CHARSETS);
        encoding.setItemLabelGenerator(Charset::displayName);
        delimiter.addValueChangeListener(e -> layoutChanged());
        encoding.addValueChangeListener(e -> layoutChanged());
        kind.setLabel(getTranslation("import.kind.label"));
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.addValueChangeListener(e -> kindChanged());
        HorizontalLayout layout = new HorizontalLayout(delimiter, encoding, kind);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.setWrap(true);

        mapping.addClassName("import-mapping");
        mapping.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("50em", 3),
                new FormLayout.ResponsiveStep("70em", 4));

        preview.addClassName("import-preview");
        preview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        preview.setAllRowsVisible(true);
        preview.setAriaLabel(getTranslation("import.preview.title"));

        mode.setLabel(getTranslation("import.mode.label"));
        mode.setItems(ImportMode.values());
        mode.setItemLabelGenerator(m -> getTranslation(m.labelKey()));
        mode.setValue(ImportMode.VALID_ROWS);
        check.setText(getTranslation("import.check"));
        check.setId("import-check");
        check.addClickListener(e -> startCheck());
        importRows.setText(getTranslation("import.run"));
        importRows.setId("import-run");
        importRows.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importRows.addClickListener(e -> startImport());
        progressBar.setVisible(false);
        progressBar.setWidth("20em");
        progressBar.getElement().setAttribute("aria-label", getTranslation("import.progress.label"));
        progressText.addClassName("import-progress");
        progressText.getElement().setAttribute("aria-live", "polite");
        HorizontalLayout actions = new HorizontalLayout(check, importRows, progressBar, progressText);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setWrap(true);

        setup.add(
                fileName,
                layout,
                new H2(getTranslation("import.mapping.title")),
                new Paragraph(getTranslation("import.mapping.hint")),
                mapping,
                new H2(getTranslation("import.preview.title")),
                preview,
                mode,
                actions);
    }

    private void buildOutcome() {
        summary.addClassName("import-summary");
        summary.getElement().setAttribute("role", "status");
        problems.addClassName("import-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.setAriaLabel(getTranslation("import.problems.title"));
        problems.addColumn(p -> p.row() == 0 ? getTranslation("import.problems.file") : String.valueOf(p.row()))
                .setHeader(getTranslation("import.problems.row"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(this::reason)
                .setHeader(getTranslation("import.problems.reason"))
                .setFlexGrow(1);
        problems.setHeight("20em");
        Anchor organizationsLink = new Anchor("organizations", getTranslation("import.link.organizations"));
        Anchor contacts = new Anchor("contacts", getTranslation("import.link.contacts"));
        HorizontalLayout links = new HorizontalLayout(organizationsLink, contacts);
        links.addClassName("import-links");
        links.setWrap(true);
        rejectedRows.addClassName("import-rejected");
        rejectedRows.getElement().setAttribute("download", true);
        buildNewOrganizations();
        outcome.add(summary, links, newOrganizations, problems, rejectedRows);
        outcome.getStyle()
                .set("display", "flex")
                .set("flex-direction", "column")
                .set("gap", "var(--lumo-space-s)");
    }

    private void buildNewOrganizations() {
        newOrganizations.addClassName("import-new-organizations");
        newOrganizationList.addClassName("import-new-organization-list");
        newOrganizationList.getElement().setAttribute("role", "list");
        newOrganizationList.getElement().setAttribute("aria-label", getTranslation("import.new.title"));
        newOrganizationList
                .getStyle()
                .set("display", "flex")
                .set("flex-direction", "column")
                .set("gap", "var(--lumo-space-s)");
        approveAll.setText(getTranslation("import.new.approve-all"));
        approveAll.addClickListener(e -> {
            if (plan == null) {
                return;
            }
            for (ImportCheck.NewOrganization n : listedNew) {
                plan = plan.withOrganization(n.key(), ImportPlan.CREATE);
            }
            updating = true;
            try {
                createBoxes.values().forEach(box -> box.setValue(true));
                existingBoxes.values().forEach(ComboBox::clear);
            } finally {
                updating = false;
            }
        });
        newOrganizations.add(
                new H2(getTranslation("import.new.title")), newOrganizationsHint, newOrganizationList, approveAll);
        newOrganizations.setVisible(false);
    }

    private Div newOrganizationItem(ImportCheck.NewOrganization shown) {
        Span name = new Span(shown.name());
        name.getStyle().set("font-weight", "600").set("overflow-wrap", "anywhere");
        String kind = getTranslation("enum.organizationType." + shown.type().name());
        String where = shown.cityName() == null ? kind : kind + ", " + shown.cityName();
        Span details = new Span(where + " · " + getTranslation("import.new.rows") + " "
                + getTranslation("import.new.rows-value", shown.rows(), shown.firstRow()));
        details.addClassName("import-new-details");
        details.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Div text = new Div(name, details);
        text.getStyle().set("display", "flex").set("flex-direction", "column");
        ComboBox<Organization> existing = existingBox(shown);
        existing.setLabel(getTranslation("import.new.existing"));
        existing.setWidth("min(100%, 22em)");
        HorizontalLayout choices = new HorizontalLayout(createBox(shown), existing);
        choices.setWrap(true);
        choices.setAlignItems(FlexComponent.Alignment.BASELINE);
        Div item = new Div(text, choices);
        item.addClassName("import-new-organization");
        item.getElement().setAttribute("role", "listitem");
        item.getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
        return item;
    }

    private Checkbox createBox(ImportCheck.NewOrganization shown) {
        Checkbox box = createBoxes.computeIfAbsent(shown.key(), k -> {
            Checkbox created = new Checkbox(getTranslation("import.new.create"));
            created.setAriaLabel(getTranslation("import.new.create-label", shown.name()));
            created.addValueChangeListener(e -> {
                if (updating || plan == null) {
                    return;
                }
                plan = plan.withOrganization(k, e.getValue() ? Long.valueOf(ImportPlan.CREATE) : null);
                if (e.getValue()) {
                    ComboBox<Organization> other = existingBoxes.get(k);
                    if (other != null) {
                        updating = true;
                        other.clear();
                        updating = false;
                    }
                }
            });
            return created;
        });
        return box;
    }

    private ComboBox<Organization> existingBox(ImportCheck.NewOrganization shown) {
        return existingBoxes.computeIfAbsent(shown.key(), k -> {
            ComboBox<Organization> existing = new ComboBox<>();
            existing.setAriaLabel(getTranslation("import.new.existing-label", shown.name()));
            existing.setPlaceholder(getTranslation("import.new.existing-placeholder"));
            existing.setWidthFull();
            existing.setItemLabelGenerator(o -> o.getCity() == null
                    ? o.getName()
                    : o.getName() + " (" + o.getCity().getName() + ")");
            existing.setItems(query ->
                    organizations
                            .findByNamePrefix(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                            .stream());
            existing.addValueChangeListener(e -> {
                if (updating || plan == null) {
                    return;
                }
                plan = plan.withOrganization(
                        k, e.getValue() == null ? null : e.getValue().getId());
                if (e.getValue() != null) {
                    Checkbox create = createBoxes.get(k);
                    if (create != null) {
                        updating = true;
                        create.setValue(false);
                        updating = false;
                    }
                }
            });
            return existing;
        });
    }

    /** The organizations the check would create, with the plan's decisions, or nothing when there are none. */
    private void showNewOrganizations(ImportCheck checked) {
        List<ImportCheck.NewOrganization> shown = checked.newOrganizations();
        listedNew = shown;
        createBoxes.clear();
        existingBoxes.clear();
        newOrganizations.setVisible(!shown.isEmpty());
        newOrganizationList.removeAll();
        if (shown.isEmpty()) {
            return;
        }
        String hint = getTranslation("import.new.hint", shown.size());
        if (shown.size() > SHOWN_NEW_ORGANIZATIONS) {
            hint += " " + getTranslation("import.new.more", SHOWN_NEW_ORGANIZATIONS, shown.size());
        }
        newOrganizationsHint.setText(hint);
        shown = shown.subList(0, Math.min(shown.size(), SHOWN_NEW_ORGANIZATIONS));
        shown.forEach(n -> newOrganizationList.add(newOrganizationItem(n)));
        updating = true;
        try {
            for (ImportCheck.NewOrganization n : shown) {
                createBox(n).setValue(Long.valueOf(ImportPlan.CREATE).equals(n.decision()));
                ComboBox<Organization> existing = existingBox(n);
                Long decision = n.decision();
                if (decision != null && decision != ImportPlan.CREATE) {
                    try {
                        existing.setValue(organizations.get(decision));
                    } catch (RuntimeException gone) {
                        existing.clear(); // deleted since it was chosen: the rows wait for a new decision
                    }
                }
            }
        } finally {
            updating = false;
        }
    }

    /** Runs under the screen's lock once the upload has been stored in a temporary file. */
    private void received(String name, Path uploaded) {
        if (job != null && !job.isDone()) {
            delete(uploaded);
            Notifications.error(getTranslation("import.busy"));
            return;
        }
        delete(file);
        file = uploaded;
        // the upload stays ready for another file (with one allowed, a full list greys it out); the name is shown below
        upload.clearFileList();
        fileName.setText(getTranslation("import.file", name));
        outcome.setVisible(false);
        Actions.run(() -> showPreview(imports.preview(uploaded)));
    }

    private void showPreview(ImportPreview shown) {
        filePreview = shown;
        plan = shown.plan();
        updating = true;
        try {
            delimiter.setValue(shown.layout().delimiter());
            encoding.setValue(shown.layout().charset());
            kind.setValue(shown.kind());
        } finally {
            updating = false;
        }
        preview.removeAllColumns();
        List<String> headings = shown.headings();
        for (int i = 0; i < headings.size(); i++) {
            int column = i;
            String heading = headings.get(i).isBlank() ? getTranslation("import.column", i + 1) : headings.get(i);
            preview.addColumn(row -> column < row.size() ? row.get(column) : "")
                    .setHeader(heading)
                    .setAutoWidth(true);
        }
        preview.setItems(shown.rows());
        buildMapping();
        setup.setVisible(true);
        if (!shown.problems().isEmpty()) {
            showProblems(getTranslation("import.preview.problems"), shown.problems());
        }
        updateButtons();
    }

    private void buildMapping() {
        mapping.removeAll();
        columnFields.clear();
        ImportPreview shown = filePreview;
        ImportPlan current = plan;
        if (shown == null || current == null) {
            return;
        }
        List<ImportField> fields = Arrays.stream(ImportField.values())
                .filter(f -> f.appliesTo(current.kind()))
                .toList();
        for (int i = 0; i < shown.headings().size(); i++) {
            int column = i;
            String heading = shown.headings().get(i);
            Select<ImportField> select = new Select<>();
            select.setLabel(
                    heading.isBlank()
                            ? getTranslation("import.column", i + 1)
                            : getTranslation("import.mapping.column", heading));
            select.setItems(fields);
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(getTranslation("import.mapping.ignore"));
            select.setItemLabelGenerator(
                    f -> f == null ? getTranslation("import.mapping.ignore") : getTranslation(f.labelKey()));
            columnFields.put(column, select);
            mapping.add(select);
            select.addValueChangeListener(e -> {
                if (!updating && plan != null) {
                    ImportField before = e.getOldValue();
                    ImportPlan changed = plan;
                    if (before != null) {
                        changed = changed.with(before, null);
                    }
                    if (e.getValue() != null) {
                        changed = changed.with(e.getValue(), column);
                    }
                    plan = changed;
                    showMapping();
                }
            });
        }
        showMapping();
    }

    private void showMapping() {
        ImportPlan current = plan;
        if (current == null) {
            return;
        }
        updating = true;
        try {
            columnFields.forEach((column, select) -> select.setValue(current.mapping().entrySet().stream()
                    .filter(e -> e.getValue().equals(column) && e.getKey().appliesTo(current.kind()))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(null)));
        } finally {
            updating = false;
        }
    }

    private void layoutChanged() {
        Path current = file;
        if (updating || current == null || delimiter.getValue() == null || encoding.getValue() == null) {
            return;
        }
        CsvLayout layout = new CsvLayout(encoding.getValue(), delimiter.getValue());
        Actions.run(() -> showPreview(imports.preview(current, layout)));
    }

    private void kindChanged() {
        if (updating || plan == null || filePreview == null || kind.getValue() == null) {
            return;
        }
        plan = new ImportPlan(
                plan.layout(), kind.getValue(), imports.guessMapping(filePreview.headings(), kind.getValue()));
        buildMapping();
    }

    private void startCheck() {
        Path current = file;
        ImportPlan currentPlan = plan;
        if (current == null || currentPlan == null) {
            return;
        }
        ImportProgress tracked = new ImportProgress();
        start(tracked, () -> imports.check(current, currentPlan, tracked), result -> {
            ImportCheck checked = (ImportCheck) result;
            showProblems(checkSummary(checked), checked.problems());
            showNewOrganizations(checked);
        });
    }

    private void startImport() {
        Path current = file;
        ImportPlan currentPlan = plan;
        ImportMode chosen = mode.getValue() == null ? ImportMode.VALID_ROWS : mode.getValue();
        if (current == null || currentPlan == null) {
            return;
        }
        ImportProgress tracked = new ImportProgress();
        start(tracked, () -> imports.importRows(current, currentPlan, chosen, tracked), result -> {
            ImportResult imported = (ImportResult) result;
            String text = imported.nothingImported()
                    ? getTranslation("import.result.nothing", imported.check().problemCount())
                    : getTranslation(
                            "import.result.done",
                            imported.organizationsCreated(),
                            imported.contactsCreated(),
                            imported.rowsSkipped());
            showProblems(text, imported.check().problems());
            showNewOrganizations(
                    imported.nothingImported()
                            ? imported.check()
                            : new ImportCheck(0, 0, 0, List.of(), true, List.of()));
            if (!imported.nothingImported()) {
                Notifications.success(text);
            }
        });
    }

    /** Starts the work on a worker thread as the signed-in user, and polls for its progress. */
    private void start(ImportProgress tracked, Supplier<Object> work, Consumer<Object> done) {
        SecurityContext context = SecurityContextHolder.getContext();
        progress = tracked;
        whenDone = done;
        job = CompletableFuture.supplyAsync(
                () -> {
                    SecurityContextHolder.setContext(context);
                    try {
                        return work.get();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                },
                WORKERS);
        progressBar.setValue(0);
        progressBar.setVisible(true);
        progressText.setText(getTranslation("import.progress.checking", 0));
        updateButtons();
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setPollInterval(POLL_MILLIS);
            if (polling == null) {
                polling = ui.addPollListener(e -> poll());
            }
        }
    }

    /** On each poll: show how far the work is, and its outcome once it is done. */
    void poll() {
        CompletableFuture<?> running = job;
        ImportProgress tracked = progress;
        if (running == null || tracked == null) {
            return;
        }
        progressBar.setValue(tracked.fraction());
        progressText.setText(getTranslation(
                tracked.phase() == ImportProgress.Phase.IMPORTING
                        ? "import.progress.importing"
                        : "import.progress.checking",
                tracked.rows()));
        if (!running.isDone()) {
            return;
        }
        UI.getCurrent().setPollInterval(-1);
        progressBar.setVisible(false);
        progressText.setText("");
        Consumer<Object> done = whenDone;
        job = null;
        updateButtons();
        try {
            Object result = running.join();
            if (done != null) {
                done.accept(result);
            }
        } catch (CompletionException e) {
            failed(e.getCause() == null ? e : e.getCause());
        }
    }

    private void failed(Throwable failure) {
        if (failure instanceof AccessDeniedException) {
            Notifications.error(getTranslation("import.failed.denied"));
        } else if (Actions.isDatabaseUnavailable(failure)) {
            Actions.databaseUnavailable();
        } else {
            log.error("Import failed", failure);
            Notifications.error(getTranslation("import.failed"));
        }
    }

    private void showProblems(String text, List<RowProblem> found) {
        summary.setText(text);
        problems.setItems(found);
        problems.setVisible(!found.isEmpty());
        rejectedRows.setVisible(found.stream().anyMatch(p -> p.row() > 0));
        outcome.setVisible(true);
    }

    private String checkSummary(ImportCheck checked) {
        String text =
                getTranslation("import.check.summary", checked.rows(), checked.validRows(), checked.problemCount());
        if (checked.problemCount() > checked.problems().size()) {
            text += " "
                    + getTranslation(
                            "import.check.first-listed", checked.problems().size());
        }
        if (!checked.complete()) {
            text += " " + getTranslation("import.check.incomplete");
        }
        return text;
    }

    /** A problem in the reader's language: field names and kinds of organization translated too. */
    String reason(RowProblem problem) {
        return reason(problem, getLocale());
    }

    /** With the locale given: the rejected rows are written on a download request, outside the screen's lock. */
    private String reason(RowProblem problem, Locale locale) {
        Object[] args = problem.args().stream()
                .map(a -> switch (a) {
                    case ImportField f -> getTranslation(locale, f.labelKey());
                    case OrganizationType t ->
                        getTranslation(
                                locale,
                                "import.type."
                                        + t.name().toLowerCase(Locale.ROOT).replace('_', '-'));
                    case Long l -> (Object) l;
                    default -> a;
                })
                .toArray();
        return getTranslation(locale, problem.key(), args);
    }

    private void updateButtons() {
        boolean running = job != null && !job.isDone();
        boolean ready = file != null
                && plan != null
                && filePreview != null
                && !filePreview.headings().isEmpty();
        check.setEnabled(ready && !running);
        importRows.setEnabled(ready && !running);
        upload.setEnabled(!running);
    }

    private String delimiterLabel(Character c) {
        return switch (c) {
            case ',' -> getTranslation("import.delimiter.comma");
            case ';' -> getTranslation("import.delimiter.semicolon");
            case '\t' -> getTranslation("import.delimiter.tab");
            case '|' -> getTranslation("import.delimiter.bar");
            default -> String.valueOf(c);
        };
    }

    private UploadI18N uploadTexts(long maxBytes) {
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload.button")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.upload.drop")));
        texts.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("import.upload.too-big", maxBytes / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("import.upload.wrong-type"))
                .setTooManyFiles(getTranslation("import.upload.one-file")));
        return texts;
    }

    @Override
    protected void onDetach(DetachEvent event) {
        super.onDetach(event);
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        CompletableFuture<?> running = job;
        Path uploaded = file;
        // the temporary file goes when nothing reads it any more
        if (running == null) {
            delete(uploaded);
        } else {
            running.whenComplete((r, e) -> delete(uploaded));
        }
        file = null;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        updateButtons();
    }

    private static void delete(@Nullable Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("Could not delete the uploaded file {}", path, e);
        }
    }
}
