package nl.stedenband.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.stedenband.contact.CrmPermissions;
import nl.stedenband.contact.OrganizationType;
import nl.stedenband.imports.ImportCheck.ExistingOrganization;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The first pass over a file: reads every row, and keeps only what later rows and the second pass
 * need — the problems, which rows have one, the keys of the rows seen (to spot a duplicate within
 * the file) and the register's organizations the rows name. Rows are compared with the register a
 * batch at a time, so the database answers a few hundred queries for 100,000 rows, not 100,000.
 */
final class ImportChecker {

    private final ImportPlan plan;
    private final RowReader reader;
    private final Connection connection;
    private final CrmPermissions permissions;
    private final ImportProgress progress;
    private final ImportLimits limits;

    private final List<RowProblem> listed = new ArrayList<>();
    private long problemCount;
    private final BitSet invalid = new BitSet();
    private final Map<String, Long> organizationsInFile = new HashMap<>();
    private final Map<String, Long> emailsInFile = new HashMap<>();
    /** The register's organizations by name key, for every name the file mentions. */
    private final Map<String, List<Existing>> registerByName = new HashMap<>();
    private final Map<String, ExistingOrganization> resolved = new HashMap<>();

    private record Existing(String key, ExistingOrganization organization) {}

    ImportChecker(ImportPlan plan, RowReader reader, Connection connection, CrmPermissions permissions, ImportProgress progress,
            ImportLimits limits) {
        this.limits = limits;
        this.plan = plan;
        this.reader = reader;
        this.connection = connection;
        this.permissions = permissions;
        this.progress = progress;
    }

