package org.tongban.monitoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.tongban.platform.control.Database;

/**
 * Reads figures from the aggregates: a period is at most 62 day rows and a row per whole month for
 * each unit, and the open cases are summed by their marks against today. Nothing here reads a case.
 * Each answer is kept until the next fold changes the aggregates ({@link FigureCache}), so that
 * many people watching the same dashboard cost one read per fold.
 */
@ApplicationScoped
public class FigureStore {

    /** Trends up to this many days are kept between folds. */
    static final int KEPT_TREND_DAYS = 62;

    /** All items together. */
    public static final String ALL_ITEMS = "";

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    @Inject
    FigureCache cache;

    @Inject
    FigureFolder folder;

    /** One day's flows, for the trend charts. */
    public record Day(LocalDate day, long submitted, long decided, long onTime, long redCards) {
    }

    /**
     * The figures of each of these jurisdictions, all items together; the percentile of working days
     * only when asked, as it reads a row per day and number of days.
     */
    public Map<String, Figures> ofUnits(Collection<String> units, Period period, LocalDate today, boolean percentile) {
        if (units.isEmpty()) {
            return Map.of();
        }
        List<String> codes = List.copyOf(units);
        return cache.get(List.of("units", codes, period, today, percentile), folder.generation(),
                () -> readUnits(codes, period, today, percentile));
    }

    private Map<String, Figures> readUnits(List<String> units, Period period, LocalDate today, boolean percentile) {
        Map<String, Figures> figures = read(units, true, period, today);
        Map<String, Integer> p90 = percentile ? p90(units, period) : Map.of();
        Map<String, Figures> result = new LinkedHashMap<>();
        for (String unit : units) {
            result.put(unit, figures.getOrDefault(unit, Figures.NONE).withP90(p90.get(unit)));
        }
        return java.util.Collections.unmodifiableMap(result);
    }

    public Figures of(String unit, Period period, LocalDate today) {
        return ofUnits(List.of(unit), period, today, true).get(unit);
    }

    /** The figures of each item with any activity in the jurisdiction (no percentiles per item). */
    public Map<String, Figures> ofItems(String unit, Period period, LocalDate today) {
        return cache.get(List.of("items", unit, period, today), folder.generation(),
                () -> java.util.Collections.unmodifiableMap(read(List.of(unit), false, period, today)));
    }


    /** Flows by day, every day of the period (days without any are zeros). */
    public List<Day> trend(String unit, Period period) {
        if (period.days() > KEPT_TREND_DAYS) {
            return readTrend(unit, period); // a long trend is a row a day: read when asked, not kept
        }
        return cache.get(List.of("trend", unit, period), folder.generation(), () -> readTrend(unit, period));
    }

