package nl.stedenband.imports;

import java.util.List;
import java.util.Map;

/**
 * The start of a file as the import reads it: its layout, the headings, the first rows, and the
 * kind of record and column mapping the headings suggest. A preview whose headings are empty found
 * no readable content ({@code problem} says why).
 */
public record ImportPreview(
        CsvLayout layout,
        List<String> headings,
        List<List<String>> rows,
        ImportKind kind,
        Map<ImportField, Integer> mapping,
        List<RowProblem> problems) {

    public ImportPreview {
        headings = List.copyOf(headings);
        rows = List.copyOf(rows);
        mapping = Map.copyOf(mapping);
        problems = List.copyOf(problems);
    }

    /** The plan the preview suggests. */
    public ImportPlan plan() {
        return new ImportPlan(layout, kind, mapping);
    }
}
