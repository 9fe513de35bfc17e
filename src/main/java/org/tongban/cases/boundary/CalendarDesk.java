package org.tongban.cases.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.tongban.audit.control.AuditLog;
import org.tongban.audit.entity.AuditRecord;
import org.tongban.cases.control.Calendars;
import org.tongban.cases.entity.CalendarDay;
import org.tongban.cases.entity.DayKind;
import org.tongban.identity.control.CurrentUser;
import org.tongban.identity.entity.Account;
import org.tongban.identity.entity.Role;
import org.tongban.jurisdiction.entity.Jurisdiction;
import org.tongban.platform.control.FieldChecks;
import org.tongban.platform.control.InvalidInputException;

/**
 * Changes to the calendar: central staff keep the national days, a supervisor adds days off for
 * their own jurisdiction only (never make-up working days, which only the State Council sets).
 */
@Stateless
public class CalendarDesk {

    @Inject
    Calendars calendars;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    org.tongban.cases.control.CaseFiles cases;

    @Inject
    org.tongban.jurisdiction.control.Jurisdictions jurisdictions;

    /**
     * Lists a day in one's own calendar: central staff the nation's (days off and make-up working
     * days), a supervisor their jurisdiction's (days off only). The names are what the clock's
     * explanation shows applicants.
     */
    @RolesAllowed({"CENTRAL", "SUPERVISOR"})
    public void list(LocalDate day, String kind, String nameZh, String nameEn) {
        FieldChecks checks = new FieldChecks();
        if (day == null) {
            checks.problem("date", "calendar.date");
        }
        DayKind parsed = null;
        try {
            parsed = kind == null ? null : DayKind.valueOf(kind.strip());
        } catch (IllegalArgumentException unknown) {
            parsed = null;
        }
        if (parsed == null) {
            checks.problem("kind", "calendar.kind");
        }
        if (checks.required("nameZh", nameZh)) {
            checks.length("nameZh", nameZh.strip(), 1, 100);
        }
        if (checks.required("nameEn", nameEn)) {
            checks.length("nameEn", nameEn.strip(), 1, 100);
        }
        checks.throwIfAny();
        CalendarDay listed = new CalendarDay(day, parsed, nameZh.strip(), nameEn.strip());
        String jurisdiction = ownCalendar();
        if (!jurisdiction.equals(Jurisdiction.NATION_CODE) && listed.kind() != DayKind.HOLIDAY) {
            throw InvalidInputException.of("kind", "calendar.localHolidayOnly");
        }
        calendars.list(jurisdiction, listed);
        cases.markStale(scopeOf(jurisdiction));
        audit.record(AuditRecord.of("CALENDAR_DAY_LISTED").subject("CALENDAR", jurisdiction)
                .detail(listed.day() + " " + listed.kind()));
    }

    /** The days one's own calendar lists in a year; the others (the nation's, a province's) are not one's to change. */
    @RolesAllowed({"CENTRAL", "SUPERVISOR"})
    public java.util.List<CalendarDay> ownDays(int year) {
        return calendars.listedBy(ownCalendar(), year);
    }

    /** Whose calendar the caller keeps. */
    @RolesAllowed({"CENTRAL", "SUPERVISOR"})
    public String ownCalendarCode() {
        return ownCalendar();
    }

    @RolesAllowed({"CENTRAL", "SUPERVISOR"})
    public void unlist(LocalDate day) {
        String jurisdiction = ownCalendar();
        if (calendars.unlist(jurisdiction, day)) {
            cases.markStale(scopeOf(jurisdiction));
            audit.record(AuditRecord.of("CALENDAR_DAY_REMOVED").subject("CALENDAR", jurisdiction).detail(day.toString()));
        }
    }

    /** The cases a jurisdiction's calendar counts for: those decided in its subtree. */
    private String scopeOf(String jurisdiction) {
        return org.tongban.jurisdiction.entity.Scope.subtree(jurisdictions.get(jurisdiction)).codePattern();
    }

    /** Central staff keep the national calendar; a supervisor their office's jurisdiction's. */
    private String ownCalendar() {
        Account account = currentUser.get();
        return account.has(Role.CENTRAL) ? Jurisdiction.NATION_CODE : account.jurisdictionCode().orElseThrow();
    }
}
