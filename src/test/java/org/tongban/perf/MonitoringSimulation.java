package org.tongban.perf;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Central staff watching the national and province dashboards while citizens keep submitting,
 * against a database holding a national case history (see {@link LoadCases}). Closed workload for
 * staff: {@code perf.users} (50) central users, each reading a dashboard's figures and ranking
 * (the nation's, a province's, and one of the 342 cities' at random, whose figures are mostly not
 * kept yet), then thinking for one to three seconds; open workload for citizens: {@code perf.rate}
 * submissions per second.
 * <p>
 * The server is warmed up first ({@code perf.warmup} seconds, 90, of dashboard reads and
 * submissions that are not measured), as a portal that has been up for a while would be; then the
 * staff come in over the first five seconds.
 * <p>
 * In the same run, one database session computes the same figures the plain way, with a
 * {@code GROUP BY} over the cases, without parallel workers. By default ({@code perf.groupBy=after})
 * it does so right after the load, three times each, on the then idle machine, next to the same
 * figures read through the API, also idle: on two cores a scan running beside the load would take
 * a core from the dashboards, and the comparison would measure that instead. With
 * {@code perf.groupBy=during} it runs beside the load, with {@code perf.groupBy.pause} seconds (10)
 * between queries. The times are written to {@code target/gatling/group-by.txt} beside the report.
 *
 * <pre>mvn -Pperf gatling:test -Dgatling.simulationClass=org.tongban.perf.MonitoringSimulation -Dperf.users=50 -Dperf.rate=5 -Dperf.seconds=120</pre>
 */
public class MonitoringSimulation extends Simulation {

    static final int USERS = Integer.getInteger("perf.users", 50);
    static final int RATE = Integer.getInteger("perf.rate", 5);
    static final int SECONDS = Integer.getInteger("perf.seconds", 120);
    static final boolean GROUP_BY_DURING = "during".equals(System.getProperty("perf.groupBy", "after"));
    static final int WARMUP_SECONDS = Integer.getInteger("perf.warmup", 90);
    static final long GROUP_BY_PAUSE_MILLIS = Long.getLong("perf.groupBy.pause", 10) * 1000;
    static final String DB_URL = System.getProperty("perf.db.url", "jdbc:postgresql://localhost:15432/postgres");
    static final List<String> PROVINCES = List.of("110000", "310000", "320000", "330000", "370000", "410000", "440000",
            "510000", "420000", "650000");
    static final List<String> FIGURES = List.of("submitted", "overdue", "onTimeRate", "averageDays", "satisfaction", "redCards");

    /** Every prefecture-level city: drilling into one at random mostly finds its figures not yet kept. */
    static List<String> CITIES = List.of();
    static String central;
    static String province;
    static String citizen;
    static String application;

    final HttpProtocolBuilder protocol = http.baseUrl(Portal.BASE_URL)
            .acceptHeader("application/json")
            .acceptLanguageHeader("zh-CN")
            .contentTypeHeader("application/json");

    final ScenarioBuilder staff = scenario("central staff")
            .forever().on(io.gatling.javaapi.core.CoreDsl.exec(session -> session
                            .set("token", ThreadLocalRandom.current().nextInt(4) == 0 ? province : central)
                            .set("province", PROVINCES.get(ThreadLocalRandom.current().nextInt(PROVINCES.size())))
                            .set("figure", FIGURES.get(ThreadLocalRandom.current().nextInt(FIGURES.size()))))
                    .doIfOrElse(session -> session.getString("token").equals(central)).then(
                            io.gatling.javaapi.core.CoreDsl.exec(http("national dashboard: summary")
                                            .get("/api/v1/monitoring/summary").header("Authorization", "Bearer #{token}")
                                            .check(status().is(200)),
                                    http("national dashboard: provinces ranked")
                                            .get("/api/v1/monitoring/children?figure=#{figure}")
                                            .header("Authorization", "Bearer #{token}").check(status().is(200))))
                    .orElse(io.gatling.javaapi.core.CoreDsl.exec(session -> session.set("province", "440000")))
                    .exec(http("province dashboard: summary")
                                    .get("/api/v1/monitoring/summary?jurisdiction=#{province}")
                                    .header("Authorization", "Bearer #{token}").check(status().is(200)),
                            http("province dashboard: prefectures ranked")
                                    .get("/api/v1/monitoring/children?jurisdiction=#{province}&figure=#{figure}")
                                    .header("Authorization", "Bearer #{token}").check(status().is(200)))
                    .exec(session -> session.set("city", CITIES.get(ThreadLocalRandom.current().nextInt(CITIES.size()))))
                    .doIf(session -> session.getString("token").equals(central)).then(
                            io.gatling.javaapi.core.CoreDsl.exec(http("city dashboard: summary")
                                            .get("/api/v1/monitoring/summary?jurisdiction=#{city}")
                                            .header("Authorization", "Bearer #{token}").check(status().is(200)),
                                    http("city dashboard: counties ranked")
                                            .get("/api/v1/monitoring/children?jurisdiction=#{city}&figure=#{figure}")
                                            .header("Authorization", "Bearer #{token}").check(status().is(200))))
                    .pause(Duration.ofSeconds(1), Duration.ofSeconds(3)));

