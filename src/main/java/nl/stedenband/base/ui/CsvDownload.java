package nl.stedenband.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.function.SerializableComparator;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.Supplier;
import nl.stedenband.base.CsvExport;
import org.jspecify.annotations.Nullable;

/**
 * "Export CSV" of a list: every row that matches the list's filter and sort, not only the rows
 * loaded, with the columns the list shows. The rows come page by page through the grid's own data
 * provider, that is through the same method-secured service calls the grid makes, so the file
 * holds exactly what the user may read, and a long list streams instead of filling the memory.
 */
public class CsvDownload<T> extends Anchor {

    static final int PAGE = 500;

    private final ExportableGrid<T> grid;
    private final Predicate<Grid.Column<T>> shown;

    /**
     * @param list the list's name in the file name, e.g. "contacts"
     * @param shown the columns of the list; a register hides some while a record is open and
     *     still means them
     */
    public CsvDownload(ExportableGrid<T> grid, String list, Predicate<Grid.Column<T>> shown) {
        this.grid = grid;
        this.shown = shown;
        addClassName("csv-export");
        setText(getTranslation("export.csv.link"));
        getElement().setAttribute("title", getTranslation("export.csv.title"));
        addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
        setHref((DownloadHandler) event -> {
            Locale locale =
                    event.getUI() == null ? Locale.ENGLISH : event.getUI().getLocale();
            event.setFileName(CsvExport.fileName(list, LocalDate.now()));
            event.setContentType("text/csv; charset=UTF-8");
            write(event.getOutputStream(), locale, event.getSession());
        });
    }

    public CsvDownload(ExportableGrid<T> grid, String list) {
        this(grid, list, Grid.Column::isVisible);
    }

    /**
     * Writes the list as it stands. The grid is read under the session's lock, one page at a time,
     * so the screen stays usable while a long export runs.
     */
    public void write(OutputStream out, Locale locale, @Nullable VaadinSession session) {
        List<String> headers = new ArrayList<>();
        List<ValueProvider<T, ?>> values = new ArrayList<>();
        List<QuerySortOrder> sort = new ArrayList<>();
        SerializableComparator<T>[] inMemory = newComparatorHolder();
        DataProvider<T, ?> provider = locked(session, () -> {
            for (Grid.Column<T> column : grid.getColumns()) {
                if (shown.test(column)) {
                    grid.exportValue(column).ifPresent(value -> {
                        headers.add(header(column));
                        values.add(value);
                    });
                }
            }
            sort.addAll(grid.getDataCommunicator().getBackEndSorting());
            inMemory[0] = grid.getDataCommunicator().getInMemorySorting();
            return grid.getDataProvider();
        });
        try (CsvExport csv = new CsvExport(out, locale)) {
            csv.row(headers);
            for (int offset = 0; ; offset += PAGE) {
                int from = offset;
                List<T> page = locked(session, () -> fetch(provider, from, sort, inMemory[0]));
                for (T row : page) {
                    List<@Nullable Object> cells = new ArrayList<>(values.size());
                    values.forEach(v -> cells.add(v.apply(row)));
                    csv.row(cells);
                }
                csv.flush();
                if (page.size() < PAGE) {
                    break;
                }
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> List<T> fetch(
            DataProvider<T, ?> provider,
            int offset,
            List<QuerySortOrder> sort,
            @Nullable SerializableComparator<T> inMemory) {
        return ((DataProvider) provider)
                .fetch(new Query<>(offset, PAGE, sort, inMemory, null))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> SerializableComparator<T>[] newComparatorHolder() {
        return new SerializableComparator[1];
    }

    private static <V> V locked(@Nullable VaadinSession session, Supplier<V> work) {
        if (session == null) {
            return work.get();
        }
        session.lock();
        try {
            return work.get();
        } finally {
            session.unlock();
        }
    }

    private static String header(Grid.Column<?> column) {
        String text = column.getHeaderText();
        if (text != null && !text.isBlank()) {
            return text;
        }
        return column.getKey() == null ? "" : column.getKey();
    }
}
