package nl.stedenband.imports;

import jakarta.validation.Validator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import nl.stedenband.base.database.LongStatements;
import nl.stedenband.city.CityService;
import nl.stedenband.contact.CrmPermissions;
import nl.stedenband.security.Access;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Imports organizations and contacts from a CSV file in two streaming passes: the first checks
 * every row (entity rules, known city and kind, the user's right to write it, duplicates in the
 * file and in the register) and keeps only the problems and the keys it needs to spot duplicates;
 * the second writes the rows in batches. Both run in one database transaction, so an import that
 * fails half-way leaves nothing behind, and all its records share one audit revision in the
 * importing user's name. Who may import is who may create organizations and contacts; which rows
 * a coordinator may import is decided row by row by {@link CrmPermissions}.
 */
@Service
@PreAuthorize(Access.ADMIN_OFFICER_OR_COORDINATOR)
public class ImportService {

    private final DataSource dataSource;
    private final CityService cities;
    private final CrmPermissions permissions;
    private final Validator validator;
    private final ImportLimits limits;

    ImportService(
            DataSource dataSource,
            CityService cities,
            CrmPermissions permissions,
            Validator validator,
            ImportLimits limits) {
        // an import of 100,000 rows legitimately commits for longer than the pool's socket timeout allows
        this.dataSource = LongStatements.of(dataSource);
        this.cities = cities;
        this.permissions = permissions;
        this.validator = validator;
        this.limits = limits;
    }

    /** The start of the file with the layout, kind and mapping it most likely has. */
    public ImportPreview preview(Path file) {
        return read(file, limits);
    }

    /** The start of the file read with the given layout (when the user corrects the encoding or separator). */
    public ImportPreview preview(Path file, CsvLayout layout) {
        return read(file, layout, limits);
    }

    /** The preview of {@link #preview(Path)}, without the database: also what the hostile-corpus probe runs. */
    static ImportPreview read(Path file, ImportLimits limits) {
        CsvLayout fallback = new CsvLayout(java.nio.charset.StandardCharsets.UTF_8, ',');
        try {
            return readLayout(file, CsvFiles.detect(file, limits), limits);
        } catch (CsvLimitException e) {
            return refused(fallback, e.problem());
        } catch (IOException e) {
            return unreadable(fallback);
        }
    }

    static ImportPreview read(Path file, CsvLayout layout, ImportLimits limits) {
        try {
            CsvFiles.refuseUnreadable(file, limits, layout.charset());
        } catch (CsvLimitException e) {
            return refused(layout, e.problem());
        } catch (IOException e) {
            return unreadable(layout);
        }
        return readLayout(file, layout, limits);
    }

    private static ImportPreview readLayout(Path file, CsvLayout layout, ImportLimits limits) {
        List<String> headings = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        try (CSVParser parser = CsvFiles.parser(file, layout, null, limits)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (records.hasNext()) {
                records.next().forEach(h -> headings.add(h.strip()));
            }
            while (rows.size() < limits.previewRows() && records.hasNext()) {
                CSVRecord record = records.next();
                rows.add(record.stream().map(RowReader::quote).toList());
            }
        } catch (CsvLimitException e) {
            // nothing of a file over a limit is shown: its columns are what must not be built
            return refused(layout, e.problem());
        } catch (IOException e) {
            return unreadable(layout);
        } catch (UncheckedIOException | IllegalStateException e) {
            // the heading is row 1, so the row that broke is the one after the heading and the rows read
            problems.add(RowProblem.of(rows.size() + 2L, "import.error.quotes"));
        }
        if (headings.isEmpty()) {
            problems.add(RowProblem.of(0, "import.error.empty-file"));
        }
        ImportKind kind = guessKind(headings);
        return new ImportPreview(layout, headings, rows, kind, mappingFor(headings, kind), problems);
    }

    /** What each heading suggests for this kind of file: each field from the first column that suggests it. */
    public Map<ImportField, Integer> guessMapping(List<String> headings, ImportKind kind) {
        return mappingFor(headings, kind);
    }

    static Map<ImportField, Integer> mappingFor(List<String> headings, ImportKind kind) {
        Map<ImportField, Integer> mapping = new java.util.EnumMap<>(ImportField.class);
        for (int i = 0; i < headings.size(); i++) {
            ImportField field = ImportField.guess(headings.get(i), kind);
            if (field != null && !mapping.containsKey(field)) {
                mapping.put(field, i);
            }
        }
        if (kind == ImportKind.CONTACTS && mapping.containsKey(ImportField.LAST_NAME)) {
            mapping.remove(ImportField.FULL_NAME);
        }
        return mapping;
    }