    ImportCheck.Outcome run(Path file) {
        List<RowProblem> planProblems = reader.planProblems();
        if (!planProblems.isEmpty()) {
            // what is wrong with the file itself is the one thing to say: no mapping mends a file over a limit
            RowProblem fileProblem = CsvFiles.fileProblem(file, plan.layout(), limits);
            if (fileProblem != null) {
                problem(fileProblem);
            } else {
                planProblems.forEach(this::problem);
            }
            return outcome(0, fileProblem == null);
        }
        long rows = 0;
        boolean complete = true;
        List<ImportRow> batch = new ArrayList<>(ImportWriter.BATCH);
        try {
            CsvFiles.refuseUnreadable(file, limits, plan.layout().charset());
            progress.start(ImportProgress.Phase.CHECKING, Files.size(file));
            try (CSVParser parser = CsvFiles.parser(file, plan.layout(), progress.bytesRead, limits)) {
                Iterator<CSVRecord> records = parser.iterator();
                if (!hasNext(records)) {
                    problem(RowProblem.of(0, "import.error.empty-file"));
                    return outcome(0, true);
                }
                int columns = records.next().size();
                long lastRow = 1;
                while (true) {
                    CSVRecord record;
                    try {
                        if (!records.hasNext()) {
                            break;
                        }
                        record = records.next();
                    } catch (UncheckedIOException | IllegalStateException e) {
                        // the broken row was never read: it is reported, but is not one of the rows counted
                        record(RowProblem.of(lastRow + 1, "import.error.quotes"));
                        complete = false;
                        break;
                    }
                    long row = record.getRecordNumber();
                    lastRow = row;
                    progress.row();
                    if (blank(record)) {
                        continue;
                    }
                    rows++;
                    List<RowProblem> found = new ArrayList<>(1);
                    ImportRow read = reader.read(record, row, columns, found, true);
                    found.forEach(this::problem);
                    if (read != null && unique(read)) {
                        batch.add(read);
                    }
                    if (batch.size() == ImportWriter.BATCH) {
                        compareWithRegister(batch);
                        batch.clear();
                    }
                }
            }
            compareWithRegister(batch);
        } catch (CsvLimitException e) {
            // a file over a limit is refused as a whole: the rows before the limit are not imported either
            problem(e.problem());
            complete = false;
        } catch (IOException e) {
            problem(RowProblem.of(0, "import.error.unreadable"));
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException(e));
        }
        return outcome(rows, complete);
    }

    private static boolean hasNext(Iterator<CSVRecord> records) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            return false;
        }
    }

    private ImportCheck.Outcome outcome(long rows, boolean complete) {
        long valid = Math.max(0, rows - invalid.cardinality());
        return new ImportCheck.Outcome(new ImportCheck(rows, valid, problemCount, listed, complete), invalid, resolved);
    }

    private void problem(RowProblem problem) {
        record(problem);
        if (problem.row() > 0) {
            invalid.set(Math.toIntExact(problem.row()));
        }
    }

    private void record(RowProblem problem) {
        problemCount++;
        if (listed.size() < ImportCheck.MAX_LISTED) {
            listed.add(problem);
        }
    }

    /** Whether the row is the first of its kind in the file; the first occurrence is imported, the others refused. */
    private boolean unique(ImportRow row) {
        if (plan.kind() == ImportKind.ORGANIZATIONS) {
            Long first = organizationsInFile.putIfAbsent(row.organizationKey(), row.row());
            if (first != null) {
                problem(RowProblem.of(row.row(), "import.error.organization-in-file", RowReader.quote(row.organizationName()), first));
                return false;
            }
        } else if (row.emailKey() != null) {
            Long first = emailsInFile.putIfAbsent(row.emailKey(), row.row());
            if (first != null) {
                problem(RowProblem.of(row.row(), "import.error.email-in-file", RowReader.quote(row.email()), first));
                return false;
            }
        }
        return true;
    }

    private void compareWithRegister(List<ImportRow> batch) throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        lookUpOrganizations(batch);
        if (plan.kind() == ImportKind.ORGANIZATIONS) {
            for (ImportRow row : batch) {
                List<Existing> named = registerByName.getOrDefault(row.organizationNameKey(), List.of());
                if (named.stream().anyMatch(e -> e.key().equals(row.organizationKey()))) {
                    problem(RowProblem.of(row.row(), "import.error.organization-exists", RowReader.quote(row.organizationName())));
                }
            }
            return;
        }
        Set<String> registered = registeredEmails(batch);
        for (ImportRow row : batch) {
            if (row.emailKey() != null && registered.contains(row.emailKey())) {
                problem(RowProblem.of(row.row(), "import.error.contact-exists", RowReader.quote(row.email())));
            }
            if (row.organizationName() != null) {
                ExistingOrganization organization = resolve(row);
                OrganizationType type = organization == null ? row.type() : organization.type();
                if (!permissions.canWrite(type)) {
                    problem(RowProblem.of(row.row(), "import.error.contact-not-allowed", RowReader.quote(row.organizationName()), type));
                }
            }
        }
    }

    /**
     * The register's organization a contact row names: the one with that name in the row's city, or,
     * when the row names no city, the only one with that name. Null means the import creates it.
     */
    private @Nullable ExistingOrganization resolve(ImportRow row) {
        String key = row.organizationKey();
        ExistingOrganization known = resolved.get(key);
        if (known != null) {
            return known;
        }
        List<Existing> named = registerByName.getOrDefault(row.organizationNameKey(), List.of());
        ExistingOrganization match = named.stream().filter(e -> e.key().equals(key)).map(Existing::organization)
                .findFirst().orElse(null);
        if (match == null && row.cityId() == null && named.size() == 1) {
            match = named.get(0).organization();
        }
        if (match != null) {
            resolved.put(key, match);
        }
        return match;
    }

    private void lookUpOrganizations(List<ImportRow> batch) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        for (ImportRow row : batch) {
            if (row.organizationName() != null && !registerByName.containsKey(row.organizationNameKey())) {
                names.add(row.organizationName());
                registerByName.put(row.organizationNameKey(), new ArrayList<>(1));
            }
        }
        if (names.isEmpty()) {
            return;
        }
        // the column's collation compares as Keys does, so IN finds "cafe twente" for "Café Twente"
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, name, city_id, type FROM organization WHERE name IN (" + placeholders(names) + ")")) {
            int i = 1;
            for (String name : names) {
                select.setString(i++, name);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    Long cityId = rs.getObject(3) == null ? null : rs.getLong(3);
                    OrganizationType type = OrganizationType.valueOf(rs.getString(4));
                    registerByName.computeIfAbsent(Keys.text(rs.getString(2)), k -> new ArrayList<>(1))
                            .add(new Existing(Keys.organization(rs.getString(2), cityId), new ExistingOrganization(id, cityId, type)));
                }
            }
        }
    }

    private Set<String> registeredEmails(List<ImportRow> batch) throws SQLException {
        List<String> emails = batch.stream().map(ImportRow::email).filter(e -> e != null).toList();
        Set<String> found = new java.util.HashSet<>();
        if (emails.isEmpty()) {
            return found;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT email FROM contact WHERE email IN (" + placeholders(emails) + ")")) {
            int i = 1;
            for (String email : emails) {
                select.setString(i++, email);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.add(Keys.email(rs.getString(1)));
                }
            }
        }
        return found;
    }

    static String placeholders(Collection<?> values) {
        return String.join(",", java.util.Collections.nCopies(values.size(), "?"));
    }

    static boolean blank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
