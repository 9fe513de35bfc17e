package org.tongban.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tongban.it.support.EmbeddedPostgresLifecycle;

/**
 * The foundation from the outside: HTTP against the deployed WAR on Payara Micro and a real
 * PostgreSQL, the database inspected directly where a test must prove that nothing was written.
 */
class FoundationApiIT extends PortalTestBase {


    // ---------------------------------------------------------------- registration

    @Test
    void registrationWithBadInputExplainsEveryFieldAndCreatesNothing() throws SQLException {
        String username = unique("bad");
        Api.Reply reply = api.post("/api/v1/accounts", null, registration(username, "钱多多", "440305199001011231",
                "1380013", "not-an-address", "short"));

        assertEquals(400, reply.status(), reply.toString());
        assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), reply.header("Content-Type"));
        var messages = fieldMessages(reply.json());
        assertAll(
                () -> assertTrue(messages.get("residentId").contains("not valid"), messages.toString()),
                () -> assertTrue(messages.get("mobile").contains("11-digit"), messages.toString()),
                () -> assertTrue(messages.get("email").contains("e-mail"), messages.toString()),
                () -> assertTrue(messages.get("password").contains("12"), messages.toString()));
        assertEquals(0, accountsNamed(username));
    }

    @Test
    void answersAreInChineseUnlessEnglishIsAskedFor() {
        assertEquals("未找到。", api.get("/api/v1/jurisdictions/999999", null, null).json().getString("title"));
        assertEquals("未找到。", api.get("/api/v1/jurisdictions/999999", null, "zh-CN,zh;q=0.9").json().getString("title"));
        assertEquals("Not found.", api.get("/api/v1/jurisdictions/999999", null, "en-GB,en;q=0.8").json().getString("title"));
    }

    @Test
    void commonPasswordAndMissingFieldsAreRefused() throws SQLException {
        String username = unique("common");
        Api.Reply common = api.post("/api/v1/accounts", null,
                registration(username, "钱多多", newResidentId(), "13800138123", username + "@example.cn", "qwerty123456"));
        assertEquals(400, common.status(), common.toString());
        assertTrue(fieldMessages(common.json()).get("password").contains("too common"));

        Api.Reply missing = api.post("/api/v1/accounts", null, "{\"username\":\"" + username + "\"}");
        assertEquals(400, missing.status());
        assertEquals(Set.of("name", "residentId", "mobile", "email", "password"), fieldMessages(missing.json()).keySet());

        Api.Reply empty = api.post("/api/v1/accounts", null, "");
        assertEquals(400, empty.status(), empty.toString());
        Api.Reply garbage = api.post("/api/v1/accounts", null, "{not json");
        assertEquals(400, garbage.status(), garbage.toString());
        assertEquals(0, accountsNamed(username));
    }

    @Test
    void aDuplicateAccountIsRefusedAndTheFirstStaysAlone() throws SQLException {
        String username = unique("dup");
        String residentId = newResidentId();
        String body = registration(username, "钱多多", residentId, "13800138000", username + "@example.cn",
                "a long and private sentence");
        Api.Reply first = api.post("/api/v1/accounts", null, body);
        assertEquals(201, first.status(), first.toString());
        assertTrue(first.header("Location").endsWith("/api/v1/me"));

        Api.Reply again = api.post("/api/v1/accounts", null, body);
        assertEquals(409, again.status(), again.toString());
        assertEquals(Set.of("username", "residentId", "email"), fieldMessages(again.json()).keySet());
        assertEquals(1, accountsNamed(username));
    }

    @Test
    void aRegisteredCitizenSignsInAndSeesThemselves() {
        String username = unique("citizen");
        String residentId = newResidentId();
        Api.Reply registered = api.post("/api/v1/accounts", null, registration(username, "钱多多", residentId,
                "13800138000", username + "@example.cn", "a long and private sentence"));
        assertEquals(201, registered.status(), registered.toString());

        String token = api.token(username, "a long and private sentence");
        JsonObject me = api.get("/api/v1/me", token).json();
        assertEquals(username, me.getString("username"));
        assertEquals(List.of("CITIZEN"), me.getJsonArray("roles").getValuesAs(JsonValue::toString).stream()
                .map(s -> s.replace("\"", "")).toList());
        assertEquals("440305", me.getJsonObject("jurisdiction").getString("code"));
        assertFalse(me.toString().contains(residentId), "the full identity number is never echoed");
        assertEquals(residentId.substring(0, 3) + "***********" + residentId.substring(14), me.getString("residentIdMasked"));
    }

    // ---------------------------------------------------------------- sign-in, tokens, throttling

    @Test
    void signInFailsWithAWrongPasswordAndIsAuditedWithoutTheTypedName() throws SQLException {
        clearThrottle();
        String typed = "someone-" + UUID.randomUUID().toString().substring(0, 8) + "@example.cn";
        Api.Reply reply = api.post("/api/v1/tokens", null, credentials(typed, "wrong password 123"));
        assertEquals(401, reply.status(), reply.toString());
        assertEquals("The account name or password is wrong.", reply.json().getString("title"));

        Api.Reply wrongForDemo = api.post("/api/v1/tokens", null, credentials("citizen2", "not the password"));
        assertEquals(401, wrongForDemo.status());
        assertEquals(401, api.post("/api/v1/tokens", null, credentials("bad\u0000name", "x")).status(),
                "a control character is refused, not a server error");

        try (Connection db = EmbeddedPostgresLifecycle.connect(); Statement sql = db.createStatement()) {
            try (ResultSet rs = sql.executeQuery("select count(*) from audit_entry where actor like '%" + typed + "%' "
                    + "or subject_id like '%" + typed + "%' or detail like '%" + typed + "%'")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "what was typed into the name field is not kept");
            }
            try (ResultSet rs = sql.executeQuery("""
                    select outcome, client_address from audit_entry
                    where actor = 'citizen2' and action = 'SIGN_IN' order by seq desc limit 1""")) {
                assertTrue(rs.next(), "failed sign-in audited");
                assertEquals("FAILURE", rs.getString(1));
                assertNotNull(rs.getString(2));
            }
        }
    }

    @Test
    void aDisabledAccountLosesItsSessionAtOnce() throws SQLException {
        String username = unique("gone");
        assertEquals(201, api.post("/api/v1/accounts", null, registration(username, "钱多多", newResidentId(),
                "13800138000", username + "@example.cn", "a long and private sentence")).status());
        PageSession page = new PageSession(api);
        assertTrue(page.signIn(username, "a long and private sentence").uri().getPath().endsWith("/citizen/index.xhtml"));
        try (Connection db = EmbeddedPostgresLifecycle.connect();
                PreparedStatement disable = db.prepareStatement("update account set enabled = false where username = ?")) {
            disable.setString(1, username);
            assertEquals(1, disable.executeUpdate());
        }
        HttpResponse<String> after = page.get("/citizen/index.xhtml");
        assertTrue(after.uri().getPath().endsWith("/public/login.xhtml"), "sent back to sign in: " + after.uri());
    }

    @Test
    void repeatedFailuresForOneAccountAreSlowedThenRefusedForAWhile() throws Exception {
        clearThrottle();
        String username = unique("locked");
        String password = "a long and private sentence";
        assertEquals(201, api.post("/api/v1/accounts", null, registration(username, "钱多多", newResidentId(),
                "13800138000", username + "@example.cn", password)).status());

        long started = System.nanoTime();
        int lockedAt = 0;
        for (int attempt = 1; attempt <= 6 && lockedAt == 0; attempt++) {
            int status = api.post("/api/v1/tokens", null, credentials(username, "wrong guess " + attempt)).status();
            if (status == 429) {
                lockedAt = attempt;
            } else {
                assertEquals(401, status);
            }
        }
        Duration spent = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(5, lockedAt, "the fifth failure locks the account");
        assertTrue(spent.toMillis() >= 1500, "failures are answered ever later: " + spent);

        Api.Reply evenRight = api.post("/api/v1/tokens", null, credentials(username, password));
        assertEquals(429, evenRight.status(), "locked even for the right password");
        assertNotNull(evenRight.header("Retry-After"));

        Thread.sleep(4500); // lockout is 4 s in the tests (arquillian.xml)
        assertEquals(201, api.post("/api/v1/tokens", null, credentials(username, password)).status());
    }

    @Test
    void repeatedFailuresFromOneAddressLockThatAddress() throws Exception {
        clearThrottle();
        int lockedAt = 0;
        for (int attempt = 1; attempt <= 40 && lockedAt == 0; attempt++) {
            String stranger = "stranger-" + UUID.randomUUID().toString().substring(0, 8);
            if (api.post("/api/v1/tokens", null, credentials(stranger, "guess")).status() == 429) {
                lockedAt = attempt;
            }
        }
        assertEquals(30, lockedAt, "the thirtieth failure from one address locks it");
        assertEquals(429, api.post("/api/v1/tokens", null, credentials("citizen2", Api.DEMO_PASSWORD)).status(),
                "nobody signs in from a locked address");
        Thread.sleep(4500);
        assertEquals(201, api.post("/api/v1/tokens", null, credentials("citizen2", Api.DEMO_PASSWORD)).status());
    }

    @Test
    void tokensWorkUntilTheyExpireOrAreRevoked() throws Exception {
        Api.Reply shortLived = api.post("/api/v1/tokens", null,
                "{\"username\":\"citizen2\",\"password\":\"" + Api.DEMO_PASSWORD + "\",\"lifetimeSeconds\":2}");
        assertEquals(201, shortLived.status(), shortLived.toString());
        assertTrue(shortLived.header("Location").endsWith("/api/v1/tokens/current"));
        String token = shortLived.json().getString("token");
        assertEquals(200, api.get("/api/v1/me", token).status());
        Thread.sleep(2500);
        Api.Reply expired = api.get("/api/v1/me", token);
        assertEquals(401, expired.status());
        assertTrue(expired.header("WWW-Authenticate").contains("invalid_token"));

        String revocable = api.demoToken("citizen2");
        assertEquals(204, api.delete("/api/v1/tokens/current", revocable).status());
        assertEquals(401, api.get("/api/v1/me", revocable).status());

        assertEquals(401, api.get("/api/v1/me", null).status(), "no token, no account");
    }

    // ---------------------------------------------------------------- scoping

    @Test
    void aHaidianClerkSeesNothingOfGuangdongByAnyUrl() {
        String haidian = api.demoToken("clerk.haidian");
        JsonObject own = api.get("/api/v1/staff", haidian).json();
        Set<String> codes = own.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("jurisdictionCode")).collect(Collectors.toSet());
        assertEquals(Set.of("110108"), codes);

        for (String path : List.of("/api/v1/staff?jurisdiction=440305", "/api/v1/staff?jurisdiction=440000",
                "/api/v1/staff?jurisdiction=000000", "/api/v1/staff/clerk.nanshan", "/api/v1/staff/clerk.guangdong",
                "/api/v1/staff/central")) {
            Api.Reply reply = api.get(path, haidian);
            assertEquals(404, reply.status(), path + " -> " + reply);
        }
        assertEquals(0, api.get("/api/v1/staff?q=nanshan", haidian).json().getInt("total"));

        PageSession page = new PageSession(api);
        HttpResponse<String> landed = page.signIn("clerk.haidian", Api.DEMO_PASSWORD);
        assertTrue(landed.uri().getPath().endsWith("/clerk/index.xhtml"), landed.uri() + " " + landed.statusCode() + " " + landed.body());
        String directory = page.get("/clerk/staff/directory.xhtml").body();
        assertTrue(directory.contains("clerk.haidian"));
        assertFalse(directory.contains("clerk.nanshan") || directory.contains("clerk.guangdong"), directory);
    }

    @Test
    void staffSeeTheirWholeSubtreeAndNothingAbove() {
        String guangdong = api.demoToken("clerk.guangdong");
        Set<String> names = usernames(api.get("/api/v1/staff?jurisdiction=440305", guangdong).json());
        assertEquals(Set.of("clerk.nanshan", "supervisor.nanshan", "inspector.nanshan"), names);
        assertFalse(usernames(api.get("/api/v1/staff?size=100", guangdong).json()).contains("clerk.haidian"));

        String nanshan = api.demoToken("clerk.nanshan");
        assertEquals(404, api.get("/api/v1/staff/clerk.shenzhen", nanshan).status(), "the city above is out of scope");
        assertEquals(200, api.get("/api/v1/staff/supervisor.nanshan", nanshan).status());

        Set<String> everyone = usernames(api.get("/api/v1/staff?size=100", api.demoToken("central")).json());
        assertTrue(everyone.containsAll(Set.of("clerk.haidian", "clerk.nanshan", "central", "admin")), everyone.toString());
    }

    @Test
    void aCitizenReachesNoStaffPageOrApi() {
        String citizen = api.demoToken("citizen1");
        assertEquals(403, api.get("/api/v1/staff", citizen).status());
        assertEquals(403, api.get("/api/v1/audit/verification", citizen).status());
        assertEquals(403, api.post("/api/v1/staff", citizen, "{}").status());

        PageSession page = new PageSession(api);
        assertTrue(page.signIn("citizen1", Api.DEMO_PASSWORD).uri().getPath().endsWith("/citizen/index.xhtml"));
        for (String staffPage : List.of("/clerk/index.xhtml", "/clerk/staff/directory.xhtml", "/central/index.xhtml",
                "/admin/index.xhtml")) {
            HttpResponse<String> response = page.get(staffPage);
            assertEquals(404, response.statusCode(), staffPage + " is shown as not found");
            assertTrue(response.body().contains("Page not found"), staffPage);
        }
    }

    @Test
    void centralStaffCreateStaffAccountsAndNobodyElseDoes() {
        String username = unique("staff");
        String body = Json.createObjectBuilder().add("username", username).add("name", "林峰")
                .add("officeJurisdictionCode", "440305").add("roles", Json.createArrayBuilder().add("CLERK"))
                .add("email", username + "@example.cn").add("password", "another long private sentence").build().toString();
        assertEquals(403, api.post("/api/v1/staff", api.demoToken("supervisor.nanshan"), body).status());

        Api.Reply created = api.post("/api/v1/staff", api.demoToken("central"), body);
        assertEquals(201, created.status(), created.toString());
        assertEquals("440305", created.json().getString("jurisdictionCode"));
        assertTrue(usernames(api.get("/api/v1/staff?size=100", api.demoToken("clerk.nanshan")).json()).contains(username));

        String centralRoleInCounty = body.replace("\"CLERK\"", "\"CENTRAL\"").replace(username, username + "x");
        Api.Reply refused = api.post("/api/v1/staff", api.demoToken("central"), centralRoleInCounty);
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(fieldMessages(refused.json()).containsKey("roles"));

        String clerkAtTheNationalOffice = body.replace("\"440305\"", "\"000000\"").replace(username, username + "y");
        Api.Reply nationalClerk = api.post("/api/v1/staff", api.demoToken("central"), clerkAtTheNationalOffice);
        assertEquals(400, nationalClerk.status(), "a clerk at the national office would see every locality");
    }

    // ---------------------------------------------------------------- audit

    @Test
    void theAuditChainVerifiesAndDetectsTampering() throws SQLException {
        String central = api.demoToken("central");
        JsonObject intact = api.get("/api/v1/audit/verification", central).json();
        assertTrue(intact.getBoolean("intact"), intact.toString());
        assertTrue(intact.getJsonNumber("entries").longValue() > 0);

        try (Connection db = EmbeddedPostgresLifecycle.connect(); Statement sql = db.createStatement()) {
            assertThrows(SQLException.class, () -> sql.executeUpdate("update audit_entry set outcome = 'SUCCESS' where seq = 2"),
                    "the database refuses updates");
            assertThrows(SQLException.class, () -> sql.executeUpdate("delete from audit_entry where seq = 2"),
                    "the database refuses deletes");

            String original;
            try (ResultSet rs = sql.executeQuery("select actor from audit_entry where seq = 2")) {
                rs.next();
                original = rs.getString(1);
            }
            // an attacker with superuser access switches the guard off and rewrites history
            sql.execute("alter table audit_entry disable trigger audit_entry_append_only");
            try {
                sql.executeUpdate("update audit_entry set actor = 'someone-else' where seq = 2");
                JsonObject broken = api.get("/api/v1/audit/verification", central).json();
                assertFalse(broken.getBoolean("intact"), broken.toString());
                assertEquals(2, broken.getJsonNumber("firstBrokenEntry").longValue());
            } finally {
                try (PreparedStatement restore = db.prepareStatement("update audit_entry set actor = ? where seq = 2")) {
                    restore.setString(1, original);
                    restore.executeUpdate();
                }
                sql.execute("alter table audit_entry enable trigger audit_entry_append_only");
            }
        }
        assertTrue(api.get("/api/v1/audit/verification", central).json().getBoolean("intact"));
    }

    // ---------------------------------------------------------------- jurisdictions

    @Test
    void theDivisionHierarchyIsCompleteAndPublic() throws SQLException {
        JsonObject nanshan = api.get("/api/v1/jurisdictions/440305", null).json();
        assertEquals("南山区", nanshan.getString("nameZh"));
        assertEquals("COUNTY", nanshan.getString("level"));
        assertEquals("440300", nanshan.getJsonObject("parent").getString("code"));
        assertEquals("广东省深圳市南山区", nanshan.getString("fullNameZh"));

        JsonObject nation = api.get("/api/v1/jurisdictions/000000", null).json();
        assertEquals(31, nation.getJsonArray("children").size());
        JsonObject guangdong = api.get("/api/v1/jurisdictions/440000", null).json();
        assertEquals("Guangdong", guangdong.getString("nameEn"));

        assertTrue(api.get("/api/v1/jurisdictions?q=guangdong", null).array().getValuesAs(JsonObject.class).stream()
                .anyMatch(j -> j.getString("code").equals("440000")));
        assertEquals("440300", api.get("/api/v1/jurisdictions?q=4403", null).array().getJsonObject(0).getString("code"));
        assertTrue(api.get("/api/v1/jurisdictions?q=%E6%B5%B7%E6%B7%80", null).array().getValuesAs(JsonObject.class)
                .stream().anyMatch(j -> j.getString("code").equals("110108")));
        assertEquals(404, api.get("/api/v1/jurisdictions/999999", null).status());
        assertEquals(400, api.get("/api/v1/jurisdictions?q=", null).status());

        try (Connection db = EmbeddedPostgresLifecycle.connect(); Statement sql = db.createStatement();
                ResultSet rs = sql.executeQuery("""
                        select count(*) filter (where level = 'PROVINCE'), count(*) filter (where level = 'PREFECTURE'),
                               count(*) filter (where level = 'COUNTY'),
                               (select count(*) from office), count(*)
                        from jurisdiction""")) {
            rs.next();
            assertEquals(31, rs.getInt(1));
            assertEquals(342, rs.getInt(2));
            assertEquals(2975, rs.getInt(3), "2,978 county-level rows less the three cities listed as their own county");
            assertEquals(rs.getInt(5), rs.getInt(4), "an office for every jurisdiction");
        }
    }

    // ---------------------------------------------------------------- shell and operations

    @Test
    void responsesCarrySecurityHeadersAndErrorsRevealNothing() {
        PageSession page = new PageSession(api);
        HttpResponse<String> login = page.get("/public/login.xhtml");
        var headers = login.headers();
        String policy = headers.firstValue("Content-Security-Policy").orElse("");
        assertAll(
                () -> assertTrue(policy.contains("frame-ancestors 'none'"), policy),
                () -> assertTrue(policy.contains("'nonce-"), policy),
                () -> assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null)),
                () -> assertTrue(headers.firstValue("Referrer-Policy").isPresent()),
                () -> assertFalse(headers.allValues("Server").stream().anyMatch(s -> s.toLowerCase().contains("payara")),
                        headers.allValues("Server").toString()),
                () -> {
                    List<String> session = headers.allValues("Set-Cookie").stream().filter(c -> c.startsWith("TONGBAN_SESSION")).toList();
                    assertFalse(session.isEmpty(), "the sign-in form opens a session");
                    assertTrue(session.stream().allMatch(c -> c.contains("HttpOnly") && c.toLowerCase().contains("samesite=lax")),
                            session.toString());
                });

        HttpResponse<String> missing = page.get("/no/such/page.xhtml");
        assertEquals(404, missing.statusCode());
        assertFalse(missing.body().contains("Payara") || missing.body().contains(".java:"), "no server name, no stack trace");

        Api.Reply api404 = api.get("/api/v1/no-such-thing", null);
        assertEquals(404, api404.status());
        assertTrue(api404.header("Content-Type").startsWith("application/problem+json"));
    }

    @Test
    void healthAndOpenApiAreServed() {
        assertEquals(200, api.atServerRoot("/health/ready").status());
        assertEquals(200, api.atServerRoot("/health/live").status());
        Api.Reply openapi = api.atServerRoot("/openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/v1/tokens") && openapi.body().contains("/api/v1/jurisdictions/{code}"));
    }

    @Test
    void theApplicationRecoversAfterTheDatabaseRestarts() throws Exception {
        assertEquals(200, api.atServerRoot("/health/ready").status());
        EmbeddedPostgresLifecycle.stop();
        try {
            Api.Reply down = api.atServerRoot("/health/ready");
            assertEquals(503, down.status(), down.toString());
            Api.Reply refused = api.post("/api/v1/tokens", null, credentials("citizen1", Api.DEMO_PASSWORD));
            assertEquals(503, refused.status(), "an outage is told as such, quickly: " + refused);
        } finally {
            EmbeddedPostgresLifecycle.restart();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        int status = 0;
        while (System.nanoTime() < deadline && (status = api.atServerRoot("/health/ready").status()) != 200) {
            Thread.sleep(1000);
        }
        assertEquals(200, status, "ready again after the database came back");
        assertEquals(201, api.post("/api/v1/tokens", null, credentials("citizen1", Api.DEMO_PASSWORD)).status());
    }

    // ---------------------------------------------------------------- helpers

    /** Earlier tests' failed sign-ins from this same address must not decide this test's outcome. */
    private static void clearThrottle() throws SQLException {
        try (Connection db = EmbeddedPostgresLifecycle.connect(); Statement sql = db.createStatement()) {
            sql.executeUpdate("delete from login_throttle");
        }
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static String registration(String username, String name, String residentId, String mobile, String email,
            String password) {
        return Json.createObjectBuilder().add("username", username).add("name", name).add("residentId", residentId)
                .add("mobile", mobile).add("email", email).add("password", password).build().toString();
    }

    private static String credentials(String username, String password) {
        return Json.createObjectBuilder().add("username", username).add("password", password).build().toString();
    }

    private static java.util.Map<String, String> fieldMessages(JsonObject problem) {
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message"), (a, b) -> a + " " + b));
    }

    private static Set<String> usernames(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("username")).collect(Collectors.toSet());
    }

    private static int accountsNamed(String username) throws SQLException {
        try (Connection db = EmbeddedPostgresLifecycle.connect();
                PreparedStatement query = db.prepareStatement("select count(*) from account where username = ?")) {
            query.setString(1, username);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** A valid identity number born in Nanshan on a random date, unique enough for one test run. */
    static String newResidentId() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        String body = String.format("440305%04d%02d%02d%03d", 1950 + random.nextInt(50), 1 + random.nextInt(12),
                1 + random.nextInt(28), random.nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
