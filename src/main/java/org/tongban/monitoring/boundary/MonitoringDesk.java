package org.tongban.monitoring.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tongban.audit.control.AuditLog;
import org.tongban.audit.entity.AuditRecord;
import org.tongban.cases.boundary.CaseDesk;
import org.tongban.cases.boundary.CaseRepresentation;
import org.tongban.cases.control.CaseClocks;
import org.tongban.cases.control.CaseFiles;
import org.tongban.cases.entity.LegalClock;
import org.tongban.cases.entity.Worklist;
import org.tongban.catalogue.control.NationalCatalogue;
import org.tongban.catalogue.entity.ItemSummary;
import org.tongban.catalogue.entity.PolicyArea;
import org.tongban.identity.control.CurrentUser;
import org.tongban.identity.entity.Role;
import org.tongban.jurisdiction.control.Jurisdictions;
import org.tongban.jurisdiction.control.OutOfScopeException;
import org.tongban.jurisdiction.entity.Jurisdiction;
import org.tongban.jurisdiction.entity.Level;
import org.tongban.jurisdiction.entity.Office;
import org.tongban.jurisdiction.entity.Scope;
import org.tongban.monitoring.control.Figure;
import org.tongban.monitoring.control.FigureStore;
import org.tongban.monitoring.control.Figures;
import org.tongban.monitoring.control.MonitoringNotAllowedException;
import org.tongban.monitoring.control.Period;
import org.tongban.platform.control.FieldChecks;

/**
 * Figures for central staff (the nation) and for a province's supervisors (their province), read
 * from the aggregates. Below province level small counts are withheld. Listing the cases behind a
 * figure takes a stated purpose and is audited in the same transaction.
 */
@Stateless
@RolesAllowed({"CENTRAL", "SUPERVISOR"})
public class MonitoringDesk {

    /** The period a dashboard opens with. */
    public static final int DEFAULT_DAYS = 30;
    static final int LIST_LIMIT = 10;

    @Inject
    CurrentUser currentUser;

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    FigureStore store;

    @Inject
    NationalCatalogue catalogue;

    @Inject
    CaseFiles cases;

    @Inject
    CaseDesk caseDesk;

    @Inject
    AuditLog audit;

    /** A jurisdiction's figures, each withheld if it could point at a person. */
    public record Summary(Jurisdiction jurisdiction, Period period, boolean protectedLevel, Map<Figure, FigureValue> figures) {
    }

    /** A child jurisdiction (or an item, or a policy area) with its figures and its place by the chosen one. */
    public record Row(String code, String nameZh, String nameEn, boolean drillable, Map<Figure, FigureValue> figures) {

        public FigureValue value(Figure figure) {
            return figures.get(figure);
        }
    }

    /** A week of the trend, from its Monday. */
    public record Week(LocalDate monday, long submitted, long decided, Double onTimeRate) {
    }

    /** Something that needs attention, with its count (withheld when small). */
    public record Attention(String code, String nameZh, String nameEn, Long count, boolean suppressed) {
    }

    /** Everything one dashboard shows, for one jurisdiction and period. */
    public record Dashboard(Summary summary, FigureValue submittedToday, List<Jurisdiction> breadcrumb, Figure figure,
            List<Row> children,
            List<Office> offices, List<Row> items, List<Row> areas, List<FigureStore.Day> days, List<Week> weeks,
            List<Attention> overdueByItem, List<Attention> rectificationsByItem) {
    }

    /** Whether the caller has figures at all: central staff, and the supervisors of a province. */
    @jakarta.annotation.security.PermitAll
    public boolean mayMonitor() {
        var caller = currentUser.account();
        if (caller.isEmpty()) {
            return false;
        }
        if (caller.get().roles().contains(Role.CENTRAL)) {
            return true;
        }
        return caller.get().roles().contains(Role.SUPERVISOR) && caller.get().jurisdictionCode()
                .flatMap(jurisdictions::find).map(j -> j.level() == Level.PROVINCE).orElse(false);
    }

    /** Where the caller's figures start: the nation for central staff, the province for its supervisors. */
    public Jurisdiction root() {
        if (currentUser.get().roles().contains(Role.CENTRAL)) {
            return jurisdictions.get(Jurisdiction.NATION_CODE);
        }
        // the nation is central staff's alone: a supervisor of the national office has no figures of its own
        if (!currentUser.get().roles().contains(Role.SUPERVISOR)) {
            throw new MonitoringNotAllowedException();
        }
        return currentUser.get().jurisdictionCode().flatMap(jurisdictions::find).filter(j -> j.level() == Level.PROVINCE)
                .orElseThrow(MonitoringNotAllowedException::new);
    }

