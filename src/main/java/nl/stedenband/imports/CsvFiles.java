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

    private CsvFiles() {}

    /** The encoding and separator the file most likely uses. */
    static CsvLayout detect(Path file) throws IOException {
        Charset charset = detectCharset(file);
        return new CsvLayout(charset, detectDelimiter(file, charset));
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
        try (BufferedReader reader = new BufferedReader(reader(Files.newInputStream(file), charset))) {
            String line;
            while (lines.size() < SAMPLE_LINES && (line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        }
        char best = ',';
        double bestScore = 0;
        for (char candidate : CsvLayout.DELIMITERS) {
            List<Integer> counts = lines.stream().map(l -> countOutsideQuotes(l, candidate)).toList();
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

    /** Commons CSV over the file: quotes as Excel writes them, strict about quotes that do not close. */
    static CSVParser parser(Path file, CsvLayout layout, @Nullable AtomicLong bytesRead) throws IOException {
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
        return CSVParser.builder().setReader(reader(in, layout.charset())).setFormat(format).get();
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
