package nl.stedenband.imports;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.jspecify.annotations.Nullable;

/**
 * Reading CSV files as offices have them: UTF-8 with or without a byte order mark (Excel's "CSV
 * UTF-8"), Windows-1252 (Excel's plain "CSV" on Windows), UTF-16 with a byte order mark, and comma,
 * semicolon (Dutch Excel), tab or bar between the values. Everything streams: nothing holds the
 * whole file.
 */
final class CsvFiles {

    private static final int SAMPLE_LINES = 20;
    /** The separator is guessed from at most this many characters of the first lines. */
    private static final int SAMPLE_CHARS = 1 << 16;

    private static final int SNIFF_BYTES = 8192;

    /** The first bytes of files that are not text: zip (also .xlsx, .docx), old .xls, PDF, gzip, 7z, rar and images. */
    private static final List<byte[]> BINARY_SIGNATURES = List.of(
            new byte[] {'P', 'K', 3, 4},
            new byte[] {'P', 'K', 5, 6},
            new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0},
            new byte[] {'%', 'P', 'D', 'F'},
            new byte[] {0x1F, (byte) 0x8B},
            new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF},
            new byte[] {'R', 'a', 'r', '!'},
            new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            new byte[] {'G', 'I', 'F', '8'});

    private CsvFiles() {}

    /** The encoding and separator the file most likely uses; a file over the size limit or not text at all is refused. */
    static CsvLayout detect(Path file, ImportLimits limits) throws IOException {
        Charset charset = refuseUnreadable(file, limits, null);
        if (charset == null) {
            charset = detectCharset(file);
        }
        return new CsvLayout(charset, detectDelimiter(file, charset));
    }

    /**
     * Refuses a file over the size limit or one that is no text (a spreadsheet, an archive, binary
     * data): from its first bytes, before anything is parsed. Returns UTF-16 when the file is that
     * without a byte order mark (every other byte zero), otherwise null. With {@code chosen} (the
     * user's encoding) only the size and the signatures of other formats count.
     */
    static @Nullable Charset refuseUnreadable(Path file, ImportLimits limits, @Nullable Charset chosen)
            throws IOException {
        long size = Files.size(file);
        if (size > limits.maxFileSize()) {
            throw new CsvLimitException("import.limit.file-size", megabytes(size), megabytes(limits.maxFileSize()));
        }
        byte[] head = new byte[SNIFF_BYTES];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        for (byte[] signature : BINARY_SIGNATURES) {
            if (startsWith(head, n, signature)) {
                throw new CsvLimitException("import.error.binary");
            }
        }
        boolean bom = n >= 2
                && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                        || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF));
        boolean sixteen = bom || (chosen != null && chosen.name().startsWith("UTF-16"));
        if (sixteen) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                if (i % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            } else if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                controls++;
            }
        }
        if (chosen == null && n >= 4) {
            // ASCII text in UTF-16 without a byte order mark: the high byte of nearly every character is zero
            if (evenZeros == 0 && oddZeros >= n / 4) {
                return StandardCharsets.UTF_16LE;
            }
            if (oddZeros == 0 && evenZeros >= n / 4) {
                return StandardCharsets.UTF_16BE;
            }
        }
        if (evenZeros + oddZeros > 0 || controls > Math.max(2, n / 100)) {
            throw new CsvLimitException("import.error.binary");
        }
        return null;
    }

    private static boolean startsWith(byte[] head, int n, byte[] signature) {
        if (n < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (head[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /** Megabytes with one decimal, as the limit message shows them. */
    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    /**
     * A byte order mark decides; otherwise the whole file is read once as bytes: text that is valid
     * UTF-8 is UTF-8, text with no valid multi-byte sequence but other high bytes is Windows-1252,
     * and a mix is UTF-8 with damaged places (the rows that have them are refused, not mangled).
     */
    static Charset detectCharset(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            in.mark(4);
            int b0 = in.read();
            int b1 = in.read();
            int b2 = in.read();
            if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
                return StandardCharsets.UTF_8;
            }
            if (b0 == 0xFF && b1 == 0xFE) {
                return StandardCharsets.UTF_16LE;
            }
            if (b0 == 0xFE && b1 == 0xFF) {
                return StandardCharsets.UTF_16BE;
            }
            in.reset();
            long valid = 0;
            long invalid = 0;
            byte[] buffer = new byte[1 << 16];
            int pending = 0; // continuation bytes still expected
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    int b = buffer[i] & 0xFF;
                    if (pending > 0) {
                        if ((b & 0xC0) == 0x80) {
                            if (--pending == 0) {
                                valid++;
                            }
                            continue;
                        }
                        invalid++;
                        pending = 0;
                    }
                    if (b < 0x80) {
                        continue;
                    }
                    if (b >= 0xC2 && b <= 0xDF) {
                        pending = 1;
                    } else if (b >= 0xE0 && b <= 0xEF) {
                        pending = 2;
                    } else if (b >= 0xF0 && b <= 0xF4) {
                        pending = 3;
                    } else {
                        invalid++;
                    }
                }
            }
            if (pending > 0) {
                invalid++;
            }
            if (invalid == 0 || valid >= invalid) {
                return StandardCharsets.UTF_8;
            }
            return CsvLayout.WINDOWS_1252;
        }
    }

    /**
     * The separator that splits the first lines into the same number of values, most of them; a
     * single-column file (no separator at all) reads as comma-separated.
     */
    static char detectDelimiter(Path file, Charset charset) throws IOException {
        List<String> lines = new ArrayList<>();
        // read character by character up to a bound: a file without line breaks must not become one huge string
        try (Reader reader = reader(Files.newInputStream(file), charset)) {
            StringBuilder line = new StringBuilder();
            int read = 0;
            int c;
            while (lines.size() < SAMPLE_LINES && read++ < SAMPLE_CHARS && (c = reader.read()) >= 0) {
                if (c == '\n' || c == '\r') {
                    if (!line.toString().isBlank()) {
                        lines.add(line.toString());
                    }
                    line.setLength(0);
                } else {
                    line.append((char) c);
                }
            }
            if (lines.size() < SAMPLE_LINES && !line.toString().isBlank()) {
                lines.add(line.toString());
            }
        }
        char best = ',';
        double bestScore = 0;
        for (char candidate : CsvLayout.DELIMITERS) {
            List<Integer> counts =
                    lines.stream().map(l -> countOutsideQuotes(l, candidate)).toList();
            if (counts.isEmpty() || counts.get(0) == 0) {
                continue;
            }
            int header = counts.get(0);
            long consistent = counts.stream().filter(c -> c == header).count();
            // consistency first, then how many columns it makes
            double score = (double) consistent / counts.size() * 1000 + header;
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char delimiter) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }

    /** A reader in the layout's encoding that skips a byte order mark and marks damaged bytes with U+FFFD. */
    static Reader reader(InputStream in, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    /**
     * Commons CSV over the file: quotes as Excel writes them, strict about quotes that do not close,
     * and reading stops with a {@link CsvLimitException} at the first row over a limit.
     */
    static CSVParser parser(Path file, CsvLayout layout, @Nullable AtomicLong bytesRead, ImportLimits limits)
            throws IOException {
        InputStream in = Files.newInputStream(file);
        if (bytesRead != null) {
            in = new CountingInputStream(in, bytesRead);
        }
        CSVFormat format = CSVFormat.Builder.create()
                .setDelimiter(layout.delimiter())
                .setQuote('"')
                .setRecordSeparator("\r\n")
                .setIgnoreEmptyLines(true)
                .get();
        Reader bounded = new BoundedCsvReader(reader(in, layout.charset()), layout.delimiter(), limits);
        return CSVParser.builder().setReader(bounded).setFormat(format).get();
    }

    /**
     * Reads the whole file as {@link #parser} does, only to find a problem of the file as a whole:
     * over a size or content limit, no text, or no rows at all. Null when there is none of these.
     */
    static @Nullable RowProblem fileProblem(Path file, CsvLayout layout, ImportLimits limits) {
        try {
            refuseUnreadable(file, limits, layout.charset());
            try (CSVParser parser = parser(file, layout, null, limits)) {
                var records = parser.iterator();
                if (!records.hasNext()) {
                    return RowProblem.of(0, "import.error.empty-file");
                }
                while (records.hasNext()) {
                    records.next();
                }
            }
            return null;
        } catch (CsvLimitException e) {
            return e.problem();
        } catch (IOException e) {
            return RowProblem.of(0, "import.error.unreadable");
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            return null; // a broken quote is a problem of its row, reported by the check
        }
    }

    /** Counts the bytes read, for a progress bar that needs no row count in advance. */
    private static final class CountingInputStream extends FilterInputStream {
        private final AtomicLong count;

        CountingInputStream(InputStream in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }
    }
}
