package nl.stedenband.base.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The app's Java sources read as text, with comments blanked out and string literals found. */
final class JavaSources {

    static final Path MAIN = Path.of("src/main/java");

    /** A string literal in a source file: its value and where it starts. */
    record Literal(String value, int start, int end) {}

    private JavaSources() {}

    static List<Path> all() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The source with comments replaced by spaces (line breaks kept, so offsets and lines stay right). */
    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source);
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                i = end < 0 ? n : end + 3;
            } else if (c == '"' || c == '\'') {
                i = endOfQuoted(source, i) + 1;
            } else if (source.startsWith("//", i)) {
                while (i < n && source.charAt(i) != '\n') {
                    out.setCharAt(i++, ' ');
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                for (; i < end; i++) {
                    if (source.charAt(i) != '\n') {
                        out.setCharAt(i, ' ');
                    }
                }
            } else {
                i++;
            }
        }
        return out.toString();
    }

    /** The string literals in {@code code} (comments removed) between {@code from} and {@code to}. */
    static List<Literal> literals(String code, int from, int to) {
        List<Literal> found = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = code.charAt(i);
            if (c == '\'') {
                i = endOfQuoted(code, i) + 1;
            } else if (c == '"' && !code.startsWith("\"\"\"", i)) {
                int end = endOfQuoted(code, i);
                found.add(new Literal(unescape(code.substring(i + 1, end)), i, end + 1));
                i = end + 1;
            } else if (code.startsWith("\"\"\"", i)) {
                int end = code.indexOf("\"\"\"", i + 3);
                found.add(new Literal(code.substring(i + 3, end), i, end + 3));
                i = end + 3;
            } else {
                i++;
            }
        }
        return found;
    }

    /** The index of the closing parenthesis that matches the one at {@code open}. */
    static int closingParenthesis(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfQuoted(code, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return code.length() - 1;
    }

    static int line(String code, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (code.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int endOfQuoted(String s, int start) {
        char quote = s.charAt(start);
        int i = start + 1;
        while (i < s.length() && s.charAt(i) != quote) {
            i += s.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }

    private static String unescape(String s) {
        return s.replace("\\\"", "\"").replace("\\n", "\n").replace("\\\\", "\\");
    }
}