    /** The jurisdiction asked for, if the caller's figures reach it; the caller's own by default. */
    public Jurisdiction visible(String code) {
        Jurisdiction root = root();
        if (code == null || code.isBlank()) {
            return root;
        }
        Jurisdiction wanted = jurisdictions.find(code.strip()).orElseThrow(OutOfScopeException::new);
        if (!root.contains(wanted.code())) {
            throw new OutOfScopeException();
        }
        return wanted;
    }

    public Summary summary(String code, Period period) {
        Jurisdiction unit = visible(code);
        return summaryOf(unit, store.of(unit.code(), period, today()), period);
    }

    /**
     * The child jurisdictions ranked by a figure: best first, withheld and empty last. Their 90th
     * percentiles are read only when ranking by it.
     */
    public List<Row> children(String code, Figure figure, Period period) {
        Jurisdiction unit = visible(code);
        List<Jurisdiction> children = jurisdictions.children(unit.code());
        boolean protect = isProtected(children.isEmpty() ? unit : children.get(0));
        Map<String, Figures> figures = store.ofUnits(children.stream().map(Jurisdiction::code).toList(), period, today(),
                figure == Figure.P90_DAYS);
        List<Row> rows = new ArrayList<>();
        for (Jurisdiction child : children) {
            rows.add(new Row(child.code(), child.nameZh(), child.nameEn(), true, values(figures.get(child.code()), protect)));
        }
        return ranked(rows, figure);
    }

    public Dashboard dashboard(String code, Figure figure, Period period) {
        Jurisdiction unit = visible(code);
        Jurisdiction root = root();
        LocalDate today = today();
        Summary summary = summaryOf(unit, store.of(unit.code(), period, today), period);
        List<Jurisdiction> breadcrumb = jurisdictions.lineage(unit).stream().filter(j -> root.contains(j.code())).toList();
        List<Row> children = children(unit.code(), figure, period);
        List<Office> offices = children.isEmpty() ? jurisdictions.officeOf(unit.code()).stream().toList() : List.of();
        Map<String, ItemSummary> itemIndex = catalogue.publishedSummaries().stream()
                .collect(Collectors.toMap(ItemSummary::code, Function.identity(), (a, b) -> a));
        Map<String, Figures> byItem = store.ofItems(unit.code(), period, today);
        boolean protect = summary.protectedLevel();
        List<Row> items = new ArrayList<>();
        Map<PolicyArea, Figures> byArea = new EnumMap<>(PolicyArea.class);
        byItem.forEach((itemCode, f) -> {
            ItemSummary item = itemIndex.get(itemCode);
            items.add(new Row(itemCode, item == null ? itemCode : item.nameZh(), item == null ? itemCode : item.nameEn(), false,
                    values(f, protect)));
            if (item != null) {
                byArea.merge(item.policyArea(), f, Figures::plus);
            }
        });
        List<Row> areas = new ArrayList<>();
        byArea.forEach((area, f) -> areas.add(new Row(area.name(), null, null, false, values(f, protect))));
        List<FigureStore.Day> days = store.trend(unit.code(), period);
        FigureValue submittedToday = FigureValue.of(Figure.SUBMITTED,
                store.of(unit.code(), new Period(today, today), today), summary.protectedLevel());
        return new Dashboard(summary, submittedToday, breadcrumb, figure, children, offices, ranked(items, figure), ranked(areas, figure),
                days, weeks(days), attention(store.overdueByItem(unit.code(), today, LIST_LIMIT), itemIndex, protect),
                attention(store.overdueRectificationsByItem(unit.code(), today, LIST_LIMIT), itemIndex, protect));
    }

    /**
     * The open cases behind a figure, a page at a time, for a stated purpose that is audited with
     * the jurisdiction and the figure. Only figures about cases open now can be listed.
     */
    public record CaseList(List<CaseRepresentation.Summary> cases, long total, boolean totalAtLeast) {
    }

