package dev.kg.neo4j;

import java.io.PrintStream;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AuthenticationResult;
import org.neo4j.internal.kernel.api.security.LoginContext;
import org.neo4j.kernel.api.security.AuthManager;
import org.neo4j.kernel.api.security.AuthToken;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.kernel.internal.Version;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs a real Neo4j 5.26 Community DBMS in this JVM with the Bolt connector listening
 * on 127.0.0.1, for kg's development and tests (no Docker needed).
 *
 * <p>Configuration comes from the environment:
 * <ul>
 *   <li>{@code NEO4J_DATA_DIR}   - store/home directory (default {@code .neo4j/data}, relative to the cwd)</li>
 *   <li>{@code NEO4J_BOLT_HOST}  - listen host (default {@code 127.0.0.1})</li>
 *   <li>{@code NEO4J_BOLT_PORT}  - listen port (default {@code 7687})</li>
 *   <li>{@code NEO4J_PASSWORD}   - password of user {@code neo4j} (default {@code kg-password})</li>
 *   <li>{@code NEO4J_PAGECACHE}  - page cache size (default {@code 256m})</li>
 * </ul>
 *
 * <p>Authentication is always enabled. The password of {@code neo4j} is (re)set from
 * {@code NEO4J_PASSWORD} on every start, so the environment is the source of truth. On the
 * very first start of a fresh data directory the password is set in a bootstrap pass with
 * Bolt disabled, so the default {@code neo4j/neo4j} credentials are never reachable over
 * the network.
 *
 * <p>Prints exactly one line starting with {@code kg-neo4j: ready } once Bolt is listening
 * and the password is in place. SIGTERM/SIGINT shut the DBMS down cleanly through a
 * shutdown hook (the launcher script relies on this for a clean store).
 */
public final class Neo4jLauncher {
    static final String USER = "neo4j";
    /** Written into the data directory once the bootstrap pass has set the password. */
    static final String INITIALISED_MARKER = "kg-neo4j.initialised";
    private static final PrintStream OUT = System.out;

    private Neo4jLauncher() {}

