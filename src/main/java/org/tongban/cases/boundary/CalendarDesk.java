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

    @RolesAllowed({"CENTRAL", "SUPERVISOR"})
    public void list(CalendarDay day) {
        String jurisdiction = ownCalendar();
        if (!jurisdiction.equals(Jurisdiction.NATION_CODE) && day.kind() != DayKind.HOLIDAY) {
            throw InvalidInputException.of("kind", "calendar.localHolidayOnly");
        }
        calendars.list(jurisdiction, day);
        cases.markStale(scopeOf(jurisdiction));
        audit.record(AuditRecord.of("CALENDAR_DAY_LISTED").subject("CALENDAR", jurisdiction)
                .detail(day.day() + " " + day.kind()));
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
