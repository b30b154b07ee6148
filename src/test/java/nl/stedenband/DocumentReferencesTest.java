package nl.stedenband;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The design lives in the repository: every document that code, tests, scripts and docs cite
 * (a file ending in {@code .md}) is a file of the project, found from the project's root or beside the
 * citing file, so that a newcomer can follow every reference.
 */
class DocumentReferencesTest {

    /** A file name ending in .md, read backwards from each ".md": linear in the text, whatever it holds. */
    private static final Pattern NAME_CHAR = Pattern.compile("[A-Za-z0-9_./-]");

    private static final List<Path> SOURCES = List.of(
            Path.of("src"),
            Path.of("docs"),
            Path.of("scripts"),
            Path.of("deploy"),
            Path.of(".ci"),
            Path.of("README.md"));

    @Test
    void everyCitedDocumentIsInTheRepository() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path source : SOURCES) {
            if (!Files.exists(source)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String text;
                    try {
                        text = Files.readString(file);
                    } catch (MalformedInputException e) {
                        continue; // a binary file cites nothing
                    }
                    for (String cited : citedIn(text)) {
                        if (!exists(file, cited)) {
                            missing.add(file + " cites " + cited);
                        }
                    }
                }
            }
        }
        assertThat(missing).as("documents cited but not in the repository").isEmpty();
    }

    static List<String> citedIn(String text) {
        List<String> cited = new ArrayList<>();
        for (int at = text.indexOf(".md"); at >= 0; at = text.indexOf(".md", at + 3)) {
            int end = at + 3;
            if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                continue; // .mdx, .mdl: not a document
            }
            int start = at;
            while (start > 0
                    && NAME_CHAR.matcher(String.valueOf(text.charAt(start - 1))).matches()) {
                start--;
            }
            String name = text.substring(start, end);
            boolean web = start >= 3 && text.startsWith("://", start - 3)
                    || text.substring(Math.max(0, start - 8), start).contains("http");
            if (start < at && !web) {
                cited.add(name);
            }
        }
        return cited;
    }

    private static boolean exists(Path citing, String cited) {
        Path beside =
                citing.getParent() == null ? Path.of(cited) : citing.getParent().resolve(cited);
        return Files.exists(Path.of(cited))
                || Files.exists(beside)
                || Files.exists(Path.of("docs").resolve(cited));
    }
}
