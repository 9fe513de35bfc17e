package org.tongban.cases.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tongban.cases.control.CaseClocks;
import org.tongban.cases.entity.CalendarDay;
import org.tongban.jurisdiction.control.Jurisdictions;
import org.tongban.jurisdiction.entity.Jurisdiction;
import org.tongban.platform.boundary.FacesMessages;
import org.tongban.platform.boundary.LanguageBacking;
import org.tongban.platform.control.BusinessException;

/**
 * clerk/calendar.xhtml: the days one's own calendar lists: the nation's for central staff (public
 * holidays and make-up working days, as the State Council publishes them), a jurisdiction's extra
 * days off for its supervisors. Every change moves the deadlines of the open cases it touches.
 */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CalendarDesk desk;

    @Inject
    transient Jurisdictions jurisdictions;

    @Inject
    transient LanguageBacking language;

    private int year = CaseClocks.today().getYear();
    private LocalDate day;
    private String kind = "HOLIDAY";
    private String nameZh;
    private String nameEn;
    private transient List<CalendarDay> days;

    public List<CalendarDay> getDays() {
        if (days == null) {
            days = desk.ownDays(year);
        }
        return days;
    }

    public void add() {
        try {
            desk.list(day, kind, nameZh, nameEn);
            FacesMessages.info("calendar.page.saved");
            day = null;
            nameZh = null;
            nameEn = null;
        } catch (BusinessException refused) {
            FacesMessages.show(refused, Map.of("date", "calendar:day", "kind", "calendar:kind", "nameZh", "calendar:nameZh",
                    "nameEn", "calendar:nameEn"));
        }
        days = null;
    }

    public void remove(LocalDate listed) {
        desk.unlist(listed);
        FacesMessages.info("calendar.page.removed");
        days = null;
    }

    public boolean isNational() {
        return Jurisdiction.NATION_CODE.equals(desk.ownCalendarCode());
    }

    public String getCalendarName() {
        return jurisdictions.find(desk.ownCalendarCode()).map(j -> jurisdictions.fullName(j, language.getLocale())).orElse("");
    }

    public List<Integer> getYears() {
        int now = CaseClocks.today().getYear();
        return List.of(now - 1, now, now + 1);
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
        this.days = null;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }
}
