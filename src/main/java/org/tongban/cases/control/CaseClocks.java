package org.tongban.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.tongban.cases.entity.CaseFile;
import org.tongban.cases.entity.LegalClock;
import org.tongban.cases.entity.WorkingCalendar;
import org.tongban.jurisdiction.control.Jurisdictions;

/**
 * Reads a case's legal clock in its deciding jurisdiction's calendar and keeps the clock's marks
 * on the case. The clock of a finished case stopped on the day it finished.
 */
@ApplicationScoped
public class CaseClocks {

    public static final ZoneId CHINA = org.tongban.platform.boundary.PageTimes.CHINA;

    @Inject
    Calendars calendars;

    @Inject
    Jurisdictions jurisdictions;

    public static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    public WorkingCalendar calendarOf(CaseFile c) {
        return calendars.of(jurisdictions.get(c.jurisdictionCode()));
    }

    public LegalClock.Reading read(CaseFile c) {
        return read(c, calendarOf(c));
    }

    public LegalClock.Reading read(CaseFile c, WorkingCalendar calendar) {
        var ended = c.endedAt();
        LocalDate asOf = ended == null ? today() : ended.atZone(CHINA).toLocalDate();
        return clockOf(c).read(calendar, asOf);
    }

    /** Reads the clock and keeps its marks on the case, after every step. */
    public LegalClock.Reading mark(CaseFile c) {
        LegalClock.Reading reading = read(c);
        c.mark(reading);
        return reading;
    }

    public static LocalDate countedFrom(CaseFile c) {
        return c.acceptedOn() != null ? c.acceptedOn() : c.submittedAt().atZone(CHINA).toLocalDate();
    }

    private static LegalClock clockOf(CaseFile c) {
        return new LegalClock(countedFrom(c), c.promisedDays(), c.pauses(CHINA),
                c.extensionDays() == null ? null : new LegalClock.Extension(c.extensionDays(), c.extensionReason()));
    }

    /** The day a number of working days after today falls on, in a calendar (a rectification's deadline). */
    public static LocalDate workingDaysAfter(WorkingCalendar calendar, LocalDate from, int days) {
        return new LegalClock(from, days, java.util.List.of(), null).read(calendar, from).deadline();
    }
}
