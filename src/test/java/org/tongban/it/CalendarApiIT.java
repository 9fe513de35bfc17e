package org.tongban.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** The working-day calendar behind the legal clock, over HTTP against the loaded State Council arrangements. */
class CalendarApiIT extends PortalTestBase {


    @Test
    void thePublishedArrangementsAreLoadedAndPublic() {
        JsonObject year = api.get("/api/v1/calendar/2025", null).json();
        assertTrue(year.getBoolean("published"));
        assertTrue(year.getJsonArray("days").getValuesAs(JsonObject.class).stream()
                .anyMatch(d -> d.getString("day").equals("2025-01-26") && d.getString("kind").equals("WORKING_DAY")));
        assertFalse(api.get("/api/v1/calendar/2027", null).json().getBoolean("published"), "2027 is not published yet");
    }

    @Test
    void aDeadlineSkipsTheNationalDayHolidayAndSaysWhy() {
        // accepted Tuesday 29 September 2026, 5 working days: Wed 30 Sep, then 1-7 October off,
        // Thu 8, Fri 9, Sat 10 (worked), Mon 12
        JsonObject deadline = api.get("/api/v1/calendar/deadline?accepted=2026-09-29&days=5&jurisdiction=440305", null).json();
        assertEquals("2026-10-12", deadline.getString("deadline"), deadline.toString());
        assertTrue(deadline.getJsonArray("skipped").getValuesAs(JsonObject.class).stream()
                .anyMatch(s -> s.getString("day").equals("2026-10-01") && s.getString("why").equals("国庆节")));
        assertFalse(deadline.getBoolean("beyondPublishedCalendar"));

        JsonObject beyond = api.get("/api/v1/calendar/deadline?accepted=2026-12-28&days=10", null).json();
        assertTrue(beyond.getBoolean("beyondPublishedCalendar"), "counted on weekdays beyond the published years, and said so");
        assertEquals(400, api.get("/api/v1/calendar/deadline?accepted=2026-02-30&days=5", null).status());
        assertEquals(400, api.get("/api/v1/calendar/deadline?accepted=2026-03-01&days=0", null).status());
    }

    @Test
    void aSupervisorAddsALocalDayOffThatCountsOnlyThere() {
        String supervisor = api.demoToken("supervisor.nanshan");
        String body = "{\"kind\":\"HOLIDAY\",\"nameZh\":\"台风停工\",\"nameEn\":\"Typhoon closure\"}";
        assertEquals(204, api.send("PUT", "/api/v1/calendar/days/2026-03-03", supervisor, body).status());
        assertEquals(400, api.send("PUT", "/api/v1/calendar/days/2026-03-07", supervisor,
                body.replace("HOLIDAY", "WORKING_DAY")).status(), "make-up working days are national");
        assertEquals(403, api.send("PUT", "/api/v1/calendar/days/2026-03-03", api.demoToken("clerk.nanshan"), body).status());

        String nanshan = api.get("/api/v1/calendar/deadline?accepted=2026-03-02&days=1&jurisdiction=440305", null).json()
                .getString("deadline");
        String haidian = api.get("/api/v1/calendar/deadline?accepted=2026-03-02&days=1&jurisdiction=110108", null).json()
                .getString("deadline");
        assertEquals("2026-03-04", nanshan, "Nanshan's day off is skipped in Nanshan");
        assertEquals("2026-03-03", haidian, "and nowhere else");
        assertEquals(204, api.delete("/api/v1/calendar/days/2026-03-03", supervisor).status());
    }
}
