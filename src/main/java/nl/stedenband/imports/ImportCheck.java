package nl.stedenband.imports;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import nl.stedenband.contact.OrganizationType;
import org.jspecify.annotations.Nullable;

/**
 * What a check of the whole file found: how many rows it read, how many are fine, and the problems
 * in row order (the first {@link #MAX_LISTED} of them listed, all of them counted). {@code complete}
 * is false when the file could not be read to the end (a quote that never closes, a limit): rows
 * after that point were not read. {@code newOrganizations} are the organizations a file of contacts
 * names that the register does not have, for the user to approve or map to one it has.
 */
public record ImportCheck(
        long rows,
        long validRows,
        long problemCount,
        List<RowProblem> problems,
        boolean complete,
        List<NewOrganization> newOrganizations) {

    public static final int MAX_LISTED = 1_000;
    public static final int MAX_NEW_ORGANIZATIONS = 2_000;

    public ImportCheck {
        problems = List.copyOf(problems);
        newOrganizations = List.copyOf(newOrganizations);
    }

    /** Whether a file-level problem (no column for a required field, unreadable file) rules out any import. */
    public boolean importable() {
        return problems.stream().noneMatch(p -> p.row() == 0) && validRows > 0;
    }

    /**
     * An organization the import would create for a file of contacts, as its first row gives it;
     * {@code rows} name it, and {@code decision} is the plan's ({@link ImportPlan#CREATE}, an
     * organization's id, or null when the user has not decided).
     */
    public record NewOrganization(
            String key,
            String name,
            OrganizationType type,
            @Nullable Long cityId,
            @Nullable String cityName,
            long firstRow,
            long rows,
            @Nullable Long decision) {}

    /** The check with the rows it refused, for the import that follows it. */
    record Outcome(
            ImportCheck check,
            BitSet invalidRows,
            Map<String, ExistingOrganization> existingOrganizations,
            Map<String, NewOrganization> approvedOrganizations) {}

    /** An organization of the register that rows of a contact file belong to. */
    record ExistingOrganization(long id, @Nullable Long cityId, OrganizationType type) {}
}
