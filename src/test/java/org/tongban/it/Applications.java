package org.tongban.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.UUID;

/** Applications for one county-level item, made and moved on over the API, as the tests need them. */
final class Applications {

    static final String ITEM = "XK-00201-001"; // 食品经营许可(新办), decided by the county

    private final Api api;

    Applications(Api api) {
        this.api = api;
    }

    Api.Reply submit(String token, String key, String body) {
        return key == null ? api.post("/api/v1/cases", token, body) : api.sendWithHeader("POST", "/api/v1/cases", token, body,
                "Idempotency-Key", key);
    }

    static JsonObjectBuilder application(JsonObjectBuilder answers, String region) {
        return Json.createObjectBuilder().add("item", ITEM).add("region", region).add("answers", answers);
    }

    /** A new case in the region, with valid answers; its tracking number. */
    String newCase(String citizen, String region) {
        Api.Reply reply = submit(citizen, UUID.randomUUID().toString(), application(validAnswers(region), region).build().toString());
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().getString("trackingNumber");
    }

    /** Takes a step on a case ({@code path} is its actions resource) and expects it to be allowed. */
    JsonObject act(String token, String path, String action, String reason) {
        var body = Json.createObjectBuilder().add("action", action);
        if (reason != null) {
            body.add("reason", reason);
        }
        Api.Reply reply = api.post(path, token, body.build().toString());
        assertEquals(200, reply.status(), action + ": " + reply);
        return reply.json();
    }

    /** Valid answers for every field of the item as it applies in the region, built from its definition. */
    JsonObjectBuilder validAnswers(String region) {
        return org.tongban.perf.Portal.answers(api.get("/api/v1/catalogue/items/" + ITEM + "?jurisdiction=" + region, null).json(),
                FoundationApiIT.newResidentId());
    }
}
