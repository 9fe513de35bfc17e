package org.tongban.monitoring.control;

/**
 * The figures of one jurisdiction (or one item in it) for a period. Flows count what happened in
 * the period; open, overdue, yellowNow and the rectification counts are as of today (overdue and
 * yellow count undecided cases: an approved case awaiting its certificate has had its decision).
 *
 * @param p90Days the 90th percentile of working days to decision, null when nothing was decided
 */
public record Figures(long submitted, long decided, long approved, long onTime, long withdrawn, long timed,
        long workingDays, Integer p90Days, long yellowCards, long redCards, long ratings, long ratingSum,
        long badRatings, long open, long overdue, long yellowNow, long rectificationsOpen,
        long rectificationsOverdue) {

    public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public Double approvedRate() {
        return share(approved, decided);
    }

    public Double onTimeRate() {
        return share(onTime, decided);
    }

    public Double averageDays() {
        return timed == 0 ? null : (double) workingDays / timed;
    }

    public Double averageRating() {
        return ratings == 0 ? null : (double) ratingSum / ratings;
    }

    public Double badShare() {
        return share(badRatings, ratings);
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    /** The same figures with the flows of a period and the gauges of today joined. */
    Figures withGauges(long open, long overdue, long yellowNow, long openYellowCards, long openRedCards,
            long rectificationsOpen, long rectificationsOverdue) {
        return new Figures(submitted, decided, approved, onTime, withdrawn, timed, workingDays, p90Days,
                yellowCards + openYellowCards, redCards + openRedCards, ratings, ratingSum, badRatings, open, overdue,
                yellowNow, rectificationsOpen, rectificationsOverdue);
    }

    /** Both together; percentiles do not add up, so the sum has none. */
    public Figures plus(Figures o) {
        return new Figures(submitted + o.submitted, decided + o.decided, approved + o.approved, onTime + o.onTime,
                withdrawn + o.withdrawn, timed + o.timed, workingDays + o.workingDays, null, yellowCards + o.yellowCards,
                redCards + o.redCards, ratings + o.ratings, ratingSum + o.ratingSum, badRatings + o.badRatings,
                open + o.open, overdue + o.overdue, yellowNow + o.yellowNow, rectificationsOpen + o.rectificationsOpen,
                rectificationsOverdue + o.rectificationsOverdue);
    }

    Figures withP90(Integer days) {
        return new Figures(submitted, decided, approved, onTime, withdrawn, timed, workingDays, days, yellowCards,
                redCards, ratings, ratingSum, badRatings, open, overdue, yellowNow, rectificationsOpen,
                rectificationsOverdue);
    }
}
