package org.tongban.dev;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The local run behind {@code mvn -Prun}: an embedded PostgreSQL whose data lives in
 * {@code .run/postgres} (kept across restarts and {@code mvn clean}), then Payara Micro with the
 * built WAR and demo data, configured through the same environment variables as production.
 * Ctrl+C stops both.
 *
 * <p>System properties: {@code dev.http.port} (8080), {@code dev.db.port} (15432),
 * {@code dev.db.dir} (.run/postgres), {@code dev.micro.jar}, {@code dev.war}, {@code dev.heap} (1g, the
 * portal's), {@code dev.db.sharedBuffers} (128MB).
 */
public final class DevServer {

    private static final String[] DEMO_ACCOUNTS = {
        "citizen1            citizen, lives in Nanshan District, Shenzhen (440305)",
        "citizen2            citizen, lives in Haidian District, Beijing (110108)",
        "clerk.nanshan       clerk, Nanshan District office (440305)",
        "supervisor.nanshan  supervisor, Nanshan District office (440305)",
        "inspector.nanshan   inspector, Nanshan District office (440305)",
        "clerk.shenzhen      clerk, Shenzhen city office (440300)",
        "clerk.guangdong     clerk, Guangdong provincial office (440000)",
        "clerk.haidian       clerk, Haidian District office (110108)",
        "central             central staff (000000)",
        "admin               catalogue administrator (000000)",
    };

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        int httpPort = Integer.getInteger("dev.http.port", 8080);
        int dbPort = Integer.getInteger("dev.db.port", 15432);
        Path dataDir = Path.of(System.getProperty("dev.db.dir", ".run/postgres")).toAbsolutePath();
        Files.createDirectories(dataDir);
        Path tmp = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath());

        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(dbPort)
                .setServerConfig("unix_socket_directories", tmp.toString())
                .setServerConfig("shared_buffers", System.getProperty("dev.db.sharedBuffers", "128MB"))
                .start();
        String url = "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
        System.out.printf("[run] PostgreSQL on port %d, data in %s%n", pg.getPort(), dataDir);

        List<Process> children = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Process child : children) {
                child.destroy();
                try {
                    if (!child.waitFor(30, TimeUnit.SECONDS)) {
                        child.destroyForcibly().waitFor();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            try {
                pg.close();
                System.out.println("[run] stopped Payara Micro and PostgreSQL");
            } catch (Exception e) {
                System.err.println("[run] could not stop PostgreSQL: " + e);
            }
        }, "dev-server-shutdown"));

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + System.getProperty("dev.heap", "1g"), "-Djava.io.tmpdir=" + tmp, "-jar",
                System.getProperty("dev.micro.jar", "target/payara-micro.jar"),
                "--deploy", System.getProperty("dev.war", "target/tongban.war"),
                "--contextroot", "/",
                "--port", Integer.toString(httpPort),
                "--prebootcommandfile", "deploy/payara-preboot.asadmin",
                "--nocluster"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("TONGBAN_DB_URL", url);
        builder.environment().put("TONGBAN_DB_USER", "postgres");
        builder.environment().put("TONGBAN_DB_PASSWORD", "postgres");
        builder.environment().put("TONGBAN_DEMO_ENABLED", "true");
        builder.environment().put("TONGBAN_PUBLIC_BASE_URL", "http://localhost:" + httpPort + "/");
        Process micro = builder.start();
        children.add(micro);

        if (awaitReady(httpPort, micro)) {
            printBanner(httpPort, (System.nanoTime() - started) / 1_000_000_000.0);
        } else if (micro.isAlive()) {
            System.out.println("[run] the portal is not ready after 3 minutes; see the log above (is the WAR deployed?)");
        }
        int exit = micro.waitFor();
        System.out.println("[run] Payara Micro exited with " + exit);
        System.exit(exit);
    }

    private static boolean awaitReady(int port, Process micro) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline && micro.isAlive()) {
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        return false;
    }

    private static void printBanner(int port, double seconds) {
        String line = "=".repeat(78);
        System.out.println(line);
        System.out.printf("  Tongban is ready after %.0f s: http://localhost:%d/%n", seconds, port);
        System.out.printf("  API: http://localhost:%d/api/v1/...   OpenAPI: http://localhost:%d/openapi%n", port, port);
        System.out.println("  Demo accounts (password Tongban-demo-2026 for all):");
        for (String account : DEMO_ACCOUNTS) {
            System.out.println("    " + account);
        }
        System.out.println("  Press Ctrl+C to stop the portal and its database.");
        System.out.println(line);
    }

    private DevServer() {
    }
}
