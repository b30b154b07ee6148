package nl.stedenband.imports;

import java.io.IOException;
import java.io.Reader;

/**
 * Counts what the CSV parser is about to read — rows, values per row, characters per row and per value —
 * and stops at the first that goes over its {@link ImportLimits}. It follows quotes as the parser
 * does (a quote opens a value only at its start, {@code ""} inside one is a quote), so a line
 * break inside quotes stays in its row. Checked here, before the parser has built the row, a file
 * of 10⁶ columns or one 100 MB value costs no more memory than a well-formed one.
 */
final class BoundedCsvReader extends Reader {

    private enum State {
        CELL_START,
        UNQUOTED,
        QUOTED,
        QUOTE_IN_QUOTED
    }

    private final Reader in;
    private final char delimiter;
    private final ImportLimits limits;
    private State state = State.CELL_START;
    /** The row being read as a spreadsheet numbers it (the heading is 1); empty lines do not count. */
    private long row;

    private int columns = 1;
    private int lineLength;
    private int cellLength;

    BoundedCsvReader(Reader in, char delimiter, ImportLimits limits) {
        this.in = in;
        this.delimiter = delimiter;
        this.limits = limits;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            accept(buffer[i]);
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void accept(char c) {
        if (lineLength == 0 && c != '\n' && c != '\r' && ++row > limits.maxRows() + 1) {
            throw new CsvLimitException("import.limit.rows", limits.maxRows());
        }
        switch (state) {
            case QUOTED -> {
                if (c == '"') {
                    state = State.QUOTE_IN_QUOTED;
                } else {
                    cell();
                }
                line();
                return;
            }
            case QUOTE_IN_QUOTED -> {
                if (c == '"') {
                    state = State.QUOTED;
                    cell();
                    line();
                    return;
                }
                state = State.UNQUOTED;
            }
            case CELL_START -> {
                if (c == '"') {
                    state = State.QUOTED;
                    line();
                    return;
                }
                state = State.UNQUOTED;
            }
            case UNQUOTED -> {}
        }
        if (c == '\n' || c == '\r') {
            columns = 1;
            lineLength = 0;
            cellLength = 0;
            state = State.CELL_START;
            return;
        }
        line();
        if (c == delimiter) {
            cellLength = 0;
            state = State.CELL_START;
            if (++columns > limits.maxColumns()) {
                throw new CsvLimitException("import.limit.columns", row, limits.maxColumns());
            }
        } else {
            cell();
        }
    }

    private void line() {
        if (++lineLength > limits.maxLineLength()) {
            throw new CsvLimitException("import.limit.line", row, limits.maxLineLength());
        }
    }

    private void cell() {
        if (++cellLength > limits.maxCellLength()) {
            throw new CsvLimitException("import.limit.cell", row, limits.maxCellLength());
        }
    }
}
