package nl.stedenband.base;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.jspecify.annotations.Nullable;

/**
 * Writes a list as CSV the way the office opens it: in Excel, by double click. UTF-8 with a byte
 * order mark (without it Excel reads "Müller" as "MÃ¼ller"), the separator Excel expects in the
 * screen's language (';' in Dutch, where ',' is the decimal comma), and cells that a spreadsheet
 * would run as a formula neutralised with a leading apostrophe (OWASP "CSV injection"): a contact
 * named {@code =cmd|' /C calc'!A0} stays text.
 */
public final class CsvExport implements AutoCloseable {

    static final char BOM = '\uFEFF';

    private final Writer out;
    private final CSVPrinter printer;

    public CsvExport(OutputStream stream, Locale locale) {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        try {
            out.write(BOM);
            this.printer = new CSVPrinter(
                    out,
                    CSVFormat.DEFAULT
                            .builder()
                            .setDelimiter(separator(locale))
                            .setQuoteMode(QuoteMode.MINIMAL)
                            .setRecordSeparator("\r\n")
                            .get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** ';' for Dutch screens, ',' otherwise. */
    public static char separator(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? ';' : ',';
    }

    /** A download's name: the list and the day, e.g. {@code contacts-2026-11-23.csv}. */
    public static String fileName(String list, LocalDate day) {
        return list + "-" + day + ".csv";
    }

    public void row(List<?> cells) {
        List<String> safe = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            safe.add(neutralised(cell));
        }
        try {
            printer.printRecord(safe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hands what is written so far to the browser, so that a long export streams. */
    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        flush();
    }

    /** The cell as text; one a spreadsheet would evaluate gets a leading apostrophe. */
    static String neutralised(@Nullable Object cell) {
        String text = cell == null ? "" : cell.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
