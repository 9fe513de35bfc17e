package org.tongban.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.it.support.EmbeddedPostgresLifecycle;

/**
 * Central monitoring over HTTP: figures that equal a count over the cases after a mixed workload,
 * fresh within seconds, scoped to the caller, small cells withheld below province level, the
 * cases behind a figure only for a stated purpose, and directives from sending to completion.
 */
class MonitoringApiIT extends PortalTestBase {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final String NANSHAN = "440305";

    Applications applications;

    @BeforeEach
    void applications() {
        applications = new Applications(api);
    }

    @Test
    void figuresEqualACountOverTheCasesAfterAMixedWorkload() throws Exception {
        String citizen = api.demoToken("citizen1");
        String clerk = api.demoToken("clerk.nanshan");
        String[] n = new String[7];
        for (int i = 0; i < n.length; i++) {
            n[i] = applications.newCase(citizen, NANSHAN);
        }
        for (int i = 0; i < 5; i++) {
            applications.act(clerk, actions(n[i]), "ACCEPT", null);
        }
        applications.act(clerk, actions(n[0]), "APPROVE", null);
        applications.act(clerk, actions(n[1]), "DENY", "不符合法定条件");
        applications.act(clerk, actions(n[2]), "REQUEST_SUPPLEMENT", "请补充材料");
        assertEquals(200, api.post(actions(n[3]), clerk, "{\"action\":\"EXTEND\",\"reason\":\"需要现场核查\",\"days\":5}").status());
        applications.act(clerk, actions(n[5]), "REFUSE", "不属于本机关职权");
        applications.act(citizen, actions(n[6]), "WITHDRAW", null);
        assertEquals(201, api.post("/api/v1/cases/" + n[0] + "/rating", citizen, "{\"score\":1,\"comment\":\"太慢\"}").status());
        assertEquals(201, api.post("/api/v1/cases/" + n[1] + "/rating", citizen, "{\"score\":4}").status());

        awaitFolded();
        String central = api.demoToken("central");
        LocalDate today = LocalDate.now(CHINA);
        LocalDate from = today.minusDays(400);
        Map<String, String> live = new LinkedHashMap<>();
        for (String code : new String[] {"000000", "440000", NANSHAN}) {
            JsonObject summary = api.get("/api/v1/monitoring/summary?jurisdiction=" + code + "&from=" + from + "&to=" + today,
                    central).json();
            live.put(code, summary.getJsonObject("figures").toString());
            Map<String, Number> expected = countedOverTheCases(code, from, today);
            JsonObject figures = summary.getJsonObject("figures");
            String withheld = summary.getJsonArray("suppressed").toString();
            if (!code.equals(NANSHAN)) {
                assertEquals("[]", withheld, "nothing is withheld at province level and above");
            }
            expected.forEach((figure, value) -> {
                if (withheld.contains("\"" + figure + "\"")) {
                    assertTrue(value instanceof Long count && count > 0 && count < 5, code + " " + figure + " withheld: " + value);
                    return;
                }
                double tolerance = figure.equals("averageDays") || figure.equals("satisfaction") ? 0.051 : 0.0001;
                Double got = number(figures, figure);
                if (value == null) {
                    assertEquals(null, got, code + " " + figure);
                } else {
                    assertEquals(value.doubleValue(), got, tolerance, code + " " + figure + " in " + figures);
                }
            });
        }

        // the bulk path (a rebuild from every case) and the live path give the same figures
        try (Connection db = EmbeddedPostgresLifecycle.connect()) {
            org.tongban.perf.LoadCases.rebuild(db);
        }
        // the portal keeps figures per fold; within a second of the rebuild its watch reads them again
        Thread.sleep(2_500);
        live.forEach((code, figures) -> assertEquals(figures, api.get("/api/v1/monitoring/summary?jurisdiction=" + code
                + "&from=" + from + "&to=" + today, central).json().getJsonObject("figures").toString(), code + " after a rebuild"));
    }

