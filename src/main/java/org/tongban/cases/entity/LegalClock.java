package org.tongban.cases.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The legal clock of a case. The count starts on the first working day after acceptance; each
 * working day counts once, except days while the applicant owes material (a pause). The
 * promised limit can be extended once. At 80 % of the limit used a case shows a yellow card,
 * past the deadline a red one.
 *
 * @param accepted  the day the case was accepted
 * @param limitDays the promised limit in working days
 * @param pauses    periods during which the clock stopped, in order; the last may be open
 * @param extension the one extension granted, if any
 */
public record LegalClock(LocalDate accepted, int limitDays, List<Pause> pauses, Extension extension) {

    /** The clock stood still from {@code from} (inclusive) until {@code until} (exclusive; null while ongoing). */
    public record Pause(LocalDate from, LocalDate until, String reason) {

        boolean contains(LocalDate day) {
            return !day.isBefore(from) && (until == null || day.isBefore(until));
        }
    }

    public record Extension(int days, String reason) {
    }

    public enum Card { GREEN, YELLOW, RED }

    /** One day the count passed over without counting it, and why. */
    public record Skipped(LocalDate day, String why) {
    }

    /**
     * Where the clock stands on a day: the deadline (null while paused, since it moves with the
     * pause), the working days used and left, the card, the days skipped with the reason for each,
     * and whether the count went beyond the published holiday arrangements. The marks are what a
     * list sorts and filters by: the day the card turns yellow and the deadline, each known only
     * once reached while the clock stands still.
     */
    public record Reading(LocalDate deadline, int totalDays, int usedDays, int remainingDays, boolean paused, Card card,
            List<Skipped> skipped, boolean beyondPublishedCalendar, Marks marks) {
    }

    /**
     * The days on which the card turns yellow and red (the day after the deadline), as far as they
     * are fixed: while paused, only those already passed. A case is red once today is after
     * {@code deadline}, yellow once today reaches {@code yellowFrom}.
     */
    public record Marks(LocalDate yellowFrom, LocalDate deadline) {

        public Card cardOn(LocalDate today) {
            if (deadline != null && today.isAfter(deadline)) {
                return Card.RED;
            }
            return yellowFrom != null && !today.isBefore(yellowFrom) ? Card.YELLOW : Card.GREEN;
        }
    }

    /** The working days that must be used before the card turns yellow: 80 % of the total, rounded up. */
    static int yellowAfter(int total) {
        return (total * 4 + 4) / 5;
    }

    public LegalClock {
        if (limitDays < 1) {
            throw new IllegalArgumentException("limit must be at least one working day");
        }
        pauses = List.copyOf(pauses);
    }

    private Optional<Pause> pauseOn(LocalDate day) {
        return pauses.stream().filter(p -> p.contains(day)).findFirst();
    }

    public int totalDays() {
        return limitDays + (extension == null ? 0 : extension.days());
    }

    /** Reads the clock as of {@code today} in the deciding jurisdiction's calendar. */
    public Reading read(WorkingCalendar calendar, LocalDate today) {
        int total = totalDays();
        int used = 0;
        boolean beyond = false;
        List<Skipped> skipped = new ArrayList<>();
        LocalDate deadline = null;
        LocalDate yellowFrom = null;
        int counted = 0;
        // walk until the deadline is found, or until today when the clock is stopped
        for (LocalDate day = accepted.plusDays(1); ; day = day.plusDays(1)) {
            Optional<Pause> pause = pauseOn(day);
            boolean openPause = pause.isPresent() && pause.get().until() == null;
            if (openPause && day.isAfter(today)) {
                break; // the deadline moves for as long as the pause lasts
            }
            beyond |= !calendar.covers(day);
            if (pause.isPresent()) {
                if (calendar.isWorkingDay(day)) {
                    skipped.add(new Skipped(day, "PAUSED"));
                }
                continue;
            }
            if (!calendar.isWorkingDay(day)) {
                skipped.add(new Skipped(day, calendar.listed(day).map(CalendarDay::nameZh).orElse("WEEKEND")));
                continue;
            }
            counted++;
            if (counted == yellowAfter(total)) {
                yellowFrom = day;
            }
            if (!day.isAfter(today)) {
                used = counted;
            }
            if (counted == total) {
                deadline = day;
                break;
            }
        }
        boolean paused = pauses.stream().anyMatch(p -> p.contains(today));
        Marks marks = new Marks(yellowFrom, deadline);
        Card card = marks.cardOn(today);
        if (deadline != null && today.isAfter(deadline)) {
            used = total;
        }
        return new Reading(paused && pauses.get(pauses.size() - 1).until() == null ? null : deadline, total, used,
                Math.max(0, total - used), paused, card, List.copyOf(skipped), beyond, marks);
    }
}
