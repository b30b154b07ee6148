package nl.stedenband.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.ValueProvider;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A grid that remembers what each column shows, so that the list can be exported as it is seen
 * ({@link CsvDownload}) without each register describing its columns twice. Columns drawn by a
 * component get their text with {@link #exportAs}.
 */
public class ExportableGrid<T> extends Grid<T> {

    private final Map<Column<T>, ValueProvider<T, ?>> values = new IdentityHashMap<>();

    @Override
    public Column<T> addColumn(ValueProvider<T, ?> valueProvider) {
        Column<T> column = super.addColumn(valueProvider);
        values.put(column, valueProvider);
        return column;
    }

    @Override
    public <V extends Comparable<? super V>> Column<T> addColumn(
            ValueProvider<T, V> valueProvider, String... sortingProperties) {
        Column<T> column = super.addColumn(valueProvider, sortingProperties);
        values.put(column, valueProvider);
        return column;
    }

    /** The text a column's cells export as, for a column drawn by a component. */
    public Column<T> exportAs(Column<T> column, ValueProvider<T, ?> text) {
        values.put(column, text);
        return column;
    }

    /** What a column exports; empty for a column without text (buttons, icons). */
    Optional<ValueProvider<T, ?>> exportValue(Column<T> column) {
        return Optional.ofNullable(values.get(column));
    }
}