    @Test
    void aSubmissionShowsInTheFiguresWithinFiveSeconds() {
        String central = api.demoToken("central");
        String path = "/api/v1/monitoring/summary?jurisdiction=" + NANSHAN;
        double before = number(api.get(path, central).json().getJsonObject("figures"), "submitted");
        applications.newCase(api.demoToken("citizen1"), NANSHAN);
        long submitted = System.nanoTime();
        double now = before;
        while (now == before && System.nanoTime() - submitted < 10_000_000_000L) {
            now = number(api.get(path, central).json().getJsonObject("figures"), "submitted");
        }
        long millis = (System.nanoTime() - submitted) / 1_000_000;
        assertEquals(before + 1, now, "the new case is counted");
        assertTrue(millis < 5_000, "counted after " + millis + " ms");
    }

    @Test
    void figuresAreScopedToTheCallersProvinceAndClerksHaveNone() {
        String province = api.demoToken("supervisor.guangdong");
        assertEquals(200, api.get("/api/v1/monitoring/summary", province).status());
        assertEquals("440000", api.get("/api/v1/monitoring/summary", province).json().getJsonObject("jurisdiction")
                .getString("code"), "a province's supervisor starts at the province");
        assertEquals(200, api.get("/api/v1/monitoring/summary?jurisdiction=" + NANSHAN, province).status());
        assertEquals(404, api.get("/api/v1/monitoring/summary?jurisdiction=110108", province).status(), "not another province");
        assertEquals(404, api.get("/api/v1/monitoring/summary?jurisdiction=000000", province).status(), "nor the nation");
        assertEquals(404, api.get("/api/v1/monitoring/children?jurisdiction=110000", province).status());
        assertEquals(404, api.get("/api/v1/monitoring/cases?jurisdiction=110108&figure=overdue&purpose="
                + encode("checking the backlog of Haidian"), province).status());
        assertEquals(403, api.get("/api/v1/monitoring/summary", api.demoToken("clerk.nanshan")).status(), "a clerk has no figures");
        assertEquals(403, api.get("/api/v1/monitoring/summary", api.demoToken("clerk.guangdong")).status());
        assertEquals(403, api.get("/api/v1/monitoring/summary", api.demoToken("supervisor.nanshan")).status(),
                "nor has a county's supervisor");
        assertEquals(401, api.get("/api/v1/monitoring/summary", null).status());

        JsonObject children = api.get("/api/v1/monitoring/children?figure=onTimeRate", province).json();
        assertEquals("onTimeRate", children.getString("figure"));
        assertEquals(21, children.getJsonArray("children").size(), "Guangdong's prefectures");
        assertEquals(400, api.get("/api/v1/monitoring/children?figure=happiness", province).status());
        assertEquals(400, api.get("/api/v1/monitoring/summary?from=2026-12-01&to=2026-01-01", province).status());
        assertEquals(400, api.get("/api/v1/monitoring/summary?from=yesterday", province).status());
    }

