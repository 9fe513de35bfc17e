package org.tongban.cases.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LegalClockTest {

    /** The State Council's 2025 Spring Festival arrangement: 28 Jan to 4 Feb off, Sunday 26 Jan and Saturday 8 Feb worked. */
    static final List<CalendarDay> SPRING_FESTIVAL_2025 = List.of(
            new CalendarDay(LocalDate.of(2025, 1, 26), DayKind.WORKING_DAY, "春节调休上班", "Spring Festival make-up working day"),
            new CalendarDay(LocalDate.of(2025, 1, 28), DayKind.HOLIDAY, "春节", "Spring Festival"),
            new CalendarDay(LocalDate.of(2025, 1, 29), DayKind.HOLIDAY, "春节", "Spring Festival"),
            new CalendarDay(LocalDate.of(2025, 1, 30), DayKind.HOLIDAY, "春节", "Spring Festival"),
            new CalendarDay(LocalDate.of(2025, 1, 31), DayKind.HOLIDAY, "春节", "Spring Festival"),
            new CalendarDay(LocalDate.of(2025, 2, 1), DayKind.HOLIDAY, "春节", "Spring Festival"),
            new CalendarDay(LocalDate.of(2025, 2, 2), DayKind.HOLIDAY, "春节", "Spring Festival"),
            new CalendarDay(LocalDate.of(2025, 2, 3), DayKind.HOLIDAY, "春节", "Spring Festival"),
            new CalendarDay(LocalDate.of(2025, 2, 4), DayKind.HOLIDAY, "春节", "Spring Festival"),
            new CalendarDay(LocalDate.of(2025, 2, 8), DayKind.WORKING_DAY, "春节调休上班", "Spring Festival make-up working day"));

    static final WorkingCalendar NATION = new WorkingCalendar(SPRING_FESTIVAL_2025, List.of(), Set.of(2025, 2026));

    @Test
    void aCountOverTheSpringFestivalSkipsTheHolidayAndCountsTheMakeUpDays() {
        // accepted Friday 24 Jan 2025: Sun 26 Jan (worked) is day 1, Mon 27 day 2, holidays until 4 Feb,
        // Wed 5 day 3, Thu 6 day 4, Fri 7 day 5, Sat 8 (worked) day 6
        LegalClock clock = new LegalClock(LocalDate.of(2025, 1, 24), 6, List.of(), null);
        LegalClock.Reading reading = clock.read(NATION, LocalDate.of(2025, 1, 24));
        assertEquals(LocalDate.of(2025, 2, 8), reading.deadline());
        assertTrue(reading.skipped().stream().anyMatch(s -> s.day().equals(LocalDate.of(2025, 1, 29)) && s.why().equals("春节")));
        assertFalse(reading.beyondPublishedCalendar());
    }

    @Test
    void daysOwedByTheApplicantDoNotCount() {
        // accepted Monday 3 March 2025, 5 working days; supplement requested Wed 5 until Mon 10 (exclusive)
        var pause = new LegalClock.Pause(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 10), "补正材料");
        LegalClock clock = new LegalClock(LocalDate.of(2025, 3, 3), 5, List.of(pause), null);
        // counted: Tue 4; paused Wed 5 to Fri 7; counted Mon 10, Tue 11, Wed 12, Thu 13
        assertEquals(LocalDate.of(2025, 3, 13), clock.read(NATION, LocalDate.of(2025, 3, 3)).deadline());
    }

    @Test
    void whileTheClockIsStoppedThereIsNoDeadlineButTheDaysLeftAreKnown() {
        var open = new LegalClock.Pause(LocalDate.of(2025, 3, 5), null, "补正材料");
        LegalClock clock = new LegalClock(LocalDate.of(2025, 3, 3), 5, List.of(open), null);
        LegalClock.Reading reading = clock.read(NATION, LocalDate.of(2025, 3, 20));
        assertTrue(reading.paused());
        assertNull(reading.deadline());
        assertEquals(1, reading.usedDays());
        assertEquals(4, reading.remainingDays());
    }

    @Test
    void anExtensionAddsItsDaysOnce() {
        LegalClock clock = new LegalClock(LocalDate.of(2025, 3, 3), 5, List.of(), new LegalClock.Extension(5, "需现场核查"));
        assertEquals(10, clock.totalDays());
        assertEquals(LocalDate.of(2025, 3, 17), clock.read(NATION, LocalDate.of(2025, 3, 3)).deadline());
    }

    @Test
    void cardsTurnYellowAtEightyPercentAndRedPastTheDeadline() {
        LegalClock clock = new LegalClock(LocalDate.of(2025, 3, 3), 10, List.of(), null); // deadline Mon 17 March
        assertEquals(LegalClock.Card.GREEN, clock.read(NATION, LocalDate.of(2025, 3, 12)).card()); // 7 of 10
        assertEquals(LegalClock.Card.YELLOW, clock.read(NATION, LocalDate.of(2025, 3, 13)).card()); // 8 of 10
        assertEquals(LegalClock.Card.YELLOW, clock.read(NATION, LocalDate.of(2025, 3, 17)).card()); // the last day
        LegalClock.Reading late = clock.read(NATION, LocalDate.of(2025, 3, 18));
        assertEquals(LegalClock.Card.RED, late.card());
        assertEquals(0, late.remainingDays());
    }

    @Test
    void aLocalDayOffCountsOnlyInItsJurisdiction() {
        var local = List.of(new CalendarDay(LocalDate.of(2025, 3, 4), DayKind.HOLIDAY, "三月三", "Sanyuesan festival"));
        WorkingCalendar guangxi = new WorkingCalendar(SPRING_FESTIVAL_2025, local, Set.of(2025, 2026));
        LegalClock clock = new LegalClock(LocalDate.of(2025, 3, 3), 1, List.of(), null);
        assertEquals(LocalDate.of(2025, 3, 4), clock.read(NATION, LocalDate.of(2025, 3, 3)).deadline());
        assertEquals(LocalDate.of(2025, 3, 5), clock.read(guangxi, LocalDate.of(2025, 3, 3)).deadline());
    }

    @Test
    void aDeadlineBeyondThePublishedArrangementsIsCountedOnWeekdaysAndSaysSo() {
        LegalClock clock = new LegalClock(LocalDate.of(2026, 12, 28), 10, List.of(), null);
        LegalClock.Reading reading = clock.read(NATION, LocalDate.of(2026, 12, 28));
        assertTrue(reading.beyondPublishedCalendar());
        assertEquals(LocalDate.of(2027, 1, 11), reading.deadline());
    }
}
