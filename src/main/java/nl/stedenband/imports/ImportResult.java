package nl.stedenband.imports;

/**
 * What an import did: the organizations and contacts it created, the rows it skipped, and whether
 * it imported nothing at all because of the mode or the problems ({@code check} lists them).
 */
public record ImportResult(
        ImportCheck check,
        long organizationsCreated,
        long contactsCreated,
        long rowsSkipped,
        boolean nothingImported) {}
