package nl.stedenband.base.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's two accounts: root, for setting it up, and the application's own, which
 * has rights on its database only. Generated at the first start and kept in a file in the
 * embedded database's directory that only its owner may read (0600 where the file system has
 * POSIX permissions).
 */
record EmbeddedCredentials(String rootPassword, String appUser, String appPassword) {

    static final String FILE_NAME = "credentials.properties";
    static final String APP_USER = "stedenband";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private static final Logger log = LoggerFactory.getLogger(EmbeddedCredentials.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int PASSWORD_LENGTH = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    static EmbeddedCredentials generate() {
        return new EmbeddedCredentials(password(), APP_USER, password());
    }

    /** The stored credentials, or empty when the directory has none yet (a new one, or one of an older version). */
    static Optional<EmbeddedCredentials> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        restrict(file);
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String root = p.getProperty("root.password");
        String user = p.getProperty("app.user");
        String password = p.getProperty("app.password");
        if (root == null || user == null || password == null) {
            throw new IllegalStateException("The embedded database's credentials in " + file + " are incomplete");
        }
        return Optional.of(new EmbeddedCredentials(root, user, password));
    }

    /** Writes the file, readable by its owner only from the moment it exists. */
    void write(Path file) {
        Properties p = new Properties();
        p.setProperty("root.password", rootPassword);
        p.setProperty("app.user", appUser);
        p.setProperty("app.password", appPassword);
        try {
            Files.deleteIfExists(file);
            if (isPosix(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
            }
            try (Writer out =
                    Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING)) {
                p.store(out, "Accounts of the embedded MariaDB; generated at its first start. Keep this file private.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Someone may have copied the directory with other permissions: put them back. */
    private static void restrict(Path file) {
        if (!isPosix(file)) {
            return;
        }
        try {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                log.warn("{} was readable by others; it is made readable by its owner only", file);
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isPosix(Path file) {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                && Files.getFileAttributeView(
                                file.toAbsolutePath().getParent(), java.nio.file.attribute.PosixFileAttributeView.class)
                        != null;
    }

    private static String password() {
        StringBuilder sb = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        // never the passwords in a log line
        return "EmbeddedCredentials[appUser=" + appUser + "]";
    }
}
