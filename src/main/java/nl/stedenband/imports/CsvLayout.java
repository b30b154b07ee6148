package nl.stedenband.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** How a CSV file is written: its character encoding and the character between the values. */
public record CsvLayout(Charset charset, char delimiter) {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The encodings offered to correct a wrong guess. */
    public static final List<Charset> CHARSETS =
            List.of(StandardCharsets.UTF_8, WINDOWS_1252, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);

    /** The separators offered: comma, semicolon (Dutch Excel), tab and vertical bar. */
    public static final List<Character> DELIMITERS = List.of(',', ';', '\t', '|');

    public CsvLayout withCharset(Charset other) {
        return new CsvLayout(other, delimiter);
    }

    public CsvLayout withDelimiter(char other) {
        return new CsvLayout(charset, other);
    }
}
