// Local Neo4j 5.26 test server for eventgraph (in-process, from Maven Central jars).
//
// Run (no compile step, Java 17+):
//   java <add-opens flags> -cp 'lib/*' Launcher.java
// Normally started through scripts/neo4j-test-server, which supplies the JVM flags.
//
// Environment:
//   NEO4J_TEST_BOLT_PORT    Bolt port on 127.0.0.1 (default 7687)
//   NEO4J_TEST_HTTP_PORT    HTTP port on 127.0.0.1 (default 7474)
//   NEO4J_TEST_WORK_DIR     parent directory for the temporary data dir (default: java.io.tmpdir)
//   NEO4J_TEST_PLUGINS_DIR  directory with procedure jars such as APOC (optional)
//   NEO4J_TEST_PAGECACHE_MB page cache size in MiB (default 128)
//   NEO4J_TEST_KEEP_DATA    a directory for the databases that outlives the server (optional):
//                           a store found there is opened, not replaced, and shutdown leaves it
//
// Auth is disabled. Without NEO4J_TEST_KEEP_DATA the data directory is temporary and deleted on
// shutdown (SIGTERM/SIGINT).
//
// How keeping works: the harness always runs in a fresh random folder under the working dir
// (Neo4jBuilders.newInProcessBuilder(Path) and withWorkingDir(Path) both add one) that it
// deletes on close, so it cannot be pointed at an earlier run's folder. Its neo4j_home is that
// folder, but the databases live in server.directories.data (with the transaction logs under
// it), which withConfig can set to any directory: the harness then opens the store there as
// Neo4j itself would, recovering it if the server was killed, and close() deletes only the
// random folder (conf, logs, certificates), never the data directory.

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.server.configuration.ConfigurableServerModules;
import org.neo4j.server.configuration.ServerSettings;

public class Launcher {
    private static final String HOST = "127.0.0.1";

