package org.tongban.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The API as an outside caller sees it: plain HTTP, JSON in and out, no redirects followed. */
final class Api {

    static final String DEMO_PASSWORD = "Tongban-demo-2026";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final String base;
    private final String server;

    Api(URL deployment) {
        String url = deployment.toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.server = deployment.getProtocol() + "://" + deployment.getAuthority();
    }

    /** Endpoints Payara serves at the server root whatever the context root: /health, /openapi. */
    Reply atServerRoot(String path) {
        return send(HttpRequest.newBuilder(URI.create(server + path)).timeout(Duration.ofSeconds(60)).GET());
    }

    record Reply(int status, HttpHeaders headers, String body) {

        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        JsonArray array() {
            return Json.createReader(new StringReader(body)).readArray();
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    Reply get(String path, String token) {
        return send(request(path, token, "en").GET());
    }

    Reply get(String path, String token, String language) {
        return send(request(path, token, language).GET());
    }

    Reply post(String path, String token, String json) {
        return send(request(path, token, "en").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply send(String method, String path, String token, String json) {
        return send(request(path, token, "en").header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply sendWithHeader(String method, String path, String token, String json, String header, String value) {
        return send(request(path, token, "en").header("Content-Type", "application/json").header(header, value)
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A multipart/form-data POST with text parts and one file part named {@code file}. */
    Reply upload(String path, String token, java.util.Map<String, String> fields, String fileName, byte[] content) {
        String boundary = "----tongban" + java.util.UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(utf8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(utf8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(utf8));
        return send(request(path, token, "en").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A download: status, headers and the bytes. */
    record Download(int status, HttpHeaders headers, byte[] body) {

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    Download download(String path, String token) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request(path, token, "en").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Reply delete(String path, String token) {
        return send(request(path, token, "en").DELETE());
    }

    String url(String path) {
        return base + path;
    }

    /** A bearer token for an account, asserting that sign-in succeeded. */
    String token(String username, String password) {
        Reply reply = post("/api/v1/tokens", null,
                Json.createObjectBuilder().add("username", username).add("password", password).build().toString());
        if (reply.status() != 201) {
            throw new AssertionError("sign-in of " + username + " failed: " + reply);
        }
        return reply.json().getString("token");
    }

    String demoToken(String username) {
        return token(username, DEMO_PASSWORD);
    }

    private HttpRequest.Builder request(String path, String token, String language) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        return builder;
    }

    private static Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
