package nl.stedenband.imports;

import java.util.BitSet;
import java.util.List;

/**
 * What a check of the whole file found: how many rows it read, how many are fine, and the problems
 * (the first {@link #MAX_LISTED} of them listed, all of them counted). {@code complete} is false
 * when the file could not be read to the end (a quote that never closes): rows after that point
 * were not read.
 */
public record ImportCheck(long rows, long validRows, long problemCount, List<RowProblem> problems, boolean complete) {

    public static final int MAX_LISTED = 1_000;

    public ImportCheck {
        problems = List.copyOf(problems);
    }

    /** Whether a file-level problem (no column for a required field, unreadable file) rules out any import. */
    public boolean importable() {
        return problems.stream().noneMatch(p -> p.row() == 0) && validRows > 0;
    }

    /** The check with the rows it refused, for the import that follows it. */
    record Outcome(ImportCheck check, BitSet invalidRows, java.util.Map<String, ExistingOrganization> existingOrganizations) {}

    /** An organization of the register that rows of a contact file belong to. */
    record ExistingOrganization(long id, @org.jspecify.annotations.Nullable Long cityId, nl.stedenband.contact.OrganizationType type) {}
}
