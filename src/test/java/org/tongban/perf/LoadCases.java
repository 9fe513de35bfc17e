package org.tongban.perf;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.tongban.demo.control.SyntheticCases;

/**
 * Loads a national synthetic case history into the portal's database in bulk, then builds the
 * monitoring figures from it:
 * <ol>
 * <li>the secondary indexes of the case tables are dropped, and triggers and foreign-key checks
 * are off for this session ({@code session_replication_role = replica}; the data is consistent by
 * construction);</li>
 * <li>set-based SQL ({@code synthetic-cases.sql}) writes a chunk of 250,000 cases per transaction,
 * with their transitions, certificates, ratings and rectification tasks;</li>
 * <li>the indexes are built again, the tables analysed, and {@code monitoring_rebuild()} computes
 * every aggregate from the cases.</li>
 * </ol>
 * Open cases get approximate clock marks (working days as five sevenths of calendar days) that are
 * kept: computing millions of clocks exactly would keep a portal busy for hours.
 *
 * <pre>mvn -Pperf exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.tongban.perf.LoadCases -Dexec.args=10000000</pre>
 *
 * Arguments: number of cases (1,000,000), regular expression of county codes ({@code .}: all 2,978),
 * days of history (730). Connection: {@code perf.db.url} (the {@code mvn -Prun} database,
 * jdbc:postgresql://localhost:15432/postgres), {@code perf.db.user}, {@code perf.db.password}; the
 * user must be allowed to set {@code session_replication_role} (a superuser, as in the local run).
 */
public final class LoadCases {

    static final int CHUNK = 250_000;
    static final List<String> TABLES = List.of("case_file", "case_transition", "certificate", "case_rating", "rectification");

    private LoadCases() {
    }

    public static void main(String[] args) throws SQLException {
        int total = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        String regions = args.length > 1 ? args[1] : ".";
        int days = args.length > 2 ? Integer.parseInt(args[2]) : 730;
        String url = System.getProperty("perf.db.url", "jdbc:postgresql://localhost:15432/postgres");
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url, System.getProperty("perf.db.user", "postgres"),
                System.getProperty("perf.db.password", "postgres"))) {
            try (Statement sql = db.createStatement()) {
                sql.execute("SET session_replication_role = replica");
                sql.execute("SET synchronous_commit = off");
                sql.execute("SET maintenance_work_mem = '1GB'");
                sql.execute("SET work_mem = '256MB'");
                // fresh statistics for what the script joins, or a new database plans its joins as nested loops
                for (String table : List.of("account", "jurisdiction", "catalogue_item_version", "office", "case_sequence")) {
                    sql.execute("ANALYZE " + table);
                }
            }
            List<String> indexes = dropSecondaryIndexes(db);
            try {
                load(db, total, regions, days);
            } finally {
                db.setAutoCommit(true);
                long built = System.nanoTime();
                try (Statement sql = db.createStatement()) {
                    for (String index : indexes) {
                        sql.execute(index);
                    }
                }
                System.out.printf("[load] %d index(es) built again in %.1f s%n", indexes.size(), (System.nanoTime() - built) / 1e9);
            }
            long step;
            try (Statement sql = db.createStatement()) {
                for (String table : TABLES) {
                    sql.execute("ANALYZE " + table);
                }
                step = System.nanoTime();
                System.out.printf("[load] figures rebuilt from %,d contributions in %.1f s%n", rebuild(db),
                        (System.nanoTime() - step) / 1e9);
                // a jurisdiction's days together, for the dashboards' first read (see V0015)
                sql.execute("CLUSTER monitoring_flow_all USING monitoring_flow_all_pkey");
                sql.execute("ANALYZE monitoring_flow");
                sql.execute("ANALYZE monitoring_open");
            }
        }
        System.out.printf("[load] %,d cases in %.1f s; the portal now computes the clock marks of the open ones%n", total,
                (System.nanoTime() - started) / 1e9);
    }

    /**
     * Rebuilds the figures: with the folders kept out first (the session lock) and one snapshot for
     * the whole rebuild, so that the deltas it clears are exactly those of the cases it counts.
     */
    public static long rebuild(Connection db) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("SELECT pg_advisory_lock(hashtext('monitoring_fold'))");
            try {
                db.setAutoCommit(false);
                db.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                try (ResultSet folded = sql.executeQuery("SELECT monitoring_rebuild()")) {
                    folded.next();
                    long contributions = folded.getLong(1);
                    db.commit();
                    return contributions;
                }
            } finally {
                db.setAutoCommit(true);
                db.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                sql.execute("SELECT pg_advisory_unlock(hashtext('monitoring_fold'))");
            }
        }
    }

    private static void load(Connection db, int total, String regions, int days) throws SQLException {
        db.setAutoCommit(false);
        for (int loaded = 0; loaded < total; loaded += CHUNK) {
            int count = Math.min(CHUNK, total - loaded);
            long chunkStarted = System.nanoTime();
            try (Statement sql = db.createStatement()) {
                for (String statement : SyntheticCases.statements(count, regions, days, "citizen1", 0, false)) {
                    sql.execute(statement);
                }
            }
            db.commit();
            System.out.printf("[load] %,d of %,d cases (chunk in %.1f s)%n", loaded + count, total,
                    (System.nanoTime() - chunkStarted) / 1e9);
        }
    }

    /** Drops the indexes that serve reads only (not keys or unique constraints); answers the statements that make them again. */
    private static List<String> dropSecondaryIndexes(Connection db) throws SQLException {
        List<String> definitions = new ArrayList<>();
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery("""
                select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
                from pg_index i join pg_class t on t.oid = i.indrelid
                where t.relname in ('case_file', 'case_transition', 'certificate', 'case_rating', 'rectification')
                  and not i.indisunique and not i.indisprimary""")) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
                definitions.add(rs.getString(2));
            }
            for (String name : names) {
                sql.execute("DROP INDEX " + name);
            }
        }
        System.out.printf("[load] %d secondary index(es) dropped for the load%n", definitions.size());
        return definitions;
    }
}
