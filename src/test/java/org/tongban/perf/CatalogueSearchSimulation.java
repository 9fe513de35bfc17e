package org.tongban.perf;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * The public catalogue search under load: visitors arriving at a steady rate ({@code perf.rate} per
 * second) search by Chinese words, English words and codes, with and without a region and a policy
 * area, against the full catalogue of a running portal (`mvn -Prun`). Passes only if the 95th
 * percentile stays under 50 ms with no errors.
 */
public class CatalogueSearchSimulation extends Simulation {

    static final String BASE_URL = System.getProperty("perf.baseUrl", "http://localhost:8080");
    static final int RATE = Integer.getInteger("perf.rate", 50);
    static final int SECONDS = Integer.getInteger("perf.seconds", 60);

    final FeederBuilder<String> searches = csv("perf/catalogue-searches.csv").random();

    final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("application/json")
            .acceptLanguageHeader("zh-CN");

    final ScenarioBuilder visitors = scenario("catalogue search")
            .feed(searches)
            .exec(http("search").get("/api/v1/catalogue/items?q=#{q}&area=#{area}&jurisdiction=#{region}&size=20")
                    .check(status().is(200)));

    {
        // an open workload: visitors arrive at a steady rate whether or not earlier ones are served,
        // after a short ramp that lets the JIT compile the hot paths
        setUp(visitors.injectOpen(rampUsersPerSec(1).to(RATE).during(Duration.ofSeconds(10)),
                        constantUsersPerSec(RATE).during(Duration.ofSeconds(SECONDS))))
                .protocols(protocol)
                .assertions(global().responseTime().percentile(95.0).lt(50),
                        global().failedRequests().count().is(0L));
    }
}