    final ScenarioBuilder citizens = scenario("citizens")
            .exec(session -> session.set("token", citizen).set("key", UUID.randomUUID().toString()).set("body", application))
            .exec(http("submit").post("/api/v1/cases")
                    .header("Authorization", "Bearer #{token}").header("Idempotency-Key", "#{key}")
                    .body(StringBody("#{body}")).check(status().is(201)));

    private final AtomicBoolean running = new AtomicBoolean();
    private final List<Long> nationalMillis = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> provinceMillis = Collections.synchronizedList(new ArrayList<>());
    private Thread groupBy;

    @Override
    public void before() {
        central = Portal.token("central");
        province = Portal.token("supervisor.guangdong");
        citizen = Portal.token("citizen1");
        application = Portal.application();
        CITIES = cities();
        Thread submissions = Thread.ofPlatform().name("warm-up submissions").start(() -> {
            long until = System.nanoTime() + Duration.ofSeconds(WARMUP_SECONDS).toNanos();
            while (System.nanoTime() < until) {
                Portal.submit(citizen, application);
                try {
                    Thread.sleep(1000 / Math.max(1, RATE));
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        Portal.warmUp(Duration.ofSeconds(WARMUP_SECONDS), central, List.of("/api/v1/monitoring/summary",
                "/api/v1/monitoring/children?figure=onTimeRate", "/api/v1/monitoring/summary?jurisdiction=440000",
                "/api/v1/monitoring/children?jurisdiction=440000&figure=overdue"));
        try {
            submissions.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (GROUP_BY_DURING) {
            running.set(true);
            groupBy = Thread.ofPlatform().name("group-by").start(() -> groupBy(Integer.MAX_VALUE));
        }
    }

    @Override
    public void after() {
        String when;
        if (GROUP_BY_DURING) {
            running.set(false);
            try {
                groupBy.join(120_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            when = "beside the load, " + GROUP_BY_PAUSE_MILLIS / 1000 + " s between queries";
        } else {
            running.set(true);
            groupBy(6);
            when = "after the load, on the idle machine";
        }
        List<Long> readNational = new ArrayList<>();
        List<Long> readProvince = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            readNational.add(Portal.millis("/api/v1/monitoring/summary", central));
            readProvince.add(Portal.millis("/api/v1/monitoring/children?jurisdiction=" + PROVINCES.get(i % PROVINCES.size())
                    + "&figure=overdue", central));
        }
        String report = "plain GROUP BY over the cases, one session without parallel workers, " + when + " (ms)\n"
                + "national summary:   " + stats(nationalMillis) + "\n"
                + "province children:  " + stats(provinceMillis) + "\n"
                + "the same through the API from the read model, idle, one request at a time (ms)\n"
                + "national summary:   " + stats(readNational) + "\n"
                + "province children:  " + stats(readProvince) + "\n";
        System.out.print(report);
        try {
            Files.createDirectories(Path.of("target/gatling"));
            Files.writeString(Path.of("target/gatling/group-by.txt"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    {
        setUp(staff.injectClosed(rampConcurrentUsers(1).to(USERS).during(Duration.ofSeconds(5)),
                        constantConcurrentUsers(USERS).during(Duration.ofSeconds(SECONDS - 5))),
                citizens.injectOpen(constantUsersPerSec(RATE).during(Duration.ofSeconds(SECONDS))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(SECONDS + 5))
                .assertions(details("national dashboard: summary").responseTime().percentile(95.0).lt(50),
                        details("national dashboard: provinces ranked").responseTime().percentile(95.0).lt(50),
                        details("province dashboard: summary").responseTime().percentile(95.0).lt(50),
                        details("province dashboard: prefectures ranked").responseTime().percentile(95.0).lt(50),
                        details("city dashboard: summary").responseTime().percentile(95.0).lt(50),
                        details("city dashboard: counties ranked").responseTime().percentile(95.0).lt(50),
                        global().failedRequests().count().is(0L));
    }

    /**
     * The national summary and a province's ranking of its prefectures, the way one would write
     * them without a read model: every case of the period counted at request time, alternately,
     * this many queries in all.
     */
    private void groupBy(int queries) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String day = "(%s at time zone 'Asia/Shanghai')::date";
        String national = """
                select count(*) filter (where %s between ? and ?),
                       count(*) filter (where status in ('SUBMITTED', 'UNDER_REVIEW', 'AWAITING_SUPPLEMENT', 'APPROVED')),
                       count(*) filter (where status in ('SUBMITTED', 'UNDER_REVIEW', 'AWAITING_SUPPLEMENT', 'APPROVED')
                                        and due_on < ?),
                       count(*) filter (where decided_at is not null and %s between ? and ?),
                       avg(working_days) filter (where decided_at is not null and %s between ? and ?)
                from case_file""".formatted(day.formatted("submitted_at"), day.formatted("decided_at"),
                day.formatted("decided_at"));
        String children = """
                select left(jurisdiction_code, 4), count(*) filter (where %s between ? and ?),
                       count(*) filter (where status in ('SUBMITTED', 'UNDER_REVIEW', 'AWAITING_SUPPLEMENT', 'APPROVED')
                                        and due_on < ?)
                from case_file where jurisdiction_code like ? group by 1""".formatted(day.formatted("submitted_at"));
        try (Connection db = DriverManager.getConnection(DB_URL, System.getProperty("perf.db.user", "postgres"),
                System.getProperty("perf.db.password", "postgres"));
                PreparedStatement n = db.prepareStatement(national); PreparedStatement c = db.prepareStatement(children)) {
            try (Statement session = db.createStatement()) {
                session.execute("SET max_parallel_workers_per_gather = 0");
            }
            LocalDate from = today.minusDays(29);
            for (int i = 0; i < queries && running.get(); i++) {
                if (i > 0 && GROUP_BY_DURING && !pause()) {
                    break;
                }
                if (i % 2 == 0) {
                    Object[] args = {from, today, today, from, today, from, today};
                    nationalMillis.add(time(n, args));
                } else {
                    String p = PROVINCES.get(i / 2 % PROVINCES.size());
                    provinceMillis.add(time(c, new Object[] {from, today, today, p.substring(0, 2) + "%"}));
                }
            }
        } catch (SQLException e) {
            System.err.println("GROUP BY comparison stopped: " + e);
        }
    }

    /** @return whether the run still goes on after the pause */
    private boolean pause() {
        long until = System.currentTimeMillis() + GROUP_BY_PAUSE_MILLIS;
        while (running.get() && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return running.get();
    }

    private static List<String> cities() {
        try (Connection db = DriverManager.getConnection(DB_URL, System.getProperty("perf.db.user", "postgres"),
                System.getProperty("perf.db.password", "postgres"));
                Statement sql = db.createStatement();
                ResultSet rs = sql.executeQuery("select code from jurisdiction where level = 'PREFECTURE' order by code")) {
            List<String> codes = new ArrayList<>();
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
            return List.copyOf(codes);
        } catch (SQLException e) {
            throw new IllegalStateException("no prefectures to drill into", e);
        }
    }

    private static long time(PreparedStatement q, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            q.setObject(i + 1, args[i]);
        }
        long started = System.nanoTime();
        try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                rs.getObject(1);
            }
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static String stats(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return "no query finished";
        }
        return "n=" + sorted.size() + " median=" + sorted.get(sorted.size() / 2) + " p95="
                + sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1) + " max=" + sorted.get(sorted.size() - 1);
    }
}