    public CaseList cases(String code, Figure figure, String itemCode, String purpose, int first, int size) {
        FieldChecks checks = new FieldChecks();
        if (figure == null || !figure.listable()) {
            checks.problem("figure", "monitoring.cases.figure");
        }
        if (itemCode != null && !itemCode.isBlank() && !itemCode.strip().matches("[A-Za-z0-9-]{1,12}")) {
            checks.problem("item", "directives.item.unknown");
        }
        if (checks.required("purpose", purpose)) {
            checks.length("purpose", purpose.strip(), 10, 500);
        }
        checks.throwIfAny();
        Jurisdiction unit = visible(code);
        LegalClock.Card card = switch (figure) {
            case OVERDUE -> LegalClock.Card.RED;
            case YELLOW_NOW -> LegalClock.Card.YELLOW;
            default -> null;
        };
        String item = itemCode == null || itemCode.isBlank() ? null : itemCode.strip();
        Scope scope = currentUser.scope().narrowTo(unit);
        // the figures count undecided cases only: an approved case awaiting its certificate is neither overdue nor yellow
        var undecided = java.util.EnumSet.copyOf(Worklist.OPEN);
        undecided.remove(org.tongban.cases.entity.CaseStatus.APPROVED);
        CaseFiles.Page page = cases.worklist(scope, new Worklist(figure == Figure.OPEN ? null : undecided, item, card, null, null),
                currentUser.get().id(), today(), first, size);
        audit.record(AuditRecord.of("MONITORING_CASES_LISTED").subject("JURISDICTION", unit.code())
                .purpose(purpose.strip()).detail(figure.name() + (item == null ? "" : " " + item) + ": "
                        + page.cases().size() + " case(s) from row " + first));
        return new CaseList(caseDesk.summaries(page.cases()), page.total(), page.capped());
    }

    /** A period from the page or API: from and to as ISO dates, the last 30 days when both are absent. */
    public static Period period(String from, String to) {
        LocalDate today = today();
        if ((from == null || from.isBlank()) && (to == null || to.isBlank())) {
            return Period.lastDays(today, DEFAULT_DAYS);
        }
        FieldChecks checks = new FieldChecks();
        LocalDate start = parse(from, "from", checks);
        LocalDate end = to == null || to.isBlank() ? today : parse(to, "to", checks);
        checks.throwIfAny();
        if (start.isAfter(end)) {
            checks.problem("to", "monitoring.period.backwards");
        } else if (new Period(start, end).days() > Period.MAX_DAYS) {
            checks.problem("from", "monitoring.period.tooLong");
        }
        checks.throwIfAny();
        return new Period(start, end);
    }

    private static LocalDate parse(String text, String field, FieldChecks checks) {
        if (text == null || text.isBlank()) {
            checks.problem(field, "monitoring.period.date");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.getYear() < 2000 || date.getYear() > 2100) {
                checks.problem(field, "monitoring.period.date");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            checks.problem(field, "monitoring.period.date");
            return null;
        }
    }

    static LocalDate today() {
        return CaseClocks.today();
    }

    /** Small counts could point at a person below province level: prefectures, counties and their offices. */
    static boolean isProtected(Jurisdiction unit) {
        return unit.level() == Level.PREFECTURE || unit.level() == Level.COUNTY;
    }

    private Summary summaryOf(Jurisdiction unit, Figures figures, Period period) {
        boolean protect = isProtected(unit);
        return new Summary(unit, period, protect, values(figures, protect));
    }

    static Map<Figure, FigureValue> values(Figures figures, boolean protect) {
        Figures f = figures == null ? Figures.NONE : figures;
        Map<Figure, FigureValue> values = new EnumMap<>(Figure.class);
        for (Figure figure : Figure.values()) {
            values.put(figure, FigureValue.of(figure, f, protect));
        }
        return values;
    }

    static List<Row> ranked(List<Row> rows, Figure figure) {
        Comparator<Row> byValue = Comparator.comparingDouble(r -> r.value(figure).sortKey());
        return rows.stream().sorted((figure.higherIsBetter() ? byValue.reversed() : byValue).thenComparing(Row::code))
                .toList();
    }

    static List<Week> weeks(List<FigureStore.Day> days) {
        Map<LocalDate, long[]> weeks = new LinkedHashMap<>();
        for (FigureStore.Day d : days) {
            long[] w = weeks.computeIfAbsent(d.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), k -> new long[3]);
            w[0] += d.submitted();
            w[1] += d.decided();
            w[2] += d.onTime();
        }
        List<Week> result = new ArrayList<>();
        weeks.forEach((monday, w) -> result.add(new Week(monday, w[0], w[1], w[1] == 0 ? null : (double) w[2] / w[1])));
        return result;
    }

    private static List<Attention> attention(Map<String, Long> counts, Map<String, ItemSummary> items, boolean protect) {
        List<Attention> result = new ArrayList<>();
        counts.forEach((code, count) -> {
            ItemSummary item = items.get(code);
            boolean small = protect && count > 0 && count < Figure.SMALL_CELL;
            result.add(new Attention(code, item == null ? code : item.nameZh(), item == null ? code : item.nameEn(),
                    small ? null : count, small));
        });
        return result;
    }
}
