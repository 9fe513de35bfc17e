package org.tongban.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tongban.it.support.EmbeddedPostgresLifecycle;

/** Submitting and reading cases over HTTP: idempotency, answers checked against the item, scope. */
class CasesApiIT extends PortalTestBase {

    static final String ITEM = "XK-00201-001"; // 食品经营许可(新办), decided by the county


    @Test
    void aSubmissionIsIdempotentAndAReusedKeyWithAnotherRequestIsRefused() throws SQLException {
        String citizen = api.demoToken("citizen1");
        String key = UUID.randomUUID().toString();
        String body = application(validAnswers()).build().toString();

        Api.Reply first = submit(citizen, key, body);
        assertEquals(201, first.status(), first.toString());
        String number = first.json().getString("trackingNumber");
        assertTrue(number.startsWith("440305-"), "decided by Nanshan: " + number);
        assertTrue(first.header("Location").endsWith("/api/v1/cases/" + number));
        assertNotNull(first.json().getJsonObject("clock").getString("deadline"), "the promised deadline is shown at once");

        Api.Reply retry = submit(citizen, key, body);
        assertEquals(200, retry.status(), retry.toString());
        assertEquals(number, retry.json().getString("trackingNumber"), "a retry returns the same case");
        assertEquals(1, casesWithKey(key));

        JsonObjectBuilder other = validAnswers();
        other.add("applicantName", "另一家餐馆");
        Api.Reply reused = submit(citizen, key, application(other).build().toString());
        assertEquals(422, reused.status(), reused.toString());
        assertEquals(1, casesWithKey(key), "nothing new was written");
        assertEquals(400, submit(citizen, null, body).status(), "no key, no case");
    }

    @Test
    void answersAreCheckedAgainstTheItemAndABadApplicationWritesNothing() throws SQLException {
        String citizen = api.demoToken("citizen1");
        long before = count();
        JsonObjectBuilder answers = validAnswers();
        answers.add("creditCode", "91350100M000100Y44");
        answers.add("noSuchField", "x");
        Api.Reply refused = submit(citizen, UUID.randomUUID().toString(), application(answers).build().toString());
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(refused.body().contains("answers.creditCode") && refused.body().contains("not valid"), refused.body());
        assertTrue(refused.body().contains("answers.noSuchField"));

        Api.Reply missing = submit(citizen, UUID.randomUUID().toString(), application(Json.createObjectBuilder()).build().toString());
        assertEquals(400, missing.status());
        assertTrue(missing.body().contains("This field is required."));
        assertEquals(400, submit(citizen, UUID.randomUUID().toString(),
                application(validAnswers()).add("item", "XK-99999-999").build().toString()).status());
        assertEquals(403, submit(api.demoToken("clerk.nanshan"), UUID.randomUUID().toString(),
                application(validAnswers()).build().toString()).status(), "staff do not apply");
        assertEquals(before, count());
    }