    private List<Day> readTrend(String unit, Period period) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select period, submitted, decided, on_time, red from monitoring_flow
                        where unit = ?1 and item_code = '' and grain = 'D' and period between ?2 and ?3""")
                .setParameter(1, unit).setParameter(2, period.from()).setParameter(3, period.to())
                .getResultList();
        Map<LocalDate, Object[]> byDay = rows.stream().collect(Collectors.toMap(r -> toDate(r[0]), r -> r));
        List<Day> days = new ArrayList<>();
        for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
            Object[] r = byDay.get(d);
            days.add(r == null ? new Day(d, 0, 0, 0, 0) : new Day(d, n(r[1]), n(r[2]), n(r[3]), n(r[4])));
        }
        return List.copyOf(days);
    }

    /** The overdue open cases of each item in a jurisdiction, most first. */
    public Map<String, Long> overdueByItem(String unit, LocalDate today, int limit) {
        return cache.get(List.of("overdue", unit, today, limit), folder.generation(), () -> readOverdueByItem(unit, today, limit));
    }

    private Map<String, Long> readOverdueByItem(String unit, LocalDate today, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select item_code, sum(cases) from monitoring_open
                        where unit = ?1 and item_code <> '' and not decided and due_on < ?2
                        group by item_code order by 2 desc, 1 limit ?3""")
                .setParameter(1, unit).setParameter(2, today).setParameter(3, limit).getResultList();
        Map<String, Long> result = new LinkedHashMap<>();
        rows.forEach(r -> result.put((String) r[0], n(r[1])));
        return java.util.Collections.unmodifiableMap(result);
    }

    /** The overdue rectification tasks of each item in a jurisdiction, most first. */
    public Map<String, Long> overdueRectificationsByItem(String unit, LocalDate today, int limit) {
        return cache.get(List.of("rectifications", unit, today, limit), folder.generation(),
                () -> readOverdueRectificationsByItem(unit, today, limit));
    }

    private Map<String, Long> readOverdueRectificationsByItem(String unit, LocalDate today, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select item_code, sum(tasks) from monitoring_rectification
                        where unit = ?1 and item_code <> '' and due_on < ?2
                        group by item_code order by 2 desc, 1 limit ?3""")
                .setParameter(1, unit).setParameter(2, today).setParameter(3, limit).getResultList();
        Map<String, Long> result = new LinkedHashMap<>();
        rows.forEach(r -> result.put((String) r[0], n(r[1])));
        return java.util.Collections.unmodifiableMap(result);
    }

    /**
     * Flows and gauges keyed by unit (all items together) or, for one unit, by item.
     */
    private Map<String, Figures> read(Collection<String> units, boolean byUnit, Period period, LocalDate today) {
        String in = placeholders(units.size(), 1);
        int next = units.size() + 1;
        String key = byUnit ? "unit" : "item_code";
        String items = byUnit ? "item_code = ''" : "item_code <> ''";
        Query flows = em.createNativeQuery("select " + key + ", sum(submitted), sum(decided), sum(approved), sum(on_time),"
                + " sum(withdrawn), sum(timed), sum(working_days), sum(yellow), sum(red), sum(ratings), sum(rating_sum),"
                + " sum(bad_ratings) from monitoring_flow where unit in (" + in + ") and " + items + " and "
                + Period.condition(next) + " group by " + key);
        bindAll(flows, units, period.bounds());
        Map<String, Figures> result = new HashMap<>();
        for (Object row : flows.getResultList()) {
            Object[] r = (Object[]) row;
            result.put((String) r[0], new Figures(n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]), null,
                    n(r[8]), n(r[9]), n(r[10]), n(r[11]), n(r[12]), 0, 0, 0, 0, 0));
        }
        LocalDate upTo = period.to().isAfter(today) ? today : period.to();
        Query open = em.createNativeQuery("select " + key + ", sum(cases),"
                + " sum(cases) filter (where not decided and due_on < ?" + next + "),"
                + " sum(cases) filter (where not decided and yellow_on <= ?" + next + " and due_on >= ?" + next + "),"
                + " sum(cases) filter (where not decided and yellow_on between ?" + (next + 1) + " and ?" + (next + 2) + "),"
                + " sum(cases) filter (where not decided and due_on between ?" + (next + 3) + " and ?" + (next + 4) + ")"
                + " from monitoring_open where unit in (" + in + ") and " + items + " group by " + key);
        bindAll(open, units, new Object[] {today, period.from(), upTo, period.from().minusDays(1), upTo.minusDays(1)});
        Map<String, long[]> gauges = new HashMap<>();
        for (Object row : open.getResultList()) {
            Object[] r = (Object[]) row;
            gauges.put((String) r[0], new long[] {n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), 0, 0});
        }
        Query tasks = em.createNativeQuery("select " + key + ", sum(tasks), sum(tasks) filter (where due_on < ?" + next
                + ") from monitoring_rectification where unit in (" + in + ") and " + items + " group by " + key);
        bindAll(tasks, units, new Object[] {today});
        for (Object row : tasks.getResultList()) {
            Object[] r = (Object[]) row;
            long[] g = gauges.computeIfAbsent((String) r[0], k -> new long[7]);
            g[5] = n(r[1]);
            g[6] = n(r[2]);
        }
        gauges.forEach((k, g) -> result.put(k, result.getOrDefault(k, Figures.NONE)
                .withGauges(g[0], g[1], g[2], g[3], g[4], g[5], g[6])));
        return result;
    }

    /** The 90th percentile of working days to decision, per unit, from the counts by working days. */
    private Map<String, Integer> p90(Collection<String> units, Period period) {
        Query q = em.createNativeQuery("select unit, working_days, sum(cases) from monitoring_duration where unit in ("
                + placeholders(units.size(), 1) + ") and " + Period.condition(units.size() + 1)
                + " group by unit, working_days");
        bindAll(q, units, period.bounds());
        Map<String, TreeMap<Integer, Long>> histograms = new HashMap<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            histograms.computeIfAbsent((String) r[0], k -> new TreeMap<>()).merge(((Number) r[1]).intValue(), n(r[2]), Long::sum);
        }
        Map<String, Integer> result = new HashMap<>();
        histograms.forEach((unit, histogram) -> percentile(histogram, 0.9).ifPresent(p -> result.put(unit, p)));
        return result;
    }

    /** The smallest value at or below which the given share of the counted values lie. */
    static java.util.Optional<Integer> percentile(java.util.SortedMap<Integer, Long> histogram, double share) {
        long total = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (total <= 0) {
            return java.util.Optional.empty();
        }
        long rank = (long) Math.ceil(share * total);
        long seen = 0;
        for (var e : histogram.entrySet()) {
            seen += e.getValue();
            if (seen >= rank) {
                return java.util.Optional.of(e.getKey());
            }
        }
        return java.util.Optional.of(histogram.lastKey());
    }

    private static String placeholders(int count, int first) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append(i == 0 ? "" : ", ").append('?').append(first + i);
        }
        return s.toString();
    }

    private static void bindAll(Query q, Collection<String> units, Object[] then) {
        int i = 1;
        for (String unit : units) {
            q.setParameter(i++, unit);
        }
        for (Object value : then) {
            q.setParameter(i++, value);
        }
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
