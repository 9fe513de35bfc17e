package org.tongban.monitoring.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The days from {@code from} to {@code to}, both included, split the way the aggregates are kept:
 * whole months read one row each, the days before and after them a row per day.
 */
public record Period(LocalDate from, LocalDate to) {

    /** Longer periods are refused: ten years of months is still a small read, but nobody asks it. */
    public static final int MAX_DAYS = 3_660;

    /** An empty range of days: its end comes before its start. */
    private static final LocalDate NONE_FROM = LocalDate.of(2000, 1, 2);
    private static final LocalDate NONE_TO = LocalDate.of(2000, 1, 1);

    public Period {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("a period runs forwards");
        }
    }

    public static Period lastDays(LocalDate today, int days) {
        return new Period(today.minusDays(days - 1L), today);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The first day of the first month wholly inside, or null when there is none. */
    LocalDate firstWholeMonth() {
        LocalDate first = from.getDayOfMonth() == 1 ? from : from.with(TemporalAdjusters.firstDayOfNextMonth());
        LocalDate endOfFirst = first.with(TemporalAdjusters.lastDayOfMonth());
        return endOfFirst.isAfter(to) ? null : first;
    }

    /** The first day of the last month wholly inside, or null when there is none. */
    LocalDate lastWholeMonth() {
        LocalDate first = firstWholeMonth();
        if (first == null) {
            return null;
        }
        LocalDate last = to.with(TemporalAdjusters.firstDayOfMonth());
        return to.equals(to.with(TemporalAdjusters.lastDayOfMonth())) ? last : last.minusMonths(1);
    }

    /**
     * Six dates for the condition {@link #condition(int)}: leading days, whole months, trailing days;
     * an empty part is an empty range.
     */
    Object[] bounds() {
        LocalDate first = firstWholeMonth();
        if (first == null) {
            return new Object[] {from, to, NONE_FROM, NONE_TO, NONE_FROM, NONE_TO};
        }
        LocalDate last = lastWholeMonth();
        return new Object[] {from, first.minusDays(1), first, last, last.plusMonths(1), to};
    }

    /** Rows of one period, with {@link #bounds()} bound to ?1 to ?6 after the caller's own. */
    static String condition(int firstParameter) {
        int p = firstParameter;
        return "((grain = 'D' and period between ?" + p + " and ?" + (p + 1) + ") or (grain = 'M' and period between ?"
                + (p + 2) + " and ?" + (p + 3) + ") or (grain = 'D' and period between ?" + (p + 4) + " and ?" + (p + 5) + "))";
    }
}
