package org.tongban.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tongban.it.support.EmbeddedPostgresLifecycle;

/** The national catalogue and local implementation lists over HTTP, against the seeded catalogue. */
class CatalogueApiIT extends PortalTestBase {

    /** 公共场所卫生许可: statutory 20 days, promises from 5 days, materials may be waived, extra fields allowed. */
    static final String ITEM = "XK-00401-001";


    @Test
    void thePublicCatalogueIsSearchedInChineseEnglishAndByCode() {
        JsonObject all = api.get("/api/v1/catalogue/items?size=100", null).json();
        assertTrue(all.getInt("total") >= 40, "a real catalogue: " + all.getInt("total"));
        Set<String> areas = all.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("policyArea")).collect(Collectors.toSet());
        assertTrue(areas.size() >= 12, areas.toString());

        assertTrue(codes(api.get("/api/v1/catalogue/items?q=%E9%A3%9F%E5%93%81", null).json()).contains("XK-00201-001"), "食品");
        assertTrue(codes(api.get("/api/v1/catalogue/items?q=food%20business", null).json()).contains("XK-00201-001"));
        assertEquals(List.of(ITEM), codes(api.get("/api/v1/catalogue/items?q=" + ITEM, null).json()));
        assertTrue(api.get("/api/v1/catalogue/items?area=WILDLIFE", null).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().allMatch(i -> i.getString("policyArea").equals("WILDLIFE")));
        assertEquals(400, api.get("/api/v1/catalogue/items?area=ASTROLOGY", null).status());
        assertEquals(400, api.get("/api/v1/catalogue/items?jurisdiction=999999", null).status());
        assertEquals(404, api.get("/api/v1/catalogue/items/XK-99999-999", null).status());
    }

    @Test
    void deltasOfProvinceCityAndCountyApplyInOrderAndBreachesAreReported() throws SQLException {
        String central = api.demoToken("central");
        String province = supervisorOf("440000", central);
        String city = supervisorOf("440300", central);
        String county = api.demoToken("supervisor.nanshan");

        declare(province, "440000", delta("PROMISED_LIMIT", null, 15, "全省统一压缩时限"));
        declare(city, "440300", delta("PROMISED_LIMIT", null, 12, "深圳市承诺时限"),
                delta("WAIVE_MATERIAL", "M5", null, "可通过数据共享获取"));
        JsonObject countyList = declare(county, "440305", delta("PROMISED_LIMIT", null, 8, "南山区即来即办"),
                Json.createObjectBuilder().add("kind", "EXTRA_FIELD").add("targetCode", "seatCount").add("nameZh", "座位数")
                        .add("nameEn", "Number of seats").add("fieldType", "NUMBER").add("reason", "核定接待能力").build());
        assertTrue(countyList.getJsonArray("deltas").getValuesAs(JsonObject.class).stream().allMatch(d -> d.getBoolean("conforming")));

        JsonObject nanshan = api.get("/api/v1/catalogue/items/" + ITEM + "?jurisdiction=440305", null).json();
        assertEquals(20, nanshan.getInt("statutoryLimitDays"));
        assertEquals(8, nanshan.getInt("promisedLimitDays"), "the county's promise applies last");
        assertEquals(List.of("WAIVE_MATERIAL@440300", "PROMISED_LIMIT@440305", "EXTRA_FIELD@440305"), nanshan
                .getJsonArray("differences").getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("kind") + "@" + d.getString("jurisdiction")).toList(), "the differences in force");
        assertFalse(nanshan.getJsonArray("materials").getValuesAs(JsonObject.class).stream()
                .anyMatch(m -> m.getString("code").equals("M5")), "waived by the city");
        assertTrue(nanshan.getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                .anyMatch(f -> f.getString("code").equals("seatCount") && f.getString("addedBy").equals("440305")));
        JsonObject futian = api.get("/api/v1/catalogue/items/" + ITEM + "?jurisdiction=440304", null).json();
        assertEquals(12, futian.getInt("promisedLimitDays"), "a sister county inherits the city's promise");

        // a promise longer than the statutory limit is stored, but as non-conforming, and reported
        JsonObject breach = declare(county, "440305", delta("PROMISED_LIMIT", null, 25, "人手不足"));
        JsonObject stored = breach.getJsonArray("deltas").getJsonObject(0);
        assertFalse(stored.getBoolean("conforming"));
        assertEquals("catalogue.violation.limitLonger", stored.getString("violation"));
        JsonObject report = api.get("/api/v1/catalogue/divergence?jurisdiction=440300&item=" + ITEM, central).json();
        JsonObject nanshanRow = report.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("region").equals("440305")).findFirst().orElseThrow();
        assertEquals(1, nanshanRow.getInt("nonConforming"));
        assertTrue(api.get("/api/v1/catalogue/divergence/deltas?item=" + ITEM + "&jurisdiction=440305", central).array()
                .getValuesAs(JsonObject.class).stream().anyMatch(d -> d.getString("reason").equals("人手不足")));

        try (Connection db = EmbeddedPostgresLifecycle.connect(); Statement sql = db.createStatement();
                ResultSet rs = sql.executeQuery("select count(*) from audit_entry where action = 'LOCAL_IMPLEMENTATION_DECLARED' "
                        + "and subject_id = '" + ITEM + "' and actor = 'supervisor.nanshan'")) {
            rs.next();
            assertEquals(2, rs.getInt(1), "every change is in the audit log");
        }
    }

    @Test
    void nobodyButAJurisdictionsOwnSupervisorsChangesItsList() {
        String body = Json.createObjectBuilder().add("deltas", Json.createArrayBuilder()
                .add(delta("PROMISED_LIMIT", null, 10, "试图修改他人清单"))).build().toString();
        assertEquals(404, api.send("PUT", "/api/v1/catalogue/items/" + ITEM + "/implementations/440300",
                api.demoToken("supervisor.nanshan"), body).status(), "another jurisdiction's list does not exist for you");
        assertEquals(403, api.send("PUT", "/api/v1/catalogue/items/" + ITEM + "/implementations/440305",
                api.demoToken("clerk.nanshan"), body).status());
        assertEquals(404, api.get("/api/v1/catalogue/divergence?jurisdiction=440000", api.demoToken("clerk.haidian")).status());
        assertEquals(403, api.get("/api/v1/catalogue/divergence", api.demoToken("citizen1")).status());

        PageSession guangdong = new PageSession(api);
        guangdong.signIn("clerk.guangdong", Api.DEMO_PASSWORD);
        var own = guangdong.get("/clerk/catalogue/divergence.xhtml");
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains("深圳市"), "a province's staff see their cities");
        PageSession haidian = new PageSession(api);
        haidian.signIn("clerk.haidian", Api.DEMO_PASSWORD);
        assertEquals(404, haidian.get("/clerk/catalogue/divergence.xhtml?jurisdiction=440000").statusCode());
    }

    @Test
    void aRevisionShowsItsImpactBeforeItIsPublished() throws SQLException {
        String county = api.demoToken("supervisor.nanshan");
        String item = "XK-00201-002"; // 食品经营许可(延续): extra fields allowed
        declare(county, "440305", item, Json.createObjectBuilder().add("kind", "EXTRA_FIELD").add("targetCode", "shopSign")
                .add("nameZh", "店招名称").add("nameEn", "Shop sign").add("reason", "便于现场核查").build());

        String admin = api.demoToken("admin");
        JsonObject current = api.get("/api/v1/catalogue/items/" + item + "?jurisdiction=000000", null).json();
        String stricter = definition(current, false);
        Api.Reply drafted = api.post("/api/v1/catalogue/items/" + item + "/versions", admin, stricter);
        assertEquals(201, drafted.status(), drafted.toString());
        int version = drafted.json().getInt("version");

        JsonObject impact = api.get("/api/v1/catalogue/items/" + item + "/versions/" + version + "/impact", admin).json();
        assertTrue(impact.getInt("localImplementations") >= 1);
        assertTrue(impact.getJsonArray("newlyNonConforming").getValuesAs(JsonObject.class).stream()
                .anyMatch(d -> d.getString("jurisdictionCode").equals("440305") && d.getString("kind").equals("EXTRA_FIELD")),
                impact.toString());
        try (Connection db = EmbeddedPostgresLifecycle.connect(); Statement sql = db.createStatement();
                ResultSet rs = sql.executeQuery("select count(*) from case_file where item_code = '" + item
                        + "' and status in ('SUBMITTED', 'UNDER_REVIEW', 'AWAITING_SUPPLEMENT', 'APPROVED')")) {
            rs.next();
            assertEquals(rs.getLong(1), impact.getJsonNumber("openCases").longValue(), "open cases stay under their version");
        }

        assertEquals(200, api.post("/api/v1/catalogue/items/" + item + "/versions/" + version + "/publication", admin, "").status());
        JsonObject after = api.get("/api/v1/catalogue/items/" + item + "?jurisdiction=440305", null).json();
        assertEquals(version, after.getInt("version"));
        assertTrue(after.getJsonArray("differences").getValuesAs(JsonObject.class).stream()
                .anyMatch(d -> d.getString("target", "").equals("shopSign") && !d.getBoolean("conforming")));
        assertEquals(409, api.post("/api/v1/catalogue/items/" + item + "/versions/" + version + "/publication", admin, "").status(),
                "a published version never changes");
        assertTrue(auditCount("CATALOGUE_REVISION_DRAFTED", item) >= 1 && auditCount("CATALOGUE_VERSION_PUBLISHED", item) >= 1,
                "revisions and publications are in the audit log");
    }

    @Test
    void invalidDefinitionsAreRefusedWithClearMessagesAndChangeNothing() throws SQLException {
        String admin = api.demoToken("admin");
        JsonObject template = api.get("/api/v1/catalogue/items/" + ITEM + "?jurisdiction=000000", null).json();
        long before = count("catalogue_item");

        String newCode = "GG-09" + String.format("%03d", (int) (Math.random() * 1000)) + "-001";
        String unknownType = definition(template, true).replace("\"type\":\"TEXT\"", "\"type\":\"SIGNATURE\"")
                .replaceFirst("\\{", "{\"code\":\"" + newCode + "\",\"policyArea\":\"PUBLIC_HEALTH\",");
        Api.Reply refused = api.post("/api/v1/catalogue/items", admin, unknownType);
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(refused.body().contains("Unknown field type SIGNATURE"), refused.body());

        String negative = definition(template, true).replace("\"statutoryLimitDays\":20", "\"statutoryLimitDays\":-3")
                .replaceFirst("\\{", "{\"code\":\"" + newCode + "\",\"policyArea\":\"PUBLIC_HEALTH\",");
        Api.Reply negativeReply = api.post("/api/v1/catalogue/items", admin, negative);
        assertEquals(400, negativeReply.status(), negativeReply.toString());
        assertTrue(negativeReply.body().contains("between 1 and 365"));

        String duplicate = definition(template, true).replaceFirst("\\{", "{\"code\":\"" + ITEM + "\",\"policyArea\":\"PUBLIC_HEALTH\",");
        assertEquals(409, api.post("/api/v1/catalogue/items", admin, duplicate).status());
        assertEquals(403, api.post("/api/v1/catalogue/items", api.demoToken("central"), duplicate).status());
        assertEquals(before, count("catalogue_item"), "nothing was written");

        String valid = definition(template, true).replaceFirst("\\{", "{\"code\":\"" + newCode + "\",\"policyArea\":\"PUBLIC_HEALTH\",");
        Api.Reply created = api.post("/api/v1/catalogue/items", admin, valid);
        assertEquals(201, created.status(), created.toString());
        assertEquals("DRAFT", created.json().getString("status"));
        assertEquals(1, auditCount("CATALOGUE_ITEM_CREATED", newCode));
        assertEquals(404, api.get("/api/v1/catalogue/items/" + newCode, null).status(), "a draft is not public");
    }

    // ---------------------------------------------------------------- helpers

    private String supervisorOf(String jurisdiction, String centralToken) {
        String username = "sup" + jurisdiction + UUID.randomUUID().toString().substring(0, 6);
        String body = Json.createObjectBuilder().add("username", username).add("name", "测试负责人")
                .add("officeJurisdictionCode", jurisdiction).add("roles", Json.createArrayBuilder().add("SUPERVISOR"))
                .add("email", username + "@example.cn").add("password", "a supervisor's long sentence").build().toString();
        Api.Reply created = api.post("/api/v1/staff", centralToken, body);
        assertEquals(201, created.status(), created.toString());
        return api.token(username, "a supervisor's long sentence");
    }

    private static JsonObject delta(String kind, String target, Integer days, String reason) {
        var builder = Json.createObjectBuilder().add("kind", kind).add("reason", reason);
        if (target != null) {
            builder.add("targetCode", target);
        }
        if (days != null) {
            builder.add("days", days);
        }
        return builder.build();
    }

    private JsonObject declare(String token, String jurisdiction, JsonObject... deltas) {
        return declare(token, jurisdiction, ITEM, deltas);
    }

    private JsonObject declare(String token, String jurisdiction, String item, JsonObject... deltas) {
        var array = Json.createArrayBuilder();
        for (JsonObject d : deltas) {
            array.add(d);
        }
        Api.Reply reply = api.send("PUT", "/api/v1/catalogue/items/" + item + "/implementations/" + jurisdiction, token,
                Json.createObjectBuilder().add("deltas", array).build().toString());
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    /** A definition built from an item's public representation, as an administrator would resubmit it. */
    private static String definition(JsonObject item, boolean extraFieldsAllowed) {
        var materials = Json.createArrayBuilder();
        item.getJsonArray("materials").getValuesAs(JsonObject.class).stream().filter(m -> !m.containsKey("addedBy"))
                .forEach(m -> materials.add(Json.createObjectBuilder().add("code", m.getString("code"))
                        .add("nameZh", m.getString("nameZh")).add("nameEn", m.getString("nameEn"))
                        .add("mandatory", m.getBoolean("mandatory")).add("fileTypes", m.getJsonArray("fileTypes"))
                        .add("maxSizeMb", m.getInt("maxSizeMb"))));
        var fields = Json.createArrayBuilder();
        item.getJsonArray("fields").getValuesAs(JsonObject.class).stream().filter(f -> !f.containsKey("addedBy"))
                .forEach(f -> {
                    var field = Json.createObjectBuilder().add("code", f.getString("code")).add("labelZh", f.getString("labelZh"))
                            .add("labelEn", f.getString("labelEn")).add("type", f.getString("type"))
                            .add("required", f.getBoolean("required"));
                    if (f.containsKey("maxLength")) {
                        field.add("maxLength", f.getInt("maxLength"));
                    }
                    if (f.containsKey("min")) {
                        field.add("min", f.getJsonNumber("min")).add("max", f.getJsonNumber("max"));
                    }
                    if (f.containsKey("choices")) {
                        field.add("choices", f.getJsonArray("choices"));
                    }
                    fields.add(field);
                });
        JsonObject policy = item.getJsonObject("variancePolicy");
        return Json.createObjectBuilder().add("nameZh", item.getString("nameZh")).add("nameEn", item.getString("nameEn"))
                .add("legalBasisZh", item.getString("legalBasisZh")).add("legalBasisEn", item.getString("legalBasisEn"))
                .add("handlingLevel", item.getString("handlingLevel")).add("statutoryLimitDays", item.getInt("statutoryLimitDays"))
                .add("feeFen", item.getJsonNumber("nationalFeeFen")).add("workflow", item.getString("workflow"))
                .add("variancePolicy", Json.createObjectBuilder().add("minPromisedDays", policy.getInt("minPromisedDays"))
                        .add("materialsMayBeWaived", policy.getBoolean("materialsMayBeWaived"))
                        .add("materialsMayBeAdded", policy.getBoolean("materialsMayBeAdded"))
                        .add("feeMayBeLower", policy.getBoolean("feeMayBeLower"))
                        .add("extraFieldsAllowed", extraFieldsAllowed))
                .add("materials", materials).add("fields", fields).build().toString();
    }

    private static List<String> codes(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getString("code")).toList();
    }

    private static int auditCount(String action, String subject) {
        try (Connection db = EmbeddedPostgresLifecycle.connect(); Statement sql = db.createStatement();
                ResultSet rs = sql.executeQuery("select count(*) from audit_entry where action = '" + action
                        + "' and subject_type = 'CATALOGUE_ITEM' and subject_id = '" + subject + "'")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(String table) throws SQLException {
        try (Connection db = EmbeddedPostgresLifecycle.connect(); Statement sql = db.createStatement();
                ResultSet rs = sql.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
