package org.tongban.it.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import org.jboss.arquillian.config.descriptor.api.ContainerDef;
import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.ContainerRegistry;
import org.jboss.arquillian.container.spi.event.container.BeforeSetup;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * Runs the real PostgreSQL the integration tests talk to, on a fixed port and data directory for
 * the whole test JVM, so that a test can stop and start it again (recovery) and talk to it
 * directly (tampering with the audit log as an attacker with database access would).
 */
public class EmbeddedPostgresLifecycle {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresLifecycle.class.getName());
    private static EmbeddedPostgres postgres;
    private static int port;
    private static Path dataDirectory;

    @Inject
    private Instance<ContainerRegistry> registry;

    public void startDatabase(@Observes BeforeSetup event) throws IOException {
        if (postgres == null) {
            Path tmp = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath());
            dataDirectory = tmp.resolve("it-postgres");
            deleteRecursively(dataDirectory); // a fresh database per test run
            port = freePort();
            postgres = start();
        }
        String options = "-Dtongban.db.url=" + url() + " -Dtongban.db.user=postgres -Dtongban.db.password=postgres";
        for (Container container : registry.get().getContainers()) {
            ContainerDef definition = container.getContainerConfiguration();
            Map<String, String> properties = definition.getContainerProperties();
            String existing = properties.get("cmdOptions");
            if (existing == null || !existing.contains("-Dtongban.db.url=")) {
                definition.property("cmdOptions", existing == null || existing.isBlank() ? options : existing + " " + options);
            }
        }
    }

    public void stopDatabase(@Observes AfterSuite event) throws IOException {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    /** The JDBC URL of the test database, for tests that work on it directly. */
    public static String url() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), "postgres", "postgres");
    }

    /** Stops PostgreSQL as an outage would, and starts it again with the same data and port. */
    public static synchronized void stop() throws IOException {
        postgres.close();
        postgres = null;
    }

    public static synchronized void restart() throws IOException {
        if (postgres == null) {
            postgres = start();
        }
    }

    /** Never "clean": zonky would delete the data directory when it stops, and a restart would find nothing. */
    private static EmbeddedPostgres start() throws IOException {
        long started = System.nanoTime();
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("unix_socket_directories", dataDirectory.getParent().toString())
                .start();
        LOG.info("PostgreSQL on port " + port + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return pg;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
