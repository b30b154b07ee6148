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

    /** Several organizations of the register have the row's name, none of them (or more than one) in its city. */
    private static final ExistingOrganization AMBIGUOUS = new ExistingOrganization(-1, null, OrganizationType.COMPANY);

    /** An organization the file names and the register lacks, as its first row gives it. */
    private static final class Pending {
        final String key;
        final String name;
        final OrganizationType type;
        final @Nullable Long cityId;
        final long firstRow;
        long rows;

        Pending(ImportRow row, OrganizationType type) {
            this.key = java.util.Objects.requireNonNull(row.organizationNameKey());
            this.name = java.util.Objects.requireNonNull(row.organizationName());
            this.type = type;
            this.cityId = row.cityId();
            this.firstRow = row.row();
        }
    }

    private final Map<String, Pending> pending = new java.util.LinkedHashMap<>();
    /** The register's organizations the user mapped new names to, by id. */
    private final Map<Long, ExistingOrganization> chosen = new HashMap<>();

    ImportChecker(
            ImportPlan plan,
            RowReader reader,
            Connection connection,
            CrmPermissions permissions,
            ImportProgress progress,
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
        try {
            lookUpChosen();
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException(e));
        }
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
        // found a batch at a time (the register's answers after the rows' own), listed as the file has them
        listed.sort(java.util.Comparator.comparingLong(RowProblem::row));
        List<ImportCheck.NewOrganization> listedNew = new ArrayList<>(pending.size());
        Map<String, ImportCheck.NewOrganization> approved = new HashMap<>();
        for (Pending p : pending.values()) {
            ImportCheck.NewOrganization shown = new ImportCheck.NewOrganization(
                    p.key,
                    p.name,
                    p.type,
                    p.cityId,
                    reader.cityName(p.cityId),
                    p.firstRow,
                    p.rows,
                    plan.organizations().get(p.key));
            listedNew.add(shown);
            if (Long.valueOf(ImportPlan.CREATE).equals(shown.decision())) {
                approved.put(p.key, shown);
            }
        }
        return new ImportCheck.Outcome(
                new ImportCheck(rows, valid, problemCount, listed, complete, listedNew), invalid, resolved, approved);
    }

    private void problem(RowProblem problem) {
        record(problem);
        if (problem.row() > 0) {
            invalid.set(Math.toIntExact(problem.row()));
        }
    }

    /** Every problem of every row, when the caller writes the rejected rows out; null otherwise. */
    private @Nullable Map<Long, List<RowProblem>> byRow;

    ImportChecker collectingEveryProblem() {
        byRow = new HashMap<>();
        return this;
    }

    Map<Long, List<RowProblem>> problemsByRow() {
        return byRow == null ? Map.of() : byRow;
    }

    private void record(RowProblem problem) {
        if (byRow != null && problem.row() > 0) {
            byRow.computeIfAbsent(problem.row(), r -> new ArrayList<>(1)).add(problem);
        }
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
                problem(RowProblem.of(
                        row.row(),
                        "import.error.organization-in-file",
                        RowReader.quote(row.organizationName()),
                        first));
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
                    problem(RowProblem.of(
                            row.row(), "import.error.organization-exists", RowReader.quote(row.organizationName())));
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
                organizationOf(row);
            }
        }
    }

    /**
     * The organization a contact row belongs to: the register's one of that name (case, accents,
     * punctuation and spaces aside), wherever it is; when there are several, the one in the row's
     * city. Otherwise the one the user mapped the name to, or a new one — listed, and created only
     * when the user approved it and the row says what kind it is.
     */
    private void organizationOf(ImportRow row) {
        String name = RowReader.quote(java.util.Objects.requireNonNull(row.organizationName()));
        ExistingOrganization organization = resolve(row);
        if (organization == AMBIGUOUS) {
            problem(RowProblem.of(row.row(), "import.error.organization-ambiguous", name));
            return;
        }
        Long decision = plan.organizations().get(row.organizationNameKey());
        if (organization == null && decision != null && decision != ImportPlan.CREATE) {
            organization = chosen.get(decision);
            if (organization != null) {
                resolved.put(row.organizationKey(), organization);
            }
        }
        if (organization != null) {
            if (!permissions.canWrite(organization.type())) {
                problem(RowProblem.of(row.row(), "import.error.contact-not-allowed", name, organization.type()));
            }
            return;
        }
        if (row.type() == null) {
            problem(RowProblem.of(row.row(), "import.error.organization-without-type", name));
            return;
        }
        Pending created = pending.get(row.organizationNameKey());
        if (created == null && pending.size() < ImportCheck.MAX_NEW_ORGANIZATIONS) {
            created = new Pending(row, row.type());
            pending.put(created.key, created);
        }
        if (created != null) {
            created.rows++;
        }
        if (created == null || decision == null) {
            problem(RowProblem.of(row.row(), "import.error.organization-not-approved", name));
        } else if (!permissions.canWrite(created.type)) {
            problem(RowProblem.of(row.row(), "import.error.contact-not-allowed", name, created.type));
        }
    }

    private @Nullable ExistingOrganization resolve(ImportRow row) {
        String key = row.organizationKey();
        ExistingOrganization known = resolved.get(key);
        if (known != null) {
            return known;
        }
        List<Existing> named = registerByName.getOrDefault(row.organizationNameKey(), List.of());
        ExistingOrganization match = null;
        if (named.size() == 1) {
            match = named.get(0).organization();
        } else if (named.size() > 1) {
            List<ExistingOrganization> here = named.stream()
                    .filter(e -> e.key().equals(key))
                    .map(Existing::organization)
                    .toList();
            match = here.size() == 1 ? here.get(0) : AMBIGUOUS;
        }
        if (match != null && match != AMBIGUOUS) {
            resolved.put(key, match);
        }
        return match;
    }

    private void lookUpChosen() throws SQLException {
        List<Long> ids = plan.organizations().values().stream()
                .filter(id -> id != ImportPlan.CREATE)
                .distinct()
                .toList();
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, city_id, type FROM organization WHERE id IN (" + placeholders(ids) + ")")) {
            int i = 1;
            for (Long id : ids) {
                select.setLong(i++, id);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Long cityId = rs.getObject(2) == null ? null : rs.getLong(2);
                    chosen.put(
                            rs.getLong(1),
                            new ExistingOrganization(rs.getLong(1), cityId, OrganizationType.valueOf(rs.getString(3))));
                }
            }
        }
    }

    private void lookUpOrganizations(List<ImportRow> batch) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        for (ImportRow row : batch) {
            if (row.organizationName() != null && !registerByName.containsKey(row.organizationNameKey())) {
                names.add(row.organizationNameKey());
                registerByName.put(row.organizationNameKey(), new ArrayList<>(1));
            }
        }
        if (names.isEmpty()) {
            return;
        }
        // name_key drops punctuation as Keys.name does, and its collation case and accents, so IN
        // finds "Café Twente, B.V." for "cafe twente b v"
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, name, city_id, type FROM organization WHERE name_key IN (" + placeholders(names) + ")")) {
            int i = 1;
            for (String name : names) {
                select.setString(i++, name);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    Long cityId = rs.getObject(3) == null ? null : rs.getLong(3);
                    OrganizationType type = OrganizationType.valueOf(rs.getString(4));
                    registerByName
                            .computeIfAbsent(Keys.name(rs.getString(2)), k -> new ArrayList<>(1))
                            .add(new Existing(
                                    Keys.organization(rs.getString(2), cityId),
                                    new ExistingOrganization(id, cityId, type)));
                }
            }
        }
    }

    private Set<String> registeredEmails(List<ImportRow> batch) throws SQLException {
        List<String> emails =
                batch.stream().map(ImportRow::email).filter(e -> e != null).toList();
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