    public static void main(String[] args) {
        Instant t0 = Instant.now();
        Settings s;
        try {
            s = Settings.fromEnv();
        } catch (IllegalArgumentException e) {
            fail("bad configuration: " + e.getMessage(), null);
            return;
        }

        // Registered before anything starts, so SIGTERM at any moment (even during the
        // bootstrap pass) shuts down whatever DBMS is running cleanly.
        AtomicReference<DatabaseManagementService> running = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            DatabaseManagementService current = running.getAndSet(null);
            if (current != null) {
                log("shutdown requested, stopping Neo4j ...");
                try {
                    current.shutdown();
                    log("stopped cleanly");
                } catch (Throwable t) {
                    log("error during shutdown: " + t);
                }
            }
            stopped.countDown();
            OUT.flush();
        }, "kg-neo4j-shutdown"));

        try {
            Files.createDirectories(s.dataDir);
            Path marker = s.dataDir.resolve(INITIALISED_MARKER);
            boolean fresh = !Files.exists(marker);
            if (fresh) {
                // First start of this data directory: set the password while nothing listens,
                // so nobody can ever log in with the default neo4j/neo4j over Bolt.
                log("initialising the store in " + s.dataDir + " (Bolt off while the password is set)");
                DatabaseManagementService boot = builder(s, false).build();
                running.set(boot);
                ensurePassword(boot, s.password);
                if (running.compareAndSet(boot, null)) {
                    boot.shutdown();
                }
                Files.writeString(marker, "password of user neo4j set from NEO4J_PASSWORD at " + Instant.now() + "\n");
            }

            DatabaseManagementService dbms = builder(s, true).build();
            running.set(dbms);

            log("DBMS started, Bolt listening (" + Duration.between(t0, Instant.now()).toMillis() + " ms)");
            if (!fresh) {
                ensurePassword(dbms, s.password);
            }
            String version = describe();
            long ms = Duration.between(t0, Instant.now()).toMillis();
            OUT.println("kg-neo4j: ready bolt://" + s.host + ":" + s.port + " user=" + USER
                    + " version=" + version + " data=" + s.dataDir + " (" + ms + " ms)");
            OUT.flush();
            stopped.await(); // keep main alive; the JVM exits after the shutdown hook has run
        } catch (Throwable t) {
            String hint = null;
            for (Throwable c = t; c != null; c = c.getCause()) {
                if (c instanceof BindException) {
                    hint = "port " + s.port + " on " + s.host
                            + " is already in use (another Neo4j running? set NEO4J_BOLT_PORT)";
                    break;
                }
                String m = String.valueOf(c.getMessage());
                if (m.contains("store lock") || m.contains("Lock file has been locked")
                        || m.contains("is locked by another process")) {
                    hint = "the data directory " + s.dataDir + " is in use by another Neo4j process";
                    break;
                }
            }
            fail(hint != null ? hint : "Neo4j failed to start: " + t, t);
        }
    }

    private static DatabaseManagementServiceBuilder builder(Settings s, boolean bolt) {
        Map<org.neo4j.graphdb.config.Setting<?>, Object> cfg = new HashMap<>();
        cfg.put(GraphDatabaseSettings.data_directory, s.dataDir);
        cfg.put(GraphDatabaseSettings.logs_directory, s.dataDir.resolve("logs"));
        cfg.put(GraphDatabaseSettings.auth_enabled, true);
        cfg.put(GraphDatabaseSettings.pagecache_memory, s.pageCache);
        cfg.put(GraphDatabaseSettings.preallocate_logical_logs, false);
        // No "anonymous usage data" phone-home from a dev/test server.
        cfg.put(GraphDatabaseSettings.udc_enabled, false);
        // Netty's default 5 s quiet period, paid twice (boss + worker loops), made every
        // shutdown take 10 s. The store is flushed by the DBMS shutdown regardless.
        cfg.put(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        cfg.put(BoltConnector.enabled, bolt);
        cfg.put(BoltConnector.listen_address, new SocketAddress(s.host, s.port));
        cfg.put(BoltConnector.advertised_address, new SocketAddress(s.host, s.port));
        cfg.put(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
        return new DatabaseManagementServiceBuilder(s.dataDir)
                .setConfig(cfg)
                .setUserLogProvider(new Log4jLogProvider(OUT, Level.INFO));
    }

    /**
     * True if {@code neo4j} can already log in with {@code password} (no change required).
     * Uses the DBMS's own AuthManager (internal API, pinned Neo4j version), which avoids
     * paying Cypher's cold start on every restart; any problem means "don't know" (false) and
     * the Cypher path in {@link #ensurePassword} decides.
     */
    static boolean passwordMatches(DatabaseManagementService dbms, String password) {
        try {
            GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            AuthManager auth = system.getDependencyResolver().resolveDependency(AuthManager.class);
            Map<String, Object> token = new HashMap<>(AuthToken.newBasicAuthToken(USER, password));
            LoginContext login = auth.login(token, ClientConnectionInfo.EMBEDDED_CONNECTION);
            return login.subject().getAuthenticationResult() == AuthenticationResult.SUCCESS;
        } catch (Throwable t) {
            return false;
        }
    }

    /** Make the password of {@code neo4j} equal to {@code password}, with no change required. */
    static void ensurePassword(DatabaseManagementService dbms, String password) {
        if (passwordMatches(dbms, password)) {
            log("password of user '" + USER + "' unchanged");
            return;
        }
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        boolean exists;
        try (Transaction tx = system.beginTx();
             Result r = tx.execute("SHOW USERS YIELD user WHERE user = $u RETURN user", Map.of("u", USER))) {
            exists = r.hasNext();
            tx.commit();
        }
        try (Transaction tx = system.beginTx()) {
            if (exists) {
                tx.execute("ALTER USER " + USER + " SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password))
                        .close();
            } else {
                tx.execute("CREATE USER " + USER + " SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password))
                        .close();
            }
            tx.commit();
            log("password of user '" + USER + "' set from NEO4J_PASSWORD");
        } catch (RuntimeException e) {
            // Neo4j refuses to "change" a password to the value it already has: that is our
            // steady state on every restart with an unchanged NEO4J_PASSWORD.
            if (String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
                log("password of user '" + USER + "' unchanged");
                return;
            }
            throw e;
        }
    }

    private static String describe() {
        try {
            return Version.getNeo4jVersion() + "-community";
        } catch (Throwable t) {
            return "unknown";
        }
    }

    static void log(String msg) {
        OUT.println(DateTimeFormatter.ISO_INSTANT.format(Instant.now()) + " kg-neo4j: " + msg);
        OUT.flush();
    }

    private static void fail(String msg, Throwable t) {
        OUT.println("kg-neo4j: FAILED " + msg);
        if (t != null) {
            t.printStackTrace(OUT);
        }
        OUT.flush();
        // If the DBMS was already up, its shutdown hook stops it cleanly on the way out.
        System.exit(1);
    }

    /** Settings read from the environment. */
    record Settings(Path dataDir, String host, int port, String password, long pageCache) {
        static Settings fromEnv() {
            Map<String, String> env = System.getenv();
            Path dataDir = Path.of(nonBlank(env.get("NEO4J_DATA_DIR"), ".neo4j/data")).toAbsolutePath().normalize();
            String host = nonBlank(env.get("NEO4J_BOLT_HOST"), "127.0.0.1");
            String portText = nonBlank(env.get("NEO4J_BOLT_PORT"), "7687");
            int port;
            try {
                port = Integer.parseInt(portText.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("NEO4J_BOLT_PORT is not a number: " + portText);
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("NEO4J_BOLT_PORT out of range: " + port);
            }
            String password = nonBlank(env.get("NEO4J_PASSWORD"), "kg-password");
            if (password.length() < 8) {
                throw new IllegalArgumentException("NEO4J_PASSWORD must be at least 8 characters (Neo4j's minimum)");
            }
            long pageCache = SettingValueParsers.BYTES.parse(nonBlank(env.get("NEO4J_PAGECACHE"), "256m"));
            return new Settings(dataDir, host, port, password, pageCache);
        }

        private static String nonBlank(String v, String dflt) {
            return v == null || v.isBlank() ? dflt : v;
        }
    }
}
