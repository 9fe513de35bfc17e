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

    Applications applications;

    @org.junit.jupiter.api.BeforeEach
    void applications() {
        applications = new Applications(api);
    }

    static final String ITEM = Applications.ITEM;


    @Test
    void aSubmissionIsIdempotentAndAReusedKeyWithAnotherRequestIsRefused() throws SQLException {
        String citizen = api.demoToken("citizen1");
        String key = UUID.randomUUID().toString();
        String body = Applications.application(applications.validAnswers("440305"), "440305").build().toString();

        Api.Reply first = applications.submit(citizen, key, body);
        assertEquals(201, first.status(), first.toString());
        String number = first.json().getString("trackingNumber");
        assertTrue(number.startsWith("440305-"), "decided by Nanshan: " + number);
        assertTrue(first.header("Location").endsWith("/api/v1/cases/" + number));
        assertNotNull(first.json().getJsonObject("clock").getString("deadline"), "the promised deadline is shown at once");

        Api.Reply retry = applications.submit(citizen, key, body);
        assertEquals(200, retry.status(), retry.toString());
        assertEquals(number, retry.json().getString("trackingNumber"), "a retry returns the same case");
        assertEquals(1, casesWithKey(key));

        JsonObjectBuilder other = applications.validAnswers("440305");
        other.add("applicantName", "另一家餐馆");
        Api.Reply reused = applications.submit(citizen, key, Applications.application(other, "440305").build().toString());
        assertEquals(422, reused.status(), reused.toString());
        assertEquals(1, casesWithKey(key), "nothing new was written");
        assertEquals(400, applications.submit(citizen, null, body).status(), "no key, no case");
    }

    @Test
    void answersAreCheckedAgainstTheItemAndABadApplicationWritesNothing() throws SQLException {
        String citizen = api.demoToken("citizen1");
        long before = count();
        JsonObjectBuilder answers = applications.validAnswers("440305");
        answers.add("creditCode", "91350100M000100Y44");
        answers.add("noSuchField", "x");
        Api.Reply refused = applications.submit(citizen, UUID.randomUUID().toString(), Applications.application(answers, "440305").build().toString());
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(refused.body().contains("answers.creditCode") && refused.body().contains("not valid"), refused.body());
        assertTrue(refused.body().contains("answers.noSuchField"));

        Api.Reply missing = applications.submit(citizen, UUID.randomUUID().toString(), Applications.application(Json.createObjectBuilder(), "440305").build().toString());
        assertEquals(400, missing.status());
        assertTrue(missing.body().contains("This field is required."));
        assertEquals(400, applications.submit(citizen, UUID.randomUUID().toString(),
                Applications.application(applications.validAnswers("440305"), "440305").add("item", "XK-99999-999").build().toString()).status());
        assertEquals(403, applications.submit(api.demoToken("clerk.nanshan"), UUID.randomUUID().toString(),
                Applications.application(applications.validAnswers("440305"), "440305").build().toString()).status(), "staff do not apply");
        assertEquals(before, count());
    }

    @Test
    void aCaseIsSeenByItsApplicantAndItsOfficeOnly() throws SQLException {
        Api.Reply submitted = applications.submit(api.demoToken("citizen1"), UUID.randomUUID().toString(),
                Applications.application(applications.validAnswers("440305"), "440305").build().toString());
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
    void aCaseGoesThroughSupplementToApprovalCertificateRatingAndRectification() throws SQLException {
        String citizen = api.demoToken("citizen1");
        String clerk = api.demoToken("clerk.nanshan");
        String number = applications.newCase(citizen, "440305");
        String path = "/api/v1/cases/" + number;
        String actions = path + "/actions";

        Api.Reply uploaded = api.upload(path + "/materials", citizen, java.util.Map.of("material", "M1"), "申请书.pdf", PDF);
        assertEquals(201, uploaded.status(), uploaded.toString());
        assertEquals("application/pdf", uploaded.json().getString("mediaType"));

        assertEquals("UNDER_REVIEW", applications.act(clerk, actions, "ACCEPT", null).getString("status"));
        assertEquals(400, api.post(actions, clerk, "{\"action\":\"REQUEST_SUPPLEMENT\"}").status(), "a reason is owed");
        JsonObject waiting = applications.act(clerk, actions, "REQUEST_SUPPLEMENT", "请补充经营场所平面图");
        assertEquals("AWAITING_SUPPLEMENT", waiting.getString("status"));
        assertTrue(waiting.getJsonObject("clock").getBoolean("stopped"), "the clock stops while the applicant owes material");
        assertEquals(403, api.post(actions, clerk, "{\"action\":\"SUPPLY\"}").status(), "only the applicant supplies");
        Api.Reply empty = api.post(actions, citizen, "{\"action\":\"SUPPLY\"}");
        assertEquals(400, empty.status(), "an answer brings material");
        assertTrue(empty.body().contains("Upload at least one file"), empty.body());

        assertEquals(201, api.upload(path + "/materials", citizen, java.util.Map.of("material", "M3"), "plan.png", PNG).status());
        assertEquals("UNDER_REVIEW", applications.act(citizen, actions, "SUPPLY", null).getString("status"));
        assertTrue(api.get("/api/v1/cases?flag=SUPPLIED&size=100", clerk).body().contains(number),
                "the worklist flags material the office has not answered");
        JsonObject extended = api.post(actions, clerk, "{\"action\":\"EXTEND\",\"reason\":\"需现场核查\",\"days\":5}").json();
        assertEquals(extended.getJsonObject("clock").getInt("totalDays"), extended.getInt("promisedDays") + 5);
        assertEquals("需现场核查", extended.getJsonObject("clock").getString("extensionReason"));
        assertEquals(409, api.post(actions, clerk, "{\"action\":\"EXTEND\",\"reason\":\"再延\",\"days\":2}").status(),
                "extended once only");

        // a clerk reads the applicant's file: audited
        JsonObject seen = api.get(path, clerk).json();
        long fileId = seen.getJsonArray("materials").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Download file = api.download(path + "/materials/" + fileId, clerk);
        assertEquals(200, file.status());
        assertTrue(file.header("Content-Disposition").startsWith("attachment"), "never shown inline");
        assertTrue(java.util.Arrays.equals(PDF, file.body()));
        assertEquals(404, api.download(path + "/materials/" + fileId, api.demoToken("clerk.haidian")).status());
        assertEquals(1, auditCount("CASE_MATERIAL_READ", number));

        JsonObject approved = applications.act(clerk, actions, "APPROVE", null);
        assertEquals("CERTIFICATE_ISSUED", approved.getString("status"), "approval issues the certificate");
        assertEquals(List.of("SUBMIT", "ACCEPT", "REQUEST_SUPPLEMENT", "SUPPLY", "EXTEND", "APPROVE", "ISSUE_CERTIFICATE"),
                approved.getJsonArray("timeline").getValuesAs(JsonObject.class).stream().map(t -> t.getString("action")).toList());
        assertEquals(409, api.post(actions, citizen, "{\"action\":\"WITHDRAW\"}").status(), "no withdrawal after a decision");

        // the certificate: a PDF for the holder, verifiable by anyone, with nothing beyond what it shows
        String code = approved.getJsonObject("certificate").getString("verificationCode");
        Api.Download pdf = api.download(path + "/certificate", citizen);
        assertEquals(200, pdf.status());
        assertEquals("%PDF-", new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(404, api.download(path + "/certificate", api.demoToken("citizen2")).status());
        JsonObject verified = api.get("/api/v1/certificates/" + code.toLowerCase(), null).json();
        assertEquals("VALID", verified.getString("state"));
        assertEquals("南山区政务服务中心", verified.getString("issuedByZh"));
        assertFalse(verified.toString().contains("answers") || verified.toString().contains(number),
                "no case data beyond the certificate: " + verified);
        assertEquals(404, api.get("/api/v1/certificates/AAAA-BBBB-CCCC-DDDD-EEEE", null).status());

        // rating: once, after the decision; a 2 opens a task for the supervisor, who answers
        assertEquals(400, api.post(path + "/rating", citizen, "{\"score\":7}").status());
        assertEquals(201, api.post(path + "/rating", citizen, "{\"score\":2,\"comment\":\"等待时间太长\"}").status());
        assertEquals(409, api.post(path + "/rating", citizen, "{\"score\":5}").status(), "rated once");
        String supervisor = api.demoToken("supervisor.nanshan");
        JsonObject task = api.get("/api/v1/rectifications", supervisor).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(t -> t.getString("trackingNumber").equals(number))
                .findFirst().orElseThrow();
        assertEquals(2, task.getInt("score"));
        assertTrue(api.get("/api/v1/notifications", supervisor).body().contains(number), "the supervisor is told");
        assertEquals(404, api.post("/api/v1/rectifications/" + task.getInt("id") + "/resolution",
                api.demoToken("supervisor.haidian"), "{\"outcome\":\"不是我们的\"}").status());
        assertEquals(403, api.post("/api/v1/rectifications/" + task.getInt("id") + "/resolution", clerk,
                "{\"outcome\":\"已整改\"}").status(), "clerks do not resolve");
        Api.Reply resolved = api.post("/api/v1/rectifications/" + task.getInt("id") + "/resolution", supervisor,
                "{\"outcome\":\"已约谈经办人员并优化现场核查排期\"}");
        assertEquals(200, resolved.status(), resolved.toString());
        JsonObject after = api.get(path, citizen).json();
        assertEquals("已约谈经办人员并优化现场核查排期", after.getJsonObject("rectification").getString("outcome"),
                "the applicant sees the outcome");
        String inbox = api.get("/api/v1/notifications?size=100", citizen).body();
        assertTrue(inbox.contains("Application " + number + " approved") && inbox.contains("answered your rating"), inbox);

        // revocation by a supervisor of the subtree, with a reason
        assertEquals(404, api.post("/api/v1/certificates/" + code + "/revocation", api.demoToken("supervisor.haidian"),
                "{\"reason\":\"x\"}").status());
        assertEquals("REVOKED", api.post("/api/v1/certificates/" + code + "/revocation", supervisor,
                "{\"reason\":\"许可条件已不具备\"}").json().getString("state"));
        assertEquals("REVOKED", api.get("/api/v1/certificates/" + code, null).json().getString("state"));
    }

    @Test
    void disguisedOversizedAndMisplacedFilesAreRefusedAndNothingIsStored() throws SQLException {
        String citizen = api.demoToken("citizen1");
        String number = applications.newCase(citizen, "440305");
        String materials = "/api/v1/cases/" + number + "/materials";
        byte[] executable = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        Api.Reply exe = api.upload(materials, citizen, java.util.Map.of("material", "M1"), "licence.pdf", executable);
        assertEquals(400, exe.status(), exe.toString());
        assertTrue(exe.body().contains("read from the file's content"), exe.body());
        byte[] html = "<html><script>alert(document.cookie)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(400, api.upload(materials, citizen, java.util.Map.of("material", "M1"), "a.pdf", html).status());
        byte[] big = new byte[11 * 1024 * 1024];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        Api.Reply tooBig = api.upload(materials, citizen, java.util.Map.of("material", "M1"), "big.pdf", big);
        assertEquals(400, tooBig.status());
        assertTrue(tooBig.body().contains("larger than 10 MB"), tooBig.body());
        assertEquals(400, api.upload(materials, citizen, java.util.Map.of("material", "M4"), "rules.png", PNG).status(),
                "M4 takes PDF or OFD only");
        assertEquals(400, api.upload(materials, citizen, java.util.Map.of("material", "M99"), "x.pdf", PDF).status());
        assertEquals(404, api.upload(materials, api.demoToken("citizen2"), java.util.Map.of("material", "M1"), "x.pdf", PDF)
                .status(), "not another citizen's case");
        try (Connection db = EmbeddedPostgresLifecycle.connect(); Statement sql = db.createStatement();
                ResultSet rs = sql.executeQuery("select count(*) from case_material m join case_file c on c.id = m.case_id"
                        + " where c.tracking_number = '" + number + "'")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "nothing was stored");
        }
    }

    @Test
    void theWorklistFiltersSortsAndPagesAndClaimsAreChecked() {
        String citizen = api.demoToken("citizen1");
        String clerk = api.demoToken("clerk.nanshan");
        String number = applications.newCase(citizen, "440305");
        JsonObject first = api.get("/api/v1/cases?size=5", clerk).json();
        assertTrue(first.getJsonNumber("total").longValue() >= 1);
        var deadlines = first.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> !i.containsKey("deadline") || i.isNull("deadline") ? "9999" : i.getString("deadline")).toList();
        assertEquals(deadlines.stream().sorted().toList(), deadlines, "most urgent first");
        assertEquals(400, api.get("/api/v1/cases?card=PURPLE", clerk).status());
        assertTrue(api.get("/api/v1/cases?flag=UNASSIGNED&item=" + ITEM + "&size=100&order=NEWEST", clerk).body()
                .contains(number));

        String assignment = "/api/v1/cases/" + number + "/assignment";
        assertEquals(200, api.send("PUT", assignment, clerk, "{\"assignee\":\"clerk.nanshan\"}").status());
        assertTrue(api.get("/api/v1/cases?flag=MINE&size=100", clerk).body().contains(number));
        assertEquals(403, api.send("PUT", assignment, clerk, "{\"assignee\":\"supervisor.nanshan\"}").status(),
                "a clerk claims for themselves only");
        assertEquals(400, api.send("PUT", assignment, api.demoToken("supervisor.nanshan"), "{\"assignee\":\"clerk.haidian\"}")
                .status(), "not to staff outside the case's jurisdiction");
        assertEquals(404, api.send("PUT", assignment, api.demoToken("clerk.haidian"), "{\"assignee\":\"clerk.haidian\"}")
                .status());
        assertEquals(200, api.send("PUT", assignment, api.demoToken("supervisor.nanshan"), "{\"assignee\":\"\"}").status());
    }

    @Test
    void theProgressLookupNeedsTheNameAndIsRateLimited() {
        String number = applications.newCase(api.demoToken("citizen1"), "440305");
        String name = api.get("/api/v1/me", api.demoToken("citizen1")).json().getString("displayName");
        Api.Reply found = api.post("/api/v1/progress", null,
                "{\"trackingNumber\":\"" + number + "\",\"name\":\" " + name + " \"}");
        assertEquals(200, found.status(), found.toString());
        assertEquals("SUBMITTED", found.json().getString("status"));
        assertFalse(found.body().contains("answers") || found.body().contains("residentId"), found.body());
        Api.Reply wrong = api.post("/api/v1/progress", null, "{\"trackingNumber\":\"" + number + "\",\"name\":\"张三丰\"}");
        assertEquals(404, wrong.status(), "a wrong name is as good as a wrong number");
        assertEquals(1, count("select count(*) from audit_entry where action = 'CASE_PROGRESS_LOOKUP' and subject_id = '"
                + number + "' and outcome = 'DENIED'"), "a failed lookup is audited although it is answered with an error");
        int status = 0;
        for (int i = 0; i < 12 && status != 429; i++) {
            status = api.post("/api/v1/progress", null, "{\"trackingNumber\":\"" + number + "\",\"name\":\"x\"}").status();
        }
        assertEquals(429, status, "lookups from one address are limited");
    }

    @Test
    void theCaseApiIsDescribedInTheOpenApiDocument() {
        String document = api.atServerRoot("/openapi").body();
        for (String path : List.of("/api/v1/cases:", "/api/v1/cases/{trackingNumber}:", "/api/v1/cases/{trackingNumber}/materials:",
                "/api/v1/cases/{trackingNumber}/actions:", "/api/v1/cases/{trackingNumber}/rating:",
                "/api/v1/certificates/{verificationCode}:", "/api/v1/progress:")) {
            assertTrue(document.contains(path), path + " is not in the OpenAPI document");
        }
    }

    @Test
    void aMailServerThatIsDownNeitherBlocksADecisionNorLosesTheMail() throws Exception {
        String number = applications.newCase(api.demoToken("citizen1"), "440305");
        JsonObject refused = applications.act(api.demoToken("clerk.nanshan"), "/api/v1/cases/" + number + "/actions", "REFUSE", "材料不齐");
        assertEquals("REFUSED", refused.getString("status"), "decided while no mail server answers");
        String pending = "select count(*) from mail_outbox o join notification n on n.id = o.notification_id"
                + " where n.tracking_number = '" + number + "' and n.topic = 'refused' and o.recipient = 'citizen1@example.cn'";
        assertEquals(1, count(pending), "the mail is owed");
        waitUntil(() -> count(pending + " and o.attempts > 0 and o.last_error is not null") == 1, 30);
        try (var sink = new org.tongban.it.support.SmtpSink()) {
            // the first retry comes 30 s after the failure
            waitUntil(() -> count(pending + " and o.sent_at is not null") == 1, 90);
            assertTrue(sink.messages().stream().anyMatch(m -> m.contains(number)), "the mail arrived, naming the case");
        }
    }

    private static long count(String query) {
        try (Connection db = EmbeddedPostgresLifecycle.connect(); Statement sql = db.createStatement();
                ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, int seconds) throws InterruptedException {
        long until = System.currentTimeMillis() + seconds * 1000L;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("not within " + seconds + " s");
            }
            Thread.sleep(500);
        }
    }

    /** The smallest valid PDF and PNG headers are enough: the kind is told from the first bytes. */
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    static final byte[] PNG = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    private static int auditCount(String action, String number) throws SQLException {
        try (Connection db = EmbeddedPostgresLifecycle.connect(); Statement sql = db.createStatement();
                ResultSet rs = sql.executeQuery("select count(*) from audit_entry where action = '" + action
                        + "' and subject_id = '" + number + "' and purpose is not null")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void refusalDenialAndWithdrawalEndACase() {
        String citizen = api.demoToken("citizen1");
        String clerk = api.demoToken("clerk.nanshan");
        String refused = applications.newCase(citizen, "440305");
        assertEquals("REFUSED", applications.act(clerk, "/api/v1/cases/" + refused + "/actions", "REFUSE", "不属于本机关职权范围").getString("status"));
        String denied = applications.newCase(citizen, "440305");
        applications.act(clerk, "/api/v1/cases/" + denied + "/actions", "ACCEPT", null);
        JsonObject deniedCase = applications.act(api.demoToken("clerk.guangdong"), "/api/v1/cases/" + denied + "/actions", "DENY", "现场核查不符合要求");
        assertEquals("DENIED", deniedCase.getString("status"));
        var steps = deniedCase.getJsonArray("timeline").getValuesAs(JsonObject.class);
        assertTrue(steps.get(steps.size() - 1).getString("officeNameZh").startsWith("广东省"),
                "a step names the office that took it: the province, here");
        assertTrue(steps.get(1).getString("officeNameZh").startsWith("南山区"), "the acceptance was Nanshan's");
        String withdrawn = applications.newCase(citizen, "440305");
        assertEquals("WITHDRAWN", applications.act(citizen, "/api/v1/cases/" + withdrawn + "/actions", "WITHDRAW", null).getString("status"));
        assertEquals(409, api.post("/api/v1/cases/" + withdrawn + "/actions", clerk, "{\"action\":\"ACCEPT\"}").status());
        assertEquals(404, api.post("/api/v1/cases/" + refused + "/actions", api.demoToken("clerk.haidian"),
                "{\"action\":\"CLOSE\"}").status(), "a clerk of another province cannot act");
        assertEquals(400, api.post("/api/v1/cases/" + refused + "/actions", clerk, "{\"action\":\"TELEPORT\"}").status());
        String open = applications.newCase(citizen, "440305");
        Api.Reply tooLong = api.post("/api/v1/cases/" + open + "/actions", clerk,
                Json.createObjectBuilder().add("action", "REFUSE").add("reason", "理".repeat(1001)).build().toString());
        assertEquals(400, tooLong.status(), "a reason longer than the applicant's page holds is refused, not a 500");
        assertTrue(tooLong.body().contains("\"reason\""), tooLong.body());
        assertEquals(400, api.post("/api/v1/cases/" + open + "/actions", clerk,
                "{\"action\":\"REFUSE\",\"reason\":\"bad\\u0000byte\"}").status(), "a NUL is refused, not a 500");
        assertEquals("SUBMITTED", api.get("/api/v1/cases/" + open, citizen).json().getString("status"), "and nothing changed");
    }

    @Test
    void twoClerksDecidingAtOnceCannotBothSucceed() throws Exception {
        String citizen = api.demoToken("citizen1");
        String number = applications.newCase(citizen, "440305");
        String actions = "/api/v1/cases/" + number + "/actions";
        applications.act(api.demoToken("clerk.nanshan"), actions, "ACCEPT", null);
        String first = api.demoToken("clerk.nanshan");
        String second = api.demoToken("supervisor.nanshan");
        var approve = java.util.concurrent.CompletableFuture.supplyAsync(() -> api.post(actions, first, "{\"action\":\"APPROVE\"}"));
        var deny = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> api.post(actions, second, "{\"action\":\"DENY\",\"reason\":\"材料不实\"}"));
        List<Integer> statuses = java.util.stream.Stream.of(approve.get(), deny.get()).map(Api.Reply::status).sorted().toList();
        assertEquals(List.of(200, 409), statuses, "one decision wins, the other is told what happened");
        String status = api.get("/api/v1/cases/" + number, citizen).json().getString("status");
        assertTrue(status.equals("CERTIFICATE_ISSUED") || status.equals("DENIED"), status);
    }

    // ---------------------------------------------------------------- helpers

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
