package org.tongban.perf;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Citizens submitting and following their cases while clerks work their lists, against a database
 * holding a large case history (see {@link LoadCases}). Open workload: citizens and clerks arrive
 * at steady rates. Requests: submission, case page, my cases; worklist first page, a filtered
 * worklist and the case page for clerks of a county, a city and a province and for central staff.
 *
 * <pre>mvn -Pperf gatling:test -Dgatling.simulationClass=org.tongban.perf.CasesSimulation -Dperf.rate=20 -Dperf.seconds=120</pre>
 *
 * {@code perf.rate} is the arrival rate of citizens per second; clerks arrive at the same rate.
 */
public class CasesSimulation extends Simulation {

    static final int RATE = Integer.getInteger("perf.rate", 20);
    static final int SECONDS = Integer.getInteger("perf.seconds", 120);
    static final List<String> CITIZENS = List.of("citizen1", "citizen2");
    static final List<String> STAFF = List.of("clerk.nanshan", "clerk.shenzhen", "clerk.guangdong", "central");

    /** Bearer tokens, got once before the run. */
    static final Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();
    static String application;

    final HttpProtocolBuilder protocol = http.baseUrl(Portal.BASE_URL)
            .acceptHeader("application/json")
            .acceptLanguageHeader("zh-CN")
            .contentTypeHeader("application/json");

    final ScenarioBuilder citizens = scenario("citizens")
            .exec(session -> session.set("token", TOKENS.get(CITIZENS.get(ThreadLocalRandom.current().nextInt(CITIZENS.size()))))
                    .set("key", UUID.randomUUID().toString()).set("body", application))
            .exec(http("submit").post("/api/v1/cases")
                    .header("Authorization", "Bearer #{token}").header("Idempotency-Key", "#{key}")
                    .body(io.gatling.javaapi.core.CoreDsl.StringBody("#{body}"))
                    .check(status().is(201), jsonPath("$.trackingNumber").saveAs("number")))
            .exec(http("case page (citizen)").get("/api/v1/cases/#{number}").header("Authorization", "Bearer #{token}")
                    .check(status().is(200)))
            .exec(http("my cases").get("/api/v1/cases?size=10").header("Authorization", "Bearer #{token}")
                    .check(status().is(200)));

    final ScenarioBuilder clerks = scenario("clerks")
            .exec(session -> session.set("token", TOKENS.get(STAFF.get(ThreadLocalRandom.current().nextInt(STAFF.size())))))
            .exec(http("worklist first page").get("/api/v1/cases?size=20").header("Authorization", "Bearer #{token}")
                    .check(status().is(200), jsonPath("$.items[0].trackingNumber").optional().saveAs("first")))
            .exec(http("worklist red cards").get("/api/v1/cases?size=20&card=RED").header("Authorization", "Bearer #{token}")
                    .check(status().is(200)))
            .doIf(session -> session.contains("first")).then(
                    io.gatling.javaapi.core.CoreDsl.exec(http("case page (clerk)").get("/api/v1/cases/#{first}")
                            .header("Authorization", "Bearer #{token}").check(status().is(200))));

    @Override
    public void before() {
        java.util.stream.Stream.concat(CITIZENS.stream(), STAFF.stream()).forEach(user -> TOKENS.put(user, Portal.token(user)));
        application = Portal.application();
    }

    {
        setUp(citizens.injectOpen(rampUsersPerSec(1).to(RATE).during(Duration.ofSeconds(10)),
                        constantUsersPerSec(RATE).during(Duration.ofSeconds(SECONDS))),
                clerks.injectOpen(rampUsersPerSec(1).to(RATE).during(Duration.ofSeconds(10)),
                        constantUsersPerSec(RATE).during(Duration.ofSeconds(SECONDS))))
                .protocols(protocol)
                .assertions(details("worklist first page").responseTime().percentile(95.0).lt(100),
                        global().failedRequests().count().is(0L));
    }
}