    public static void main(String[] args) throws Exception {
        int boltPort = intEnv("NEO4J_TEST_BOLT_PORT", 7687);
        int httpPort = intEnv("NEO4J_TEST_HTTP_PORT", 7474);
        long pageCacheMb = intEnv("NEO4J_TEST_PAGECACHE_MB", 128);

        Path parent = Paths.get(Optional.ofNullable(System.getenv("NEO4J_TEST_WORK_DIR"))
                .filter(s -> !s.isBlank())
                .orElse(System.getProperty("java.io.tmpdir")));
        Files.createDirectories(parent);
        Path workDir = Files.createTempDirectory(parent, "neo4j-data-");
        log("data dir " + workDir);

        Path keepData = Optional.ofNullable(System.getenv("NEO4J_TEST_KEEP_DATA"))
                .filter(s -> !s.isBlank())
                .map(s -> Paths.get(s).toAbsolutePath())
                .orElse(null);

        Neo4jBuilder builder = Neo4jBuilders.newInProcessBuilder(workDir)
                .withConfig(GraphDatabaseSettings.auth_enabled, false)
                .withConfig(GraphDatabaseSettings.udc_enabled, false)
                .withConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMb * 1024L * 1024L)
                .withConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress(HOST))
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress(HOST, boltPort))
                .withConfig(BoltConnector.advertised_address, new SocketAddress(HOST, boltPort))
                .withConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .withConfig(HttpConnector.enabled, true)
                .withConfig(HttpConnector.listen_address, new SocketAddress(HOST, httpPort))
                .withConfig(HttpConnector.advertised_address, new SocketAddress(HOST, httpPort))
                .withConfig(HttpsConnector.enabled, false)
                // Transaction logs are kept two days by default: a 100k-event import kept 50 GB of
                // them and filled the disk. A test server keeps the last 512 MB.
                .withConfig(GraphDatabaseSettings.keep_logical_logs, "512M size")
                // Bolt's netty groups wait a 5 s quiet period each on shutdown (~10 s); a test server needn't.
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5))
                // All HTTP modules (this is also the default): TRANSACTIONAL_ENDPOINTS, BROWSER, QUERY_API, ...
                // BROWSER serves the neo4j-browser jar's classpath resources at /browser/.
                .withConfig(ServerSettings.http_enabled_modules, EnumSet.allOf(ConfigurableServerModules.class));

        if (keepData != null) {
            Files.createDirectories(keepData);
            boolean reopen = Files.isDirectory(keepData.resolve("databases"));
            builder = builder.withConfig(GraphDatabaseSettings.data_directory, keepData);
            log((reopen ? "reopening the kept data in " : "keeping data in ") + keepData);
        }

        String plugins = System.getenv("NEO4J_TEST_PLUGINS_DIR");
        if (plugins != null && !plugins.isBlank() && Files.isDirectory(Paths.get(plugins))) {
            Path pluginDir = Paths.get(plugins).toAbsolutePath();
            builder = builder
                    .withConfig(GraphDatabaseSettings.plugin_dir, pluginDir)
                    .withConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"));
            log("plugins dir " + pluginDir);
        }

        AtomicBoolean stopped = new AtomicBoolean(false);
        CountDownLatch done = new CountDownLatch(1);
        Neo4j[] holder = new Neo4j[1];
        LogFollower[] follower = new LogFollower[1];

        // Registered before start so that SIGTERM during start-up still removes the data dir.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!stopped.compareAndSet(false, true)) {
                return;
            }
            log("shutting down");
            try {
                synchronized (holder) {
                    if (holder[0] != null) {
                        holder[0].close();
                    }
                }
            } catch (Throwable t) {
                log("error during shutdown: " + t);
            } finally {
                LogFollower f;
                synchronized (holder) {
                    f = follower[0];
                }
                if (f != null) {
                    f.pump(); // flush the shutdown messages before the log is deleted
                }
                // The kept data dir is not under workDir: only the harness folder goes.
                deleteRecursively(workDir);
                log("stopped, removed " + workDir + (keepData != null ? ", kept " + keepData : ""));
                done.countDown();
            }
        }, "neo4j-test-server-shutdown"));

        Neo4j neo4j;
        long t0 = System.nanoTime();
        try {
            neo4j = builder.build();
        } catch (Throwable t) {
            log("FAILED to start: " + t);
            t.printStackTrace(System.out);
            dumpLogs(workDir);
            System.out.flush();
            // Exit non-zero; the shutdown hook removes the data dir.
            System.exit(1);
            return;
        }
        synchronized (holder) {
            holder[0] = neo4j;
        }
        if (stopped.get()) {
            // SIGTERM arrived while building; the hook may have missed the instance.
            neo4j.close();
            return;
        }

        LogFollower f = startLogFollower(workDir);
        synchronized (holder) {
            follower[0] = f;
        }
        if (f != null) {
            f.pump();
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        log("READY bolt=bolt://" + HOST + ":" + boltPort + " http=http://" + HOST + ":" + httpPort
                + " browser=http://" + HOST + ":" + httpPort + "/browser/ (started in " + ms + " ms)");
        System.out.flush();

        done.await();
    }

    private static int intEnv(String name, int def) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) {
            return def;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer, got '" + v + "'");
        }
    }

    private static void log(String msg) {
        System.out.println("[neo4j-test-server] " + msg);
    }

    private static Optional<Path> findLog(Path workDir, String name) {
        try (Stream<Path> s = Files.walk(workDir, 3)) {
            return s.filter(p -> p.getFileName().toString().equals(name)).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void dumpLogs(Path workDir) {
        for (String name : List.of("neo4j.log", "debug.log")) {
            findLog(workDir, name).ifPresent(p -> {
                try {
                    List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
                    int from = Math.max(0, lines.size() - 80);
                    System.out.println("----- " + name + " (last " + (lines.size() - from) + " lines) -----");
                    lines.subList(from, lines.size()).forEach(System.out::println);
                } catch (IOException e) {
                    log("cannot read " + p + ": " + e);
                }
            });
        }
    }

    /** Copies the harness' neo4j.log (inside the temp dir) to stdout so it ends up in the script's log. */
    static final class LogFollower {
        private final Path file;
        private long pos;

        LogFollower(Path file) {
            this.file = file;
        }

        synchronized void pump() {
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
                long len = raf.length();
                while (len > pos) {
                    raf.seek(pos);
                    byte[] buf = new byte[(int) Math.min(len - pos, 1 << 20)];
                    raf.readFully(buf);
                    pos += buf.length;
                    System.out.print(new String(buf, StandardCharsets.UTF_8));
                }
                System.out.flush();
            } catch (IOException e) {
                // file not there (yet / any more)
            }
        }
    }

    private static LogFollower startLogFollower(Path workDir) {
        Optional<Path> file = findLog(workDir, "neo4j.log");
        if (file.isEmpty()) {
            return null;
        }
        LogFollower follower = new LogFollower(file.get());
        Thread t = new Thread(() -> {
            while (true) {
                follower.pump();
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "neo4j-log-follower");
        t.setDaemon(true);
        t.start();
        return follower;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort
                }
            });
        } catch (IOException e) {
            log("could not delete " + dir + ": " + e);
        }
    }
}