    /** Checks every row without writing anything. */
    public ImportCheck check(Path file, ImportPlan plan, @Nullable ImportProgress progress) {
        ImportProgress tracked = progress == null ? new ImportProgress() : progress;
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            ImportCheck check = checker(plan, connection, tracked).run(file).check();
            tracked.done();
            return check;
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Import check failed", e);
        }
    }

    /**
     * Checks the file and imports it as the mode says: its valid rows, or nothing unless every row is
     * valid. All in one transaction and one audit revision.
     */
    public ImportResult importRows(Path file, ImportPlan plan, ImportMode mode, @Nullable ImportProgress progress) {
        ImportProgress tracked = progress == null ? new ImportProgress() : progress;
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                ImportCheck.Outcome outcome = checker(plan, connection, tracked).run(file);
                ImportCheck check = outcome.check();
                boolean refused = !check.importable()
                        || (mode == ImportMode.ALL_OR_NOTHING && (check.problemCount() > 0 || !check.complete()));
                if (refused) {
                    connection.rollback();
                    tracked.done();
                    return new ImportResult(check, 0, 0, check.rows(), true);
                }
                ImportWriter writer = new ImportWriter(
                        connection, plan, outcome.existingOrganizations(), outcome.approvedOrganizations());
                write(file, plan, outcome.invalidRows(), writer, tracked);
                connection.commit();
                tracked.done();
                return new ImportResult(
                        check,
                        writer.organizationsCreated(),
                        writer.contactsCreated(),
                        check.rows() - check.validRows(),
                        false);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Import failed", e);
        }
    }

    /**
     * Writes the rows the check refuses, as the file has them, each with its reasons in a last
     * column headed {@code reasonHeading}: UTF-8 with a byte order mark and the file's separator,
     * to be corrected in a spreadsheet and imported again. Rows that are fine are not in it.
     */
    public void writeRejectedRows(
            Path file, ImportPlan plan, String reasonHeading, Function<RowProblem, String> reason, OutputStream out)
            throws IOException {
        Map<Long, List<RowProblem>> rejected;
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            ImportChecker checker =
                    checker(plan, connection, new ImportProgress()).collectingEveryProblem();
            checker.run(file);
            rejected = checker.problemsByRow();
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Import check failed", e);
        }
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        CSVFormat format = CSVFormat.Builder.create()
                .setDelimiter(plan.layout().delimiter())
                .setRecordSeparator("\r\n")
                .get();
        try (CSVParser parser = CsvFiles.parser(file, plan.layout(), null, limits);
                CSVPrinter printer = new CSVPrinter(writer, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                return;
            }
            List<String> heading = new ArrayList<>(records.next().toList());
            heading.add(reasonHeading);
            printer.printRecord(heading);
            while (records.hasNext()) {
                CSVRecord record = records.next();
                List<RowProblem> problems = rejected.get(record.getRecordNumber());
                if (problems != null) {
                    List<String> values = new ArrayList<>(record.toList());
                    values.add(problems.stream().map(reason).collect(java.util.stream.Collectors.joining(" ")));
                    printer.printRecord(values);
                }
            }
        } catch (CsvLimitException | UncheckedIOException | IllegalStateException e) {
            // the rows after a broken quote or a limit were never read, so none of them is rejected by name
        }
    }

    private ImportChecker checker(ImportPlan plan, Connection connection, ImportProgress progress) {
        RowReader reader = new RowReader(plan, cities.listCities(), validator, permissions);
        return new ImportChecker(plan, reader, connection, permissions, progress, limits);
    }

    /** The second pass: the rows the check found valid, in batches. */
    private void write(Path file, ImportPlan plan, BitSet invalid, ImportWriter writer, ImportProgress progress)
            throws SQLException {
        RowReader reader = new RowReader(plan, cities.listCities(), validator, permissions);
        List<ImportRow> batch = new ArrayList<>(ImportWriter.BATCH);
        List<RowProblem> ignored = new ArrayList<>();
        try {
            progress.start(ImportProgress.Phase.IMPORTING, Files.size(file));
            try (CSVParser parser = CsvFiles.parser(file, plan.layout(), progress.bytesRead, limits)) {
                Iterator<CSVRecord> records = parser.iterator();
                if (!records.hasNext()) {
                    return;
                }
                int columns = records.next().size();
                while (true) {
                    CSVRecord record;
                    try {
                        if (!records.hasNext()) {
                            break;
                        }
                        record = records.next();
                    } catch (UncheckedIOException | IllegalStateException e) {
                        break; // the check stopped at the same broken quote and reported it
                    }
                    long row = record.getRecordNumber();
                    if (ImportChecker.blank(record) || invalid.get(Math.toIntExact(row))) {
                        continue;
                    }
                    ignored.clear();
                    ImportRow read = reader.read(record, row, columns, ignored, false);
                    if (read == null) {
                        continue;
                    }
                    batch.add(read);
                    progress.row();
                    if (batch.size() == ImportWriter.BATCH) {
                        writer.write(batch);
                        batch.clear();
                    }
                }
            }
            writer.write(batch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ImportPreview unreadable(CsvLayout layout) {
        return refused(layout, RowProblem.of(0, "import.error.unreadable"));
    }

    private static ImportPreview refused(CsvLayout layout, RowProblem problem) {
        return new ImportPreview(layout, List.of(), List.of(), ImportKind.ORGANIZATIONS, Map.of(), List.of(problem));
    }

    /** A file with columns for a person (a first or last name, an e-mail address, …) holds contacts. */
    static ImportKind guessKind(List<String> headings) {
        for (String h : headings) {
            ImportField field = ImportField.guess(h, ImportKind.CONTACTS);
            if (field != null && !field.appliesTo(ImportKind.ORGANIZATIONS) && !ImportField.isPlainName(h)) {
                return ImportKind.CONTACTS;
            }
        }
        return ImportKind.ORGANIZATIONS;
    }
}
