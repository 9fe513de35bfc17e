package org.tongban.monitoring.control;

import java.util.function.Function;

/**
 * A figure one can rank, colour a map by, or list the cases behind. A count is suppressed below
 * province level when it is under five; a rate or an average when the count it rests on is.
 */
public enum Figure {
    SUBMITTED(Kind.COUNT, true, f -> (double) f.submitted(), Figures::submitted),
    OPEN(Kind.COUNT, false, f -> (double) f.open(), Figures::open),
    DECIDED(Kind.COUNT, true, f -> (double) f.decided(), Figures::decided),
    APPROVED_RATE(Kind.RATE, true, Figures::approvedRate, Figures::decided),
    OVERDUE(Kind.COUNT, false, f -> (double) f.overdue(), Figures::overdue),
    YELLOW_NOW(Kind.COUNT, false, f -> (double) f.yellowNow(), Figures::yellowNow),
    YELLOW_CARDS(Kind.COUNT, false, f -> (double) f.yellowCards(), Figures::yellowCards),
    RED_CARDS(Kind.COUNT, false, f -> (double) f.redCards(), Figures::redCards),
    AVERAGE_DAYS(Kind.DAYS, false, Figures::averageDays, Figures::timed),
    P90_DAYS(Kind.DAYS, false, f -> f.p90Days() == null ? null : (double) f.p90Days(), Figures::timed),
    ON_TIME_RATE(Kind.RATE, true, Figures::onTimeRate, Figures::decided),
    SATISFACTION(Kind.SCORE, true, Figures::averageRating, Figures::ratings),
    BAD_RATINGS(Kind.RATE, false, Figures::badShare, Figures::ratings),
    RECTIFICATIONS_OPEN(Kind.COUNT, false, f -> (double) f.rectificationsOpen(), Figures::rectificationsOpen),
    RECTIFICATIONS_OVERDUE(Kind.COUNT, false, f -> (double) f.rectificationsOverdue(), Figures::rectificationsOverdue);

    /** How a figure reads: a number of cases, a share, working days, or an average rating out of 5. */
    public enum Kind {
        COUNT, RATE, DAYS, SCORE
    }

    /** Below this, a count (or the count a rate rests on) could point at a person. */
    public static final int SMALL_CELL = 5;

    private final Kind kind;
    private final boolean higherIsBetter;
    private final Function<Figures, Double> value;
    private final Function<Figures, Long> base;

    Figure(Kind kind, boolean higherIsBetter, Function<Figures, Double> value, Function<Figures, Long> base) {
        this.kind = kind;
        this.higherIsBetter = higherIsBetter;
        this.value = value;
        this.base = base;
    }

    public Kind kind() {
        return kind;
    }

    /** More is good news (submissions, approvals, on time, satisfaction); for the others, less is. */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** The value, or null when there is nothing to compute it from. */
    public Double of(Figures figures) {
        return value.apply(figures);
    }

    /** True when showing this figure could identify someone: its count, or its base, is 1 to 4. */
    public boolean small(Figures figures) {
        long n = base.apply(figures);
        return n > 0 && n < SMALL_CELL;
    }

    /** Whether the cases behind it can be listed: those open now, by their marks. */
    public boolean listable() {
        return this == OPEN || this == OVERDUE || this == YELLOW_NOW;
    }

    /** The name in the API and in page parameters: {@code onTimeRate} for ON_TIME_RATE. */
    public String key() {
        StringBuilder key = new StringBuilder();
        boolean upper = false;
        for (char c : name().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                key.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return key.toString();
    }

    /** A figure by its key ({@code onTimeRate}) or its constant name ({@code ON_TIME_RATE}). */
    public static java.util.Optional<Figure> parse(String name) {
        if (name == null || name.isBlank()) {
            return java.util.Optional.empty();
        }
        String wanted = name.strip();
        return java.util.Arrays.stream(values()).filter(f -> f.key().equals(wanted) || f.name().equals(wanted)).findFirst();
    }
}
