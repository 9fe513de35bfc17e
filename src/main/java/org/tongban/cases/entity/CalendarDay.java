package org.tongban.cases.entity;

import java.time.LocalDate;

/** A day that departs from the weekday rule, with its name in both languages. */
public record CalendarDay(LocalDate day, DayKind kind, String nameZh, String nameEn) {
}
