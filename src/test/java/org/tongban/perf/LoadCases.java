package org.tongban.perf;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.tongban.demo.control.SyntheticCases;

/**
 * Loads a synthetic case history into a running portal's database, in bulk: set-based SQL, one
 * transaction per chunk of 100,000 cases. The open cases are loaded with stale clock marks, which
 * the running portal's clock marker computes within a few minutes.
 *
 * <pre>mvn -Pperf exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.tongban.perf.LoadCases -Dexec.args=1000000</pre>
 *
 * Arguments: number of cases (1,000,000), regular expression of county codes ({@code .}: all),
 * days of history (400). Connection: {@code perf.db.url} (the {@code mvn -Prun} database,
 * jdbc:postgresql://localhost:15432/postgres), {@code perf.db.user}, {@code perf.db.password}.
 */
public final class LoadCases {

    static final int CHUNK = 100_000;

    private LoadCases() {
    }

    public static void main(String[] args) throws SQLException {
        int total = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        String regions = args.length > 1 ? args[1] : ".";
        int days = args.length > 2 ? Integer.parseInt(args[2]) : 400;
        String url = System.getProperty("perf.db.url", "jdbc:postgresql://localhost:15432/postgres");
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url, System.getProperty("perf.db.user", "postgres"),
                System.getProperty("perf.db.password", "postgres"))) {
            db.setAutoCommit(false);
            for (int loaded = 0; loaded < total; loaded += CHUNK) {
                int count = Math.min(CHUNK, total - loaded);
                long chunkStarted = System.nanoTime();
                try (Statement sql = db.createStatement()) {
                    for (String statement : SyntheticCases.statements(count, regions, days, "citizen1", 0)) {
                        sql.execute(statement);
                    }
                }
                db.commit();
                System.out.printf("[load] %,d of %,d cases (chunk in %.1f s)%n", loaded + count, total,
                        (System.nanoTime() - chunkStarted) / 1e9);
            }
            db.setAutoCommit(true);
            try (Statement sql = db.createStatement()) {
                sql.execute("ANALYZE case_file");
                sql.execute("ANALYZE case_transition");
                sql.execute("ANALYZE certificate");
                sql.execute("ANALYZE case_rating");
                sql.execute("ANALYZE rectification");
            }
        }
        System.out.printf("[load] %,d cases in %.1f s; the portal now computes the clock marks of the open ones%n", total,
                (System.nanoTime() - started) / 1e9);
    }
}