    @Test
    void aCaseIsSeenByItsApplicantAndItsOfficeOnly() throws SQLException {
        Api.Reply submitted = submit(api.demoToken("citizen1"), UUID.randomUUID().toString(),
                application(validAnswers()).build().toString());
        String number = submitted.json().getString("trackingNumber");
        String path = "/api/v1/cases/" + number;

        JsonObject own = api.get(path, api.demoToken("citizen1")).json();
        assertEquals("SUBMITTED", own.getString("status"));
        assertTrue(own.getJsonArray("nextSteps").toString().contains("WITHDRAW"));
        JsonObject step = own.getJsonArray("timeline").getJsonObject(0);
        assertEquals("SUBMIT", step.getString("action"));
        assertEquals("南山区政务服务中心", step.getString("officeNameZh"));
        assertFalse(step.containsKey("actor") || step.containsKey("actorId"), "the timeline names offices, not clerks");

        assertEquals(404, api.get(path, api.demoToken("citizen2")).status(), "another citizen's case does not exist for them");
        assertEquals(404, api.get(path, api.demoToken("clerk.haidian")).status(), "nor for a clerk of another province");
        JsonObject atTheOffice = api.get(path, api.demoToken("clerk.nanshan")).json();
        assertTrue(atTheOffice.getJsonArray("nextSteps").toString().contains("ACCEPT"));
        assertEquals(200, api.get(path, api.demoToken("clerk.guangdong")).status(), "the province above sees it");
        assertEquals(404, api.get("/api/v1/cases/not-a-number", api.demoToken("clerk.nanshan")).status());

        try (Connection db = EmbeddedPostgresLifecycle.connect(); Statement sql = db.createStatement();
                ResultSet rs = sql.executeQuery("select count(*) from audit_entry where action = 'CASE_READ' and subject_id = '"
                        + number + "' and actor = 'clerk.nanshan' and purpose is not null")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "a member of staff reading a case is audited, with the purpose");
        }
        assertTrue(api.get("/api/v1/cases?size=100", api.demoToken("citizen1")).body().contains(number));
        assertFalse(api.get("/api/v1/cases?size=100", api.demoToken("clerk.haidian")).body().contains(number));
    }

    @Test
    void aCaseGoesThroughSupplementToApprovalAndTheClockStopsMeanwhile() {
        String citizen = api.demoToken("citizen1");
        String clerk = api.demoToken("clerk.nanshan");
        String number = newCase(citizen);
        String actions = "/api/v1/cases/" + number + "/actions";

        assertEquals("UNDER_REVIEW", act(clerk, actions, "ACCEPT", null).getString("status"));
        assertEquals(400, api.post(actions, clerk, "{\"action\":\"REQUEST_SUPPLEMENT\"}").status(), "a reason is owed");
        JsonObject waiting = act(clerk, actions, "REQUEST_SUPPLEMENT", "请补充经营场所平面图");
        assertEquals("AWAITING_SUPPLEMENT", waiting.getString("status"));
        assertTrue(waiting.getJsonObject("clock").getBoolean("stopped"), "the clock stops while the applicant owes material");
        assertEquals(403, api.post(actions, clerk, "{\"action\":\"SUPPLY\"}").status(), "only the applicant supplies");

        assertEquals("UNDER_REVIEW", act(citizen, actions, "SUPPLY", null).getString("status"));
        JsonObject extended = api.post(actions, clerk, "{\"action\":\"EXTEND\",\"reason\":\"需现场核查\",\"days\":5}").json();
        assertEquals(extended.getJsonObject("clock").getInt("totalDays"), extended.getInt("promisedDays") + 5);
        assertEquals(409, api.post(actions, clerk, "{\"action\":\"EXTEND\",\"reason\":\"再延\",\"days\":2}").status(),
                "extended once only");
        JsonObject approved = act(clerk, actions, "APPROVE", null);
        assertEquals("APPROVED", approved.getString("status"));
        assertEquals(List.of("SUBMIT", "ACCEPT", "REQUEST_SUPPLEMENT", "SUPPLY", "EXTEND", "APPROVE"),
                approved.getJsonArray("timeline").getValuesAs(JsonObject.class).stream().map(t -> t.getString("action")).toList());
        assertEquals(409, api.post(actions, citizen, "{\"action\":\"WITHDRAW\"}").status(), "no withdrawal after a decision");
    }

    @Test
    void refusalDenialAndWithdrawalEndACase() {
        String citizen = api.demoToken("citizen1");
        String clerk = api.demoToken("clerk.nanshan");
        String refused = newCase(citizen);
        assertEquals("REFUSED", act(clerk, "/api/v1/cases/" + refused + "/actions", "REFUSE", "不属于本机关职权范围").getString("status"));
        String denied = newCase(citizen);
        act(clerk, "/api/v1/cases/" + denied + "/actions", "ACCEPT", null);
        assertEquals("DENIED", act(clerk, "/api/v1/cases/" + denied + "/actions", "DENY", "现场核查不符合要求").getString("status"));
        String withdrawn = newCase(citizen);
        assertEquals("WITHDRAWN", act(citizen, "/api/v1/cases/" + withdrawn + "/actions", "WITHDRAW", null).getString("status"));
        assertEquals(409, api.post("/api/v1/cases/" + withdrawn + "/actions", clerk, "{\"action\":\"ACCEPT\"}").status());
        assertEquals(404, api.post("/api/v1/cases/" + refused + "/actions", api.demoToken("clerk.haidian"),
                "{\"action\":\"CLOSE\"}").status(), "a clerk of another province cannot act");
        assertEquals(400, api.post("/api/v1/cases/" + refused + "/actions", clerk, "{\"action\":\"TELEPORT\"}").status());
    }

    @Test
    void twoClerksDecidingAtOnceCannotBothSucceed() throws Exception {
        String citizen = api.demoToken("citizen1");
        String number = newCase(citizen);
        String actions = "/api/v1/cases/" + number + "/actions";
        act(api.demoToken("clerk.nanshan"), actions, "ACCEPT", null);
        String first = api.demoToken("clerk.nanshan");
        String second = api.demoToken("supervisor.nanshan");
        var approve = java.util.concurrent.CompletableFuture.supplyAsync(() -> api.post(actions, first, "{\"action\":\"APPROVE\"}"));
        var deny = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> api.post(actions, second, "{\"action\":\"DENY\",\"reason\":\"材料不实\"}"));
        List<Integer> statuses = java.util.stream.Stream.of(approve.get(), deny.get()).map(Api.Reply::status).sorted().toList();
        assertEquals(List.of(200, 409), statuses, "one decision wins, the other is told what happened");
        String status = api.get("/api/v1/cases/" + number, citizen).json().getString("status");
        assertTrue(status.equals("APPROVED") || status.equals("DENIED"));
    }

    private String newCase(String citizen) {
        Api.Reply reply = submit(citizen, UUID.randomUUID().toString(), application(validAnswers()).build().toString());
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().getString("trackingNumber");
    }

    private JsonObject act(String token, String path, String action, String reason) {
        var body = Json.createObjectBuilder().add("action", action);
        if (reason != null) {
            body.add("reason", reason);
        }
        Api.Reply reply = api.post(path, token, body.build().toString());
        assertEquals(200, reply.status(), action + ": " + reply);
        return reply.json();
    }

    // ---------------------------------------------------------------- helpers

    private Api.Reply submit(String token, String key, String body) {
        return key == null ? api.post("/api/v1/cases", token, body) : api.sendWithHeader("POST", "/api/v1/cases", token, body,
                "Idempotency-Key", key);
    }

    private static JsonObjectBuilder application(JsonObjectBuilder answers) {
        return Json.createObjectBuilder().add("item", ITEM).add("region", "440305").add("answers", answers);
    }

    /** Valid answers for every field of the item as it applies in Nanshan, built from its definition. */
    private JsonObjectBuilder validAnswers() {
        JsonObject item = api.get("/api/v1/catalogue/items/" + ITEM + "?jurisdiction=440305", null).json();
        JsonObjectBuilder answers = Json.createObjectBuilder();
        for (JsonObject field : item.getJsonArray("fields").getValuesAs(JsonObject.class)) {
            String code = field.getString("code");
            switch (field.getString("type")) {
                case "NUMBER" -> answers.add(code, field.containsKey("min") ? field.getJsonNumber("min").toString() : "1");
                case "DATE" -> answers.add(code, "2026-12-01");
                case "CHOICE" -> answers.add(code, field.getJsonArray("choices").getJsonObject(0).getString("value"));
                case "RESIDENT_ID" -> answers.add(code, FoundationApiIT.newResidentId());
                case "CREDIT_CODE" -> answers.add(code, "91350100M000100Y43");
                case "ADDRESS" -> answers.add(code, "广东省深圳市南山区科技园");
                default -> answers.add(code, "南山小馆");
            }
        }
        return answers;
    }

    private static int casesWithKey(String key) throws SQLException {
        try (Connection db = EmbeddedPostgresLifecycle.connect(); Statement sql = db.createStatement();
                ResultSet rs = sql.executeQuery("select count(*) from case_file where idempotency_key = '" + key + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static long count() throws SQLException {
        try (Connection db = EmbeddedPostgresLifecycle.connect(); Statement sql = db.createStatement();
                ResultSet rs = sql.executeQuery("select count(*) from case_file")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
