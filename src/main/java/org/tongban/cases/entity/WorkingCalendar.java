package org.tongban.cases.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The working days of one jurisdiction: Monday to Friday, except the listed holidays, plus the
 * listed weekend days worked instead. National days apply everywhere; a jurisdiction's own days
 * off are added on top. Only the years whose arrangements are published are known; beyond them
 * the plain weekday rule applies, and {@link #covers} says so.
 */
public final class WorkingCalendar {

    private final Map<LocalDate, CalendarDay> listed = new HashMap<>();
    private final Set<Integer> publishedYears;

    public WorkingCalendar(Collection<CalendarDay> national, Collection<CalendarDay> local, Set<Integer> publishedYears) {
        national.forEach(d -> listed.put(d.day(), d));
        local.forEach(d -> listed.put(d.day(), d));
        this.publishedYears = Set.copyOf(publishedYears);
    }

    public boolean isWorkingDay(LocalDate day) {
        CalendarDay entry = listed.get(day);
        if (entry != null) {
            return entry.kind() == DayKind.WORKING_DAY;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    /** The listed day, if this day departs from the weekday rule. */
    public Optional<CalendarDay> listed(LocalDate day) {
        return Optional.ofNullable(listed.get(day));
    }

    /** True when the year's holiday arrangements are published, so the count for that day is exact. */
    public boolean covers(LocalDate day) {
        return publishedYears.contains(day.getYear());
    }
}
