package org.tongban.monitoring.boundary;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.tongban.cases.boundary.CaseRepresentation;
import org.tongban.jurisdiction.control.OutOfScopeException;
import org.tongban.jurisdiction.entity.Jurisdiction;
import org.tongban.jurisdiction.entity.Level;
import org.tongban.jurisdiction.entity.TileGrid;
import org.tongban.monitoring.control.Figure;
import org.tongban.monitoring.control.FigureStore;
import org.tongban.monitoring.control.MonitoringNotAllowedException;
import org.tongban.monitoring.control.Period;
import org.tongban.platform.boundary.FacesMessages;
import org.tongban.platform.boundary.LanguageBacking;
import org.tongban.platform.boundary.PageTimes;
import org.tongban.platform.control.BusinessException;

/**
 * clerk/dashboard.xhtml: the figures of one jurisdiction for a period, its children on a map and
 * ranked, its items and policy areas, trends, and what needs attention. Bookmarkable by
 * jurisdiction, figure and period; refreshed in place when the server says figures changed.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int LISTED = 50;
    /** Beyond this many days the trend is drawn by week. */
    static final int DAILY_UP_TO = 62;

    @Inject
    transient MonitoringDesk desk;

    @Inject
    transient LanguageBacking language;

    private String jurisdiction;
    private String figure = Figure.OVERDUE.key();
    private String from;
    private String to;
    private boolean allowed = true;
    private transient MonitoringDesk.Dashboard dashboard;
    private String updatedAt;

    private String listFigure;
    private String listItem;
    private String purpose;
    private List<CaseRepresentation.Summary> listed;
    private long listedTotal;
    private boolean listedAtLeast;

    public void load() {
        try {
            Period period = MonitoringDesk.period(from, to);
            from = period.from().toString();
            to = period.to().toString();
            read(period);
            jurisdiction = dashboard.summary().jurisdiction().code();
        } catch (MonitoringNotAllowedException | EJBAccessException refused) {
            allowed = false;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
        } catch (OutOfScopeException | EJBException notVisible) {
            FacesMessages.notFound();
        } catch (BusinessException invalid) {
            FacesMessages.show(invalid, Map.of("from", "period:from", "to", "period:to"));
            from = null;
            to = null;
            try {
                read(MonitoringDesk.period(null, null));
            } catch (OutOfScopeException notVisible) {
                FacesMessages.notFound();
            }
        }
    }

    /** Called by the page when the server says figures changed: read them again, nothing else. */
    public void refresh() {
        if (allowed && dashboard != null) {
            read(MonitoringDesk.period(from, to));
        }
    }

    private void read(Period period) {
        Figure by = Figure.parse(figure).orElse(Figure.OVERDUE);
        figure = by.key();
        dashboard = desk.dashboard(jurisdiction, by, period);
        updatedAt = PageTimes.timeOfDay(java.time.Instant.now());
    }

    /** Period shortcuts: the last n days up to today. */
    public String lastDays(int days) {
        LocalDate today = MonitoringDesk.today();
        from = today.minusDays(days - 1L).toString();
        to = today.toString();
        return "/clerk/dashboard?faces-redirect=true&includeViewParams=true";
    }

    public String show() {
        return "/clerk/dashboard?faces-redirect=true&includeViewParams=true";
    }

    public MonitoringDesk.Dashboard getDashboard() {
        if (dashboard == null && allowed && jurisdiction != null) {
            read(MonitoringDesk.period(from, to));
        }
        return dashboard;
    }

    public String name(Jurisdiction j) {
        return j.name(language.getLocale());
    }

    public String name(MonitoringDesk.Row row) {
        if (row.nameZh() == null) {
            return FacesMessages.text("area." + row.code());
        }
        return language.isEnglish() && row.nameEn() != null ? row.nameEn() : row.nameZh();
    }

    public String name(MonitoringDesk.Attention a) {
        return language.isEnglish() && a.nameEn() != null ? a.nameEn() : a.nameZh();
    }

    public List<Figure> getFigures() {
        return Arrays.asList(Figure.values());
    }

    /** The headline figures, in reading order. */
    public List<FigureValue> getHeadline() {
        return Arrays.stream(Figure.values()).map(f -> getDashboard().summary().figures().get(f)).toList();
    }

    public Figure getChosen() {
        return Figure.parse(figure).orElse(Figure.OVERDUE);
    }

    public String label(Figure f) {
        return FacesMessages.text("monitoring.figure." + f.key());
    }

    /** A figure as a person reads it: "&lt;5" when withheld, a dash when there is nothing to compute. */
    public String display(FigureValue v) {
        if (v == null) {
            return "—";
        }
        if (v.suppressed()) {
            return "<" + Figure.SMALL_CELL;
        }
        if (v.value() == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(language.getLocale());
        return switch (v.figure().kind()) {
            case COUNT -> format.format(v.value().longValue());
            case RATE -> rate(v.value());
            case DAYS, SCORE -> {
                format.setMaximumFractionDigits(1);
                format.setMinimumFractionDigits(1);
                yield format.format(v.value());
            }
        };
    }

    public String count(Long n) {
        return n == null ? "<" + Figure.SMALL_CELL : NumberFormat.getIntegerInstance(language.getLocale()).format(n);
    }

    /** One square of the map: a province where it lies, or a child jurisdiction in code order below. */
    public record Tile(String code, String name, String value, String style, int shade) {
    }

    public List<Tile> getTiles() {
        var d = getDashboard();
        Figure chosen = getChosen();
        List<MonitoringDesk.Row> rows = d.children();
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (var r : rows) {
            Double v = r.value(chosen).value();
            if (v != null) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        boolean provinces = d.summary().jurisdiction().level() == Level.NATION;
        List<Tile> tiles = new ArrayList<>();
        for (var r : rows.stream().sorted(java.util.Comparator.comparing(MonitoringDesk.Row::code)).toList()) {
            Double v = r.value(chosen).value();
            int shade = 0;
            if (v != null && max > min) {
                int level = (int) Math.round(4 * (v - min) / (max - min));
                shade = chosen.higherIsBetter() ? 4 - level : level;
            }
            tiles.add(new Tile(r.code(), name(r), display(r.value(chosen)),
                    provinces ? TileGrid.placement(r.code()).orElse("") : "", shade));
        }
        return tiles;
    }

    public boolean isProvinceMap() {
        return getDashboard().summary().jurisdiction().level() == Level.NATION;
    }

    /** A bar of the trend chart. */
    public record Bar(String label, long submitted, long decided, String height, String title) {
    }

    public List<Bar> getBars() {
        var d = getDashboard();
        boolean daily = d.days().size() <= DAILY_UP_TO;
        List<Bar> bars = new ArrayList<>();
        if (daily) {
            long max = d.days().stream().mapToLong(FigureStore.Day::submitted).max().orElse(0);
            for (var day : d.days()) {
                bars.add(bar(day.day(), day.submitted(), day.decided(), max));
            }
        } else {
            long max = d.weeks().stream().mapToLong(MonitoringDesk.Week::submitted).max().orElse(0);
            for (var week : d.weeks()) {
                bars.add(bar(week.monday(), week.submitted(), week.decided(), max));
            }
        }
        return bars;
    }

    public boolean isDailyTrend() {
        return getDashboard().days().size() <= DAILY_UP_TO;
    }

    private Bar bar(LocalDate day, long submitted, long decided, long max) {
        String height = "height:" + (max == 0 ? 0 : Math.max(1, Math.round(100.0 * submitted / max))) + "%";
        String label = day.getMonthValue() + "/" + day.getDayOfMonth();
        return new Bar(label, submitted, decided, height, label + ": " + FacesMessages.text("monitoring.trend.bar", submitted, decided));
    }

    /** A share as a percentage with one decimal, in the reader's language. */
    public String rate(Double share) {
        if (share == null) {
            return "—";
        }
        NumberFormat percent = NumberFormat.getPercentInstance(language.getLocale());
        percent.setMaximumFractionDigits(1);
        return percent.format(share);
    }

    public boolean isProtectedLevel() {
        return getDashboard().summary().protectedLevel();
    }

    // the cases behind a figure

    public void openList(String figureKey, String itemCode) {
        listFigure = figureKey;
        listItem = itemCode;
        listed = null;
        listedTotal = 0;
    }

    public void listCases() {
        try {
            var list = desk.cases(jurisdiction, Figure.parse(listFigure).orElse(null), listItem, purpose, 0, LISTED);
            listed = list.cases();
            listedTotal = list.total();
            listedAtLeast = list.totalAtLeast();
        } catch (BusinessException refused) {
            FacesMessages.show(refused, Map.of("purpose", "cases:purpose", "figure", "cases:purpose"));
        }
    }

    public String getListTitle() {
        return Figure.parse(listFigure).map(this::label).orElse("");
    }

    public boolean isListable(Figure f) {
        return f.listable();
    }

    // view parameters and fields

    public boolean isAllowed() {
        return allowed;
    }

    public String getUpdatedAt() {
        return updatedAt;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(String jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public String getFigure() {
        return figure;
    }

    public void setFigure(String figure) {
        this.figure = figure;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public List<CaseRepresentation.Summary> getListed() {
        return listed;
    }

    public long getListedTotal() {
        return listedTotal;
    }

    /** The count stopped at its cap: there are at least this many. */
    public boolean isListedAtLeast() {
        return listedAtLeast;
    }
}
