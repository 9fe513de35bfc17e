package org.tongban.cases.boundary;

import java.time.LocalDate;
import java.util.List;
import org.tongban.cases.entity.CalendarDay;

/** A year of a jurisdiction's working-day calendar: the days that depart from the weekday rule. */
public record CalendarRepresentation(String jurisdiction, int year, boolean published, List<CalendarDay> days) {

    /** A deadline and how it was reached. */
    public record DeadlineRepresentation(String jurisdiction, LocalDate accepted, int workingDays, LocalDate deadline,
            boolean beyondPublishedCalendar, List<Skip> skipped) {
    }

    public record Skip(LocalDate day, String why) {
    }
}
