package nl.stedenband.imports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Files an attacker or a clumsy user would upload to the import, generated when a test asks for
 * them (the large ones are megabytes and not kept in the repository). Each says what the import
 * must make of it: refused with one message (its bundle key), or read with this many records
 * imported. Organization names carry {@code tag}, so a run finds exactly its own records.
 */
final class HostileCorpus {

    /** A file of the corpus: {@code key} is the message expected (null: none), {@code imported} the organizations created. */
    record Entry(String name, @Nullable String key, int imported, boolean refusedAtPreview, Generator generator) {

        Path writeTo(Path dir) {
            Path file = dir.resolve(name);
            try {
                generator.write(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return file;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Generator {
        void write(Path file) throws IOException;
    }

    private static final Charset CP1252 = Charset.forName("windows-1252");

    private HostileCorpus() {}

    static List<Entry> entries(String tag, ImportLimits limits) {
        List<Entry> e = new ArrayList<>();
        String name = "Name";
        // sizes: a row, a value and a file just over their limits, and far over them
        e.add(refused(
                "header-1000000-columns.csv",
                "import.limit.columns",
                f -> repeat(f, "", i -> (i == 0 ? "" : ",") + "c" + i, 1_000_000, "\n")));
        e.add(refused(
                "header-20000-columns.csv",
                "import.limit.columns",
                f -> repeat(f, "", i -> (i == 0 ? "" : ",") + "c" + i, 20_000, "\nA,B\n")));
        e.add(refused(
                "columns-over-limit-by-one.csv",
                "import.limit.columns",
                f -> text(
                        f,
                        name + ",x".repeat(limits.maxColumns()) + "\n" + tag + " Over"
                                + ",v".repeat(limits.maxColumns()) + "\n")));
        e.add(read(
                "columns-at-limit.csv",
                1,
                f -> text(
                        f,
                        name + ",x".repeat(limits.maxColumns() - 1) + "\n" + tag + " AtLimit"
                                + ",v".repeat(limits.maxColumns() - 1) + "\n")));
        e.add(refused(
                "separators-only-1000000.csv", "import.limit.columns", f -> repeat(f, "", i -> ",", 1_000_000, "\n")));
        e.add(refused("tabs-300-columns.csv", "import.limit.columns", f -> text(f, "Name" + "\tx".repeat(300) + "\n")));
        e.add(refused(
                "one-huge-quoted-cell.csv",
                "import.limit.cell",
                f -> repeat(f, "Name,Notes\n" + tag + " Huge,\"", i -> "AAAAAAAAAA", 1_000_000, "\"\n")));
        e.add(refused(
                "one-huge-unquoted-cell.csv",
                "import.limit.cell",
                f -> repeat(f, "Name,Notes\n" + tag + " Huge,", i -> "AAAAAAAAAA", 100_000, "\n")));
        e.add(refused(
                "huge-heading.csv",
                "import.limit.cell",
                f -> repeat(f, "", i -> "N", limits.maxCellLength() + 1, "\n")));
        e.add(refused(
                "long-line-without-newline.csv",
                "import.limit.line",
                f -> repeat(f, "Name,", i -> (i == 0 ? "" : ",") + "x".repeat(1_000), 150, "")));
        e.add(refused(
                "million-tiny-rows.csv",
                "import.limit.rows",
                f -> repeat(f, "Name\n", i -> tag + "r" + i + "\n", 1_000_000, "")));
        e.add(refused("file-over-size-limit.csv", "import.limit.file-size", f -> {
            text(f, "Name\n" + tag + " Size\n");
            try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
                raf.setLength(limits.maxFileSize() + 1);
            }
        }));
        // quoting
        e.add(refused(
                "deep-quoting.csv",
                "import.limit.line",
                f -> repeat(f, "Name\n", i -> "\"\"\"\"\"\"\"\"\"\"", 200_000, "\n")));
        e.add(refused(
                "quote-never-closes-long.csv",
                "import.limit.cell",
                f -> repeat(f, "Name,Notes\n\"" + tag + " Open,", i -> "row " + i + "\n", 100_000, "")));
        e.add(refused(
                "quote-never-closes-short.csv",
                "import.error.quotes",
                f -> text(f, "Name,Notes\n\"" + tag + " Open,a\nb,c\n")));
        e.add(refused(
                "text-after-closing-quote.csv",
                "import.error.quotes",
                f -> text(f, "Name,Notes\n\"" + tag + " Q\"x,a\n")));
        e.add(read(
                "escaped-quotes.csv",
                1,
                f -> text(f, "Name,Notes\n\"" + tag + " \"\"Quoted\"\" BV\",\"a, b\"\"c\"\"\"\n")));
        e.add(read(
                "quoted-line-breaks.csv",
                1,
                f -> text(f, "Name,Notes\n\"" + tag + " Breaks\",\"line 1\nline 2\r\nline 3\"\n")));
        // not text at all
        e.add(refused("binary-garbage.csv", "import.error.binary", f -> {
            byte[] bytes = new byte[1 << 20];
            new Random(18).nextBytes(bytes);
            Files.write(f, bytes);
        }));
        e.add(refused(
                "nul-bytes.csv",
                "import.error.binary",
                f -> Files.write(f, ("Name\n" + tag + " N\0L\n").getBytes(StandardCharsets.UTF_8))));
        e.add(refused(
                "control-characters.csv",
                "import.error.binary",
                f -> Files.write(
                        f,
                        ("Name\n" + tag + "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u000b\u000e\u000f\n")
                                .getBytes(StandardCharsets.UTF_8))));
        e.add(refused("zip-bomb.csv", "import.error.binary", f -> zip(f, "bomb.csv", 100L << 20)));
        e.add(refused("xlsx-renamed.csv", "import.error.binary", f -> zip(f, "xl/workbook.xml", 1_000)));
        e.add(refused("gzip-bomb.csv", "import.error.binary", f -> {
            try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(f)))) {
                byte[] zeros = new byte[1 << 16];
                for (int i = 0; i < 1_600; i++) {
                    out.write(zeros);
                }
            }
        }));
        e.add(refused(
                "pdf-renamed.csv",
                "import.error.binary",
                f -> Files.write(f, "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1))));
        e.add(refused(
                "old-excel-renamed.csv",
                "import.error.binary",
                f -> Files.write(f, new byte[] {
                    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
                })));
        e.add(refused(
                "png-renamed.csv",
                "import.error.binary",
                f -> Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})));
        // every encoding as offices save it
        String accented = tag + " Café Zoë €";
        e.add(read(
                "utf8-bom.csv",
                1,
                f -> bytes(
                        f,
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        "Name;Notes\n" + accented + ";ü\n",
                        StandardCharsets.UTF_8)));
        e.add(read(
                "utf8-no-bom.csv",
                1,
                f -> bytes(f, new byte[0], "Name;Notes\n" + accented + " 2;ü\n", StandardCharsets.UTF_8)));
        e.add(read(
                "utf16le-bom.csv",
                1,
                f -> bytes(
                        f,
                        new byte[] {(byte) 0xFF, (byte) 0xFE},
                        "Name\tNotes\n" + accented + " 3\tü\n",
                        StandardCharsets.UTF_16LE)));
        e.add(read(
                "utf16be-bom.csv",
                1,
                f -> bytes(
                        f,
                        new byte[] {(byte) 0xFE, (byte) 0xFF},
                        "Name\tNotes\n" + accented + " 4\tü\n",
                        StandardCharsets.UTF_16BE)));
        e.add(read(
                "utf16le-no-bom.csv",
                1,
                f -> bytes(f, new byte[0], "Name,Notes\n" + tag + " Sixteen LE,x\n", StandardCharsets.UTF_16LE)));
        e.add(read(
                "utf16be-no-bom.csv",
                1,
                f -> bytes(f, new byte[0], "Name,Notes\n" + tag + " Sixteen BE,x\n", StandardCharsets.UTF_16BE)));
        e.add(read(
                "windows-1252.csv", 1, f -> bytes(f, new byte[0], "Name;Notes\n" + accented + " 5;€ – ü\n", CP1252)));
        e.add(new Entry("mixed-utf8-and-1252.csv", "import.error.encoding", 2, false, f -> {
            try (OutputStream out = Files.newOutputStream(f)) {
                out.write(("Name;Notes\n" + accented + " 6;ü\n" + tag + " Seven;é\n").getBytes(StandardCharsets.UTF_8));
                out.write((tag + " Eight;é\n").getBytes(CP1252));
            }
        }));
        e.add(new Entry(
                "utf8-bom-then-1252.csv",
                "import.error.encoding",
                0,
                false,
                f -> bytes(
                        f,
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        "Name;Notes\n" + tag + " Nine;é\n",
                        CP1252)));
        e.add(new Entry("lone-surrogate-utf8.csv", "import.error.encoding", 1, false, f -> {
            try (OutputStream out = Files.newOutputStream(f)) {
                out.write(("Name\n" + tag + " Fine é\n" + tag + " Bad ").getBytes(StandardCharsets.UTF_8));
                out.write(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'});
            }
        }));
        e.add(new Entry("overlong-utf8.csv", "import.error.encoding", 1, false, f -> {
            try (OutputStream out = Files.newOutputStream(f)) {
                out.write(("Name\n" + tag + " Fine üéàö\n" + tag + " Bad ").getBytes(StandardCharsets.UTF_8));
                out.write(new byte[] {(byte) 0xC0, (byte) 0xAF, '\n'});
            }
        }));
        // line ends and content that must stay text
        e.add(read("cr-only-line-ends.csv", 2, f -> text(f, "Name,Notes\r" + tag + " Mac 1,a\r" + tag + " Mac 2,b\r")));
        e.add(read(
                "crlf-line-ends.csv", 2, f -> text(f, "Name,Notes\r\n" + tag + " Win 1,a\r\n" + tag + " Win 2,b\r\n")));
        e.add(read(
                "formula-cells.csv",
                3,
                f -> text(
                        f,
                        "Name,Sector,Notes\n"
                                + "\"=" + tag
                                + "|' /C calc'!A0\",@SUM(1+1),\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"\n"
                                + "+" + tag + " Plus,-2+3,\t=1+1\n"
                                + "-" + tag + " Minus,=1,@x\n")));
        e.add(read("script-in-a-name.csv", 1, f -> text(f, "Name\n<script>alert('" + tag + "')</script>\n")));
        e.add(refused("empty.csv", "import.error.empty-file", f -> Files.write(f, new byte[0])));
        e.add(refused(
                "only-a-byte-order-mark.csv",
                "import.error.empty-file",
                f -> Files.write(f, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})));
        e.add(new Entry(
                "hundred-thousand-blank-lines.csv",
                "import.error.empty-file",
                0,
                true,
                f -> repeat(f, "", i -> "\n", 100_000, "")));
        e.add(new Entry(
                "separators-on-blank-rows.csv",
                null,
                0,
                false,
                f -> repeat(f, "Name,Notes\n", i -> ",\n", 100_000, "")));
        return e;
    }

    private static Entry refused(String name, String key, Generator generator) {
        boolean atPreview = !key.equals("import.error.quotes") && !key.equals("import.limit.rows");
        return new Entry(name, key, 0, atPreview, generator);
    }

    private static Entry read(String name, int imported, Generator generator) {
        return new Entry(name, null, imported, false, generator);
    }

    private static void text(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void bytes(Path file, byte[] bom, String text, Charset charset) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bom);
            out.write(text.getBytes(charset));
        }
    }

    /** Streams {@code head}, {@code count} pieces and {@code tail}: large files never exist as one string. */
    private static void repeat(
            Path file, String head, java.util.function.IntFunction<String> piece, int count, String tail)
            throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(head.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < count; i++) {
                out.write(piece.apply(i).getBytes(StandardCharsets.UTF_8));
            }
            out.write(tail.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A zip archive with one entry of {@code size} zero bytes: 100 MB packs into about 100 KB. */
    private static void zip(Path file, String entry, long size) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.putNextEntry(new ZipEntry(entry));
            byte[] zeros = new byte[1 << 16];
            for (long written = 0; written < size; written += zeros.length) {
                out.write(zeros, 0, (int) Math.min(zeros.length, size - written));
            }
            out.closeEntry();
        }
    }
}
