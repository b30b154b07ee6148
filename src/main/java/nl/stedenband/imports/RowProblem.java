package nl.stedenband.imports;

import java.util.List;

/**
 * Why a row cannot be imported: its row number as a spreadsheet shows it (the heading is row 1),
 * and a bundle key with its arguments. An {@link ImportField} among the arguments stands for that
 * field's name in the reader's language; row 0 is a problem of the whole file.
 */
public record RowProblem(long row, String key, List<Object> args) {

    public RowProblem {
        args = List.copyOf(args);
    }

    static RowProblem of(long row, String key, Object... args) {
        return new RowProblem(row, key, List.of(args));
    }
}
