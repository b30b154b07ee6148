package nl.stedenband.imports;

/**
 * A file over one of the {@link ImportLimits}, or no text at all: thrown by the reading itself,
 * so nothing after the point where it was found is read, and reported as a problem of the whole
 * file (row 0) so nothing of it is imported.
 */
final class CsvLimitException extends RuntimeException {

    private final transient RowProblem problem;

    CsvLimitException(String key, Object... args) {
        super(key, null, false, false);
        this.problem = RowProblem.of(0, key, args);
    }

    RowProblem problem() {
        return problem;
    }
}