    @Test
    void smallCountsAreWithheldBelowProvinceLevel() throws Exception {
        String yuexiu = "440104"; // no demo history
        String citizen = api.demoToken("citizen1");
        applications.newCase(citizen, yuexiu);
        applications.newCase(citizen, yuexiu);
        awaitFolded();
        String central = api.demoToken("central");
        JsonObject county = api.get("/api/v1/monitoring/summary?jurisdiction=" + yuexiu, central).json();
        assertTrue(county.getJsonArray("suppressed").toString().contains("\"submitted\""), county.toString());
        assertTrue(county.getJsonObject("figures").isNull("submitted"));
        assertTrue(county.getJsonObject("figures").isNull("open"));
        JsonObject city = api.get("/api/v1/monitoring/children?jurisdiction=440100&figure=submitted", central).json();
        JsonObject yuexiuRow = city.getJsonArray("children").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("code").equals(yuexiu)).findFirst().orElseThrow();
        assertTrue(yuexiuRow.getBoolean("suppressed"));
        assertTrue(yuexiuRow.isNull("value"));
        JsonObject provinces = api.get("/api/v1/monitoring/children?figure=submitted", central).json();
        assertTrue(provinces.getJsonArray("children").getValuesAs(JsonObject.class).stream()
                .noneMatch(JsonObject -> JsonObject.getBoolean("suppressed")), "provinces are shown exactly");
        JsonObject guangdong = api.get("/api/v1/monitoring/summary?jurisdiction=440000", central).json();
        assertEquals(0, guangdong.getJsonArray("suppressed").size());
    }

    @Test
    void theCasesBehindAFigureNeedAPurposeAndAreAudited() throws SQLException {
        String central = api.demoToken("central");
        String path = "/api/v1/monitoring/cases?jurisdiction=" + NANSHAN + "&figure=open";
        Api.Reply noPurpose = api.get(path, central);
        assertEquals(400, noPurpose.status());
        assertTrue(noPurpose.body().contains("purpose"), noPurpose.body());
        assertEquals(400, api.get(path + "&purpose=because", central).status(), "a purpose says something");
        assertEquals(400, api.get("/api/v1/monitoring/cases?jurisdiction=" + NANSHAN + "&figure=submitted&purpose="
                + encode("checking the submissions of Nanshan"), central).status(), "only open cases are listed");
        long before = audited();
        String purpose = "核查南山区在办积压情况 " + UUID.randomUUID();
        Api.Reply listed = api.get(path + "&size=5&purpose=" + encode(purpose), central);
        assertEquals(200, listed.status(), listed.toString());
        assertEquals(5, listed.json().getJsonArray("items").size());
        assertTrue(listed.json().getJsonArray("items").getJsonObject(0).getString("trackingNumber").startsWith(NANSHAN));
        assertEquals(before + 1, audited());
        try (Connection db = EmbeddedPostgresLifecycle.connect();
                PreparedStatement q = db.prepareStatement("select count(*) from audit_entry where action = 'MONITORING_CASES_LISTED'"
                        + " and actor = 'central' and subject_id = ? and purpose = ?")) {
            q.setString(1, NANSHAN);
            q.setString(2, purpose);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertEquals(1, rs.getInt(1), "the purpose is in the audit log");
            }
        }
    }

    @Test
    void aDirectiveIsAcknowledgedAndCompletedAndTheSenderSeesWhoHasNot() throws SQLException {
        String central = api.demoToken("central");
        String nanshan = api.demoToken("supervisor.nanshan");
        String key = UUID.randomUUID().toString();
        String body = Json.createObjectBuilder().add("subject", "清理逾期积压")
                .add("text", "请于期限内清理食品经营许可的逾期办件，并报告办理情况。")
                .add("recipients", Json.createArrayBuilder().add(NANSHAN).add("110108"))
                .add("itemCode", Applications.ITEM).add("figure", "overdue")
                .add("dueOn", LocalDate.now(CHINA).plusDays(7).toString()).build().toString();
        Api.Reply sent = api.sendWithHeader("POST", "/api/v1/directives", central, body, "Idempotency-Key", key);
        assertEquals(201, sent.status(), sent.toString());
        long id = sent.json().getJsonNumber("id").longValue();
        assertTrue(sent.header("Location").endsWith("/api/v1/directives/" + id));
        Api.Reply retry = api.sendWithHeader("POST", "/api/v1/directives", central, body, "Idempotency-Key", key);
        assertEquals(200, retry.status());
        assertEquals(id, retry.json().getJsonNumber("id").longValue(), "a retry is the same directive");

        assertTrue(api.get("/api/v1/notifications", nanshan).body().contains("directive"), "the recipient's supervisors are told");
        JsonObject received = api.get("/api/v1/directives", nanshan).json();
        assertTrue(received.toString().contains("清理逾期积压"));
        JsonObject own = api.get("/api/v1/directives/" + id, nanshan).json();
        assertEquals(1, own.getJsonArray("recipients").size(), "a recipient sees its own part only");
        assertEquals(404, api.get("/api/v1/directives/" + id, api.demoToken("supervisor.guangdong")).status(),
                "an office it was not sent to learns nothing");
        assertEquals(200, api.get("/api/v1/directives/" + id, api.demoToken("clerk.nanshan")).status(), "the office's clerks see it");
        assertEquals(403, api.post("/api/v1/directives/" + id + "/acknowledgement", api.demoToken("clerk.nanshan"), "").status(),
                "a supervisor answers for the office");

        assertEquals("ACKNOWLEDGED", api.post("/api/v1/directives/" + id + "/acknowledgement", nanshan, "").json()
                .getJsonArray("recipients").getJsonObject(0).getString("progress"));
        assertEquals(400, api.post("/api/v1/directives/" + id + "/completion", nanshan, "{\"note\":\" \"}").status());
        JsonObject done = api.post("/api/v1/directives/" + id + "/completion", nanshan, "{\"note\":\"已清理12件逾期办件\"}").json();
        assertEquals("COMPLETED", done.getJsonArray("recipients").getJsonObject(0).getString("progress"));
        assertEquals(409, api.post("/api/v1/directives/" + id + "/completion", nanshan, "{\"note\":\"again\"}").status());
        assertTrue(api.get("/api/v1/notifications", central).body().contains("directiveCompleted"), "the sender is told");

        JsonObject progress = api.get("/api/v1/directives/" + id, central).json();
        assertEquals(2, progress.getInt("recipientCount"));
        assertEquals(1, progress.getInt("completed"));
        Map<String, String> states = new LinkedHashMap<>();
        progress.getJsonArray("recipients").getValuesAs(JsonObject.class)
                .forEach(r -> states.put(r.getString("code"), r.getString("progress")));
        assertEquals(Map.of("110108", "SENT", NANSHAN, "COMPLETED"), states, "the sender sees who has not");
        assertFalse(progress.getBoolean("overdue"));
        try (Connection db = EmbeddedPostgresLifecycle.connect(); Statement sql = db.createStatement()) {
            sql.executeUpdate("update directive set due_on = current_date - 2 where id = " + id);
        }
        JsonObject late = api.get("/api/v1/directives/" + id, central).json();
        assertTrue(late.getBoolean("overdue"), "past its deadline with an office not done");
        assertTrue(late.getJsonArray("recipients").getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> r.getString("code").equals("110108") && r.getBoolean("overdue")));
        assertTrue(api.get("/api/v1/directives?box=sent", central).body().contains("\"id\":" + id));

        String province = api.demoToken("supervisor.guangdong");
        Api.Reply outside = api.post("/api/v1/directives", province, body.replace(NANSHAN, "440300"));
        assertEquals(400, outside.status(), "a province directs only its own subtree");
        assertTrue(outside.body().contains("110108"), outside.body());
        assertEquals(201, api.post("/api/v1/directives", province, body.replace("\"110108\"", "\"440300\"")).status());
        assertEquals(403, api.post("/api/v1/directives", api.demoToken("clerk.guangdong"), body).status());
        Api.Reply invalid = api.post("/api/v1/directives", central, "{\"subject\":\"\",\"recipients\":[],\"dueOn\":\"2020-01-01\"}");
        assertEquals(400, invalid.status());
        for (String field : new String[] {"subject", "text", "recipients", "dueOn"}) {
            assertTrue(invalid.body().contains("\"" + field + "\""), field + " in " + invalid.body());
        }
    }

    // ---------------------------------------------------------------- helpers

    private static String actions(String number) {
        return "/api/v1/cases/" + number + "/actions";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static Double number(JsonObject figures, String name) {
        JsonValue v = figures.get(name);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : ((JsonNumber) v).doubleValue();
    }

    /**
     * Waits until every committed change has been folded into the figures, and the portal's watch
     * has read again the figures it keeps (it does so right after the fold, in the same round).
     */
    private static void awaitFolded() throws Exception {
        long until = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < until) {
            try (Connection db = EmbeddedPostgresLifecycle.connect(); Statement sql = db.createStatement();
                    ResultSet rs = sql.executeQuery("select count(*) from monitoring_delta")) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    Thread.sleep(1_500);
                    return;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("figures not folded within 15 s");
    }

    private static long audited() throws SQLException {
        try (Connection db = EmbeddedPostgresLifecycle.connect(); Statement sql = db.createStatement();
                ResultSet rs = sql.executeQuery("select count(*) from audit_entry where action = 'MONITORING_CASES_LISTED'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The figures counted straight from the cases, ratings and rectification tasks of a
     * jurisdiction's subtree: what the aggregates must equal.
     */
    private static Map<String, Number> countedOverTheCases(String code, LocalDate from, LocalDate to) throws SQLException {
        String prefix = code.equals("000000") ? "" : code.replaceAll("(00)+$", "");
        String open = "status in ('SUBMITTED', 'UNDER_REVIEW', 'AWAITING_SUPPLEMENT', 'APPROVED')";
        String decided = "decided_at is not null and (decided_at at time zone 'Asia/Shanghai')::date between ?2 and ?3";
        String day = "(%s at time zone 'Asia/Shanghai')::date";
        // the day a case got its red card: the day after its deadline, if it was still undecided then
        String redOn = "case when settled_at is not null and settled_due_on < " + day.formatted("settled_at")
                + " then settled_due_on + 1 when settled_at is null and " + open + " and due_on < ?4 then due_on + 1 end";
        String yellowOn = "case when settled_at is not null and settled_yellow_on <= " + day.formatted("settled_at")
                + " then settled_yellow_on when settled_at is null and " + open + " and yellow_on <= ?4 then yellow_on end";
        String sql = ("""
                select count(*) filter (where %s between ?2 and ?3),
                       count(*) filter (where %s),
                       count(*) filter (where %s and due_on < ?4),
                       count(*) filter (where %s),
                       count(*) filter (where %s and exists (select 1 from case_transition t where t.case_id = c.id and t.action = 'APPROVE')),
                       count(*) filter (where %s and (settled_due_on is null or %s <= settled_due_on)),
                       avg(working_days) filter (where %s),
                       percentile_disc(0.9) within group (order by working_days) filter (where %s and working_days is not null),
                       count(*) filter (where %s between ?2 and ?3),
                       count(*) filter (where %s between ?2 and ?3),
                       count(*) filter (where %s and settled_at is null and yellow_on <= ?4 and (due_on is null or due_on >= ?4))
                from case_file c where jurisdiction_code like ?1""").formatted(day.formatted("submitted_at"), open, open, decided,
                decided, decided, day.formatted("decided_at"), decided, decided, redOn, yellowOn, open)
                .replace("?1", "?").replace("?2", "'" + from + "'::date").replace("?3", "'" + to + "'::date")
                .replace("?4", "'" + LocalDate.now(CHINA) + "'::date");
        Map<String, Number> expected = new LinkedHashMap<>();
        try (Connection db = EmbeddedPostgresLifecycle.connect(); PreparedStatement q = db.prepareStatement(sql)) {
            q.setString(1, prefix + "%");
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                long decidedCount = rs.getLong(4);
                expected.put("submitted", rs.getLong(1));
                expected.put("open", rs.getLong(2));
                expected.put("overdue", rs.getLong(3));
                expected.put("decided", decidedCount);
                expected.put("approvedRate", decidedCount == 0 ? null : rs.getLong(5) / (double) decidedCount);
                expected.put("onTimeRate", decidedCount == 0 ? null : rs.getLong(6) / (double) decidedCount);
                expected.put("averageDays", rs.getObject(7) == null ? null : Math.round(rs.getDouble(7) * 10) / 10.0);
                expected.put("p90Days", (Number) rs.getObject(8));
                expected.put("redCards", rs.getLong(9));
                expected.put("yellowCards", rs.getLong(10));
                expected.put("yellowNow", rs.getLong(11));
            }
        }
        String ratings = """
                select count(*), avg(g.score), count(*) filter (where g.score <= 2)
                from case_rating g join case_file c on c.id = g.case_id
                where c.jurisdiction_code like ? and (g.rated_at at time zone 'Asia/Shanghai')::date between ? and ?""";
        try (Connection db = EmbeddedPostgresLifecycle.connect(); PreparedStatement q = db.prepareStatement(ratings)) {
            q.setString(1, prefix + "%");
            q.setObject(2, from);
            q.setObject(3, to);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                long count = rs.getLong(1);
                expected.put("satisfaction", count == 0 ? null : Math.round(rs.getDouble(2) * 10) / 10.0);
                expected.put("badRatings", count == 0 ? null : rs.getLong(3) / (double) count);
            }
        }
        String tasks = "select count(*), count(*) filter (where due_on < ?) from rectification"
                + " where jurisdiction_code like ? and resolved_at is null";
        try (Connection db = EmbeddedPostgresLifecycle.connect(); PreparedStatement q = db.prepareStatement(tasks)) {
            q.setObject(1, LocalDate.now(CHINA));
            q.setString(2, prefix + "%");
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                expected.put("rectificationsOpen", rs.getLong(1));
                expected.put("rectificationsOverdue", rs.getLong(2));
            }
        }
        return expected;
    }
}
