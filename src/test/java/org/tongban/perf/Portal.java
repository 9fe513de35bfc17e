package org.tongban.perf;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** What the simulations prepare before a run, over plain HTTP: tokens and a valid application. */
public final class Portal {

    static final String BASE_URL = System.getProperty("perf.baseUrl", "http://localhost:8080");
    static final String PASSWORD = "Tongban-demo-2026";
    static final String ITEM = "XK-00201-001";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Portal() {
    }

    /** A bearer token for a demo account: sign-in is deliberately slow (PBKDF2) and not what is measured. */
    static String token(String username) {
        return post("/api/v1/tokens", Json.createObjectBuilder().add("username", username).add("password", PASSWORD)
                .build().toString()).getString("token");
    }

    /** A valid application for the item in Nanshan, with answers built from its published definition. */
    static String application() {
        JsonObject item = get("/api/v1/catalogue/items/" + ITEM + "?jurisdiction=440305");
        return Json.createObjectBuilder().add("item", ITEM).add("region", "440305")
                .add("answers", answers(item, "44030519900101123X")).build().toString();
    }

    /** Valid answers for every field of an item's definition (as the catalogue API gives it). */
    public static JsonObjectBuilder answers(JsonObject item, String residentId) {
        JsonObjectBuilder answers = Json.createObjectBuilder();
        for (JsonObject field : item.getJsonArray("fields").getValuesAs(JsonObject.class)) {
            String code = field.getString("code");
            switch (field.getString("type")) {
                case "NUMBER" -> answers.add(code, field.containsKey("min") ? field.getJsonNumber("min").toString() : "1");
                case "DATE" -> answers.add(code, "2026-12-01");
                case "CHOICE" -> answers.add(code, field.getJsonArray("choices").getJsonObject(0).getString("value"));
                case "RESIDENT_ID" -> answers.add(code, residentId);
                case "CREDIT_CODE" -> answers.add(code, "91350100M000100Y43");
                case "ADDRESS" -> answers.add(code, "广东省深圳市南山区科技园");
                default -> answers.add(code, "南山小馆");
            }
        }
        return answers;
    }

    /**
     * Reads these paths again and again from four threads for a while, with a bearer token, so that
     * the server has compiled its hot code before anything is measured.
     */
    static void warmUp(Duration duration, String token, java.util.List<String> paths) {
        long until = System.nanoTime() + duration.toNanos();
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            for (int t = 0; t < 4; t++) {
                threads.submit(() -> {
                    for (int i = 0; System.nanoTime() < until; i++) {
                        CLIENT.send(authorized(paths.get(i % paths.size()), token), HttpResponse.BodyHandlers.discarding());
                    }
                    return null;
                });
            }
        }
    }

    /** Submits an application as a citizen, as the simulations' citizens do. */
    static void submit(String token, String application) {
        expect(201, HttpRequest.newBuilder(URI.create(BASE_URL + "/api/v1/cases"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(application)).build());
    }

    /** How long one authorized GET takes, in milliseconds. */
    static long millis(String path, String token) {
        long started = System.nanoTime();
        expect(200, authorized(path, token));
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static void expect(int status, HttpRequest request) {
        HttpResponse<String> response = exchange(request);
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.statusCode() + " for " + request.uri() + ": " + response.body());
        }
    }

    private static HttpRequest authorized(String path, String token) {
        return HttpRequest.newBuilder(URI.create(BASE_URL + path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60)).GET().build();
    }

    static JsonObject get(String path) {
        return send(HttpRequest.newBuilder(URI.create(BASE_URL + path)).GET());
    }

    static JsonObject post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(BASE_URL + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static JsonObject send(HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(request.timeout(Duration.ofSeconds(60)).build());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static HttpResponse<String> exchange(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
