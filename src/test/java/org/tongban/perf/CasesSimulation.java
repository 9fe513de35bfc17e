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
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

    static final String BASE_URL = System.getProperty("perf.baseUrl", "http://localhost:8080");
    static final int RATE = Integer.getInteger("perf.rate", 20);
    static final int SECONDS = Integer.getInteger("perf.seconds", 120);
    static final String ITEM = "XK-00201-001";
    static final String PASSWORD = "Tongban-demo-2026";
    static final List<String> CITIZENS = List.of("citizen1", "citizen2");
    static final List<String> STAFF = List.of("clerk.nanshan", "clerk.shenzhen", "clerk.guangdong", "central");

    /** Bearer tokens, got once before the run: sign-in is deliberately slow (PBKDF2) and not what is measured. */
    static final Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();
    static String application;

    final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
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
        for (String user : concat(CITIZENS, STAFF)) {
            TOKENS.put(user, post("/api/v1/tokens", Json.createObjectBuilder().add("username", user)
                    .add("password", PASSWORD).build().toString()).getString("token"));
        }
        application = Json.createObjectBuilder().add("item", ITEM).add("region", "440305")
                .add("answers", validAnswers()).build().toString();
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

    /** Answers for every field of the item in Nanshan, from its published definition. */
    private static JsonObjectBuilder validAnswers() {
        JsonObject item = get("/api/v1/catalogue/items/" + ITEM + "?jurisdiction=440305");
        JsonObjectBuilder answers = Json.createObjectBuilder();
        for (JsonObject field : item.getJsonArray("fields").getValuesAs(JsonObject.class)) {
            String code = field.getString("code");
            switch (field.getString("type")) {
                case "NUMBER" -> answers.add(code, field.containsKey("min") ? field.getJsonNumber("min").toString() : "1");
                case "DATE" -> answers.add(code, "2026-12-01");
                case "CHOICE" -> answers.add(code, field.getJsonArray("choices").getJsonObject(0).getString("value"));
                case "RESIDENT_ID" -> answers.add(code, "44030519900101123X");
                case "CREDIT_CODE" -> answers.add(code, "91350100M000100Y43");
                case "ADDRESS" -> answers.add(code, "广东省深圳市南山区科技园");
                default -> answers.add(code, "南山小馆");
            }
        }
        return answers;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static JsonObject get(String path) {
        return send(HttpRequest.newBuilder(URI.create(BASE_URL + path)).GET());
    }

    private static JsonObject post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(BASE_URL + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static JsonObject send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
            return Json.createReader(new StringReader(response.body())).readObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
