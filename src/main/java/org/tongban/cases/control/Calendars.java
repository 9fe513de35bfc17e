package org.tongban.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tongban.cases.entity.CalendarDay;
import org.tongban.cases.entity.DayKind;
import org.tongban.cases.entity.WorkingCalendar;
import org.tongban.jurisdiction.control.Jurisdictions;
import org.tongban.jurisdiction.entity.Jurisdiction;
import org.tongban.platform.control.Database;

/** The working-day calendars: national days, each jurisdiction's own days off, the published years. */
@ApplicationScoped
public class Calendars {

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    @Inject
    Jurisdictions jurisdictions;

    /** The calendar that counts for cases decided in a jurisdiction: the nation's days and those of its lineage. */
    public WorkingCalendar of(Jurisdiction jurisdiction) {
        List<String> lineage = jurisdictions.lineage(jurisdiction).stream().map(Jurisdiction::code).toList();
        List<CalendarDay> national = days(List.of(Jurisdiction.NATION_CODE), null);
        List<CalendarDay> local = days(lineage.stream().filter(c -> !c.equals(Jurisdiction.NATION_CODE)).toList(), null);
        return new WorkingCalendar(national, local, publishedYears());
    }

    /** The listed days of a year in a jurisdiction's calendar, national and local. */
    public List<CalendarDay> listed(Jurisdiction jurisdiction, int year) {
        List<String> lineage = jurisdictions.lineage(jurisdiction).stream().map(Jurisdiction::code).toList();
        return days(lineage, year);
    }

    /** The days a jurisdiction lists itself in a year (the nation's for the nation). */
    public List<CalendarDay> listedBy(String jurisdictionCode, int year) {
        return days(List.of(jurisdictionCode), year);
    }

    public Set<Integer> publishedYears() {
        List<?> years = em.createNativeQuery("select year from calendar_year").getResultList();
        return new HashSet<>(years.stream().map(y -> ((Number) y).intValue()).toList());
    }

    /** Lists a day in a jurisdiction's calendar, replacing what was listed for it before. */
    public void list(String jurisdictionCode, CalendarDay day) {
        em.createNativeQuery("""
                        insert into calendar_day (jurisdiction_code, day, kind, name_zh, name_en) values (?1, ?2, ?3, ?4, ?5)
                        on conflict (jurisdiction_code, day) do update
                        set kind = excluded.kind, name_zh = excluded.name_zh, name_en = excluded.name_en""")
                .setParameter(1, jurisdictionCode)
                .setParameter(2, Date.valueOf(day.day()))
                .setParameter(3, day.kind().name())
                .setParameter(4, day.nameZh())
                .setParameter(5, day.nameEn())
                .executeUpdate();
    }

    public boolean unlist(String jurisdictionCode, LocalDate day) {
        return em.createNativeQuery("delete from calendar_day where jurisdiction_code = ?1 and day = ?2")
                .setParameter(1, jurisdictionCode)
                .setParameter(2, Date.valueOf(day))
                .executeUpdate() > 0;
    }

    /** Records that a year's national arrangements are published and complete. */
    public void publish(int year, String source) {
        em.createNativeQuery("""
                        insert into calendar_year (year, source, published_at) values (?1, ?2, current_date)
                        on conflict (year) do update set source = excluded.source, published_at = excluded.published_at""")
                .setParameter(1, year)
                .setParameter(2, source)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<CalendarDay> days(List<String> jurisdictionCodes, Integer year) {
        if (jurisdictionCodes.isEmpty()) {
            return List.of();
        }
        String codes = String.join(",", jurisdictionCodes.stream().map(c -> "'" + c.replaceAll("[^0-9]", "") + "'").toList());
        // the codes are digits only (checked above), so they can stand in the statement itself
        var query = em.createNativeQuery("select day, kind, name_zh, name_en from calendar_day where jurisdiction_code in ("
                + codes + ")" + (year == null ? "" : " and day >= ?1 and day < ?2") + " order by day");
        if (year != null) {
            query.setParameter(1, Date.valueOf(LocalDate.of(year, 1, 1))).setParameter(2, Date.valueOf(LocalDate.of(year + 1, 1, 1)));
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new CalendarDay(((Date) r[0]).toLocalDate(), DayKind.valueOf((String) r[1]),
                (String) r[2], (String) r[3])).toList();
    }
}
