package org.tongban.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tongban.catalogue.entity.ItemSummary;
import org.tongban.catalogue.entity.ItemVersion;
import org.tongban.catalogue.entity.PolicyArea;
import org.tongban.catalogue.entity.VersionStatus;
import org.tongban.platform.control.Database;

/** Reads the national items in force: their published versions, searched and paged in the database. */
@ApplicationScoped
public class NationalCatalogue {

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    public record Page(List<ItemVersion> items, long total) {
    }

    public record SummaryPage(List<ItemSummary> items, long total) {
    }

    /**
     * Like {@link #search}, but reads only the columns a result list shows: one query for the page
     * and one for the count, whatever the number of materials and fields.
     */
    /** How long the list of items in force is kept before it is read again (names change only on publication). */
    static final long SUMMARIES_MILLIS = 60_000;

    private volatile List<ItemSummary> summaries;
    private volatile long summariesRead;

    /**
     * Every item in force, in code order, kept for a minute: lists of cases name their items from it
     * instead of asking the database on every page. A publication here forgets it at once; other
     * instances of the portal see a new name within the minute.
     */
    public List<ItemSummary> publishedSummaries() {
        List<ItemSummary> kept = summaries;
        if (kept == null || System.currentTimeMillis() - summariesRead > SUMMARIES_MILLIS) {
            kept = searchSummaries(null, null, 0, 10_000).items();
            summaries = kept;
            summariesRead = System.currentTimeMillis();
        }
        return kept;
    }

    /** Forgets the kept list of items in force, after a publication. */
    public void forgetSummaries() {
        summaries = null;
    }

    public SummaryPage searchSummaries(String words, PolicyArea area, int first, int size) {
        String text = org.tongban.platform.control.FieldChecks.searchText(words, 50);
        String where = where(text, area);
        List<ItemSummary> items = bind(em.createQuery("""
                        select new org.tongban.catalogue.entity.ItemSummary(i.code, i.category, i.policyArea, v.version,
                               v.nameZh, v.nameEn, v.handlingLevel, v.statutoryLimitDays, v.feeFen)
                        from ItemVersion v join v.item i""" + where + " order by i.code", ItemSummary.class), text, area)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
        long total = bind(em.createQuery("select count(v) from ItemVersion v join v.item i" + where, Long.class), text, area)
                .getSingleResult();
        return new SummaryPage(items, total);
    }

    private static String where(String text, PolicyArea area) {
        return " where v.status = :published"
                + (text == null ? "" : " and (lower(v.nameZh) like :text or lower(v.nameEn) like :text or lower(i.code) like :text)")
                + (area == null ? "" : " and i.policyArea = :area");
    }

    public Optional<ItemVersion> findPublished(String code) {
        return em.createQuery("select v from ItemVersion v where v.item.code = :code and v.status = :published",
                        ItemVersion.class)
                .setParameter("code", code)
                .setParameter("published", VersionStatus.PUBLISHED)
                .getResultStream().findFirst();
    }

    /** Published items whose code, Chinese or English name contains the words, optionally in one area. */
    public Page search(String words, PolicyArea area, int first, int size) {
        String text = org.tongban.platform.control.FieldChecks.searchText(words, 50);
        String where = " where v.status = :published"
                + (text == null ? "" : " and (lower(v.nameZh) like :text or lower(v.nameEn) like :text or lower(v.item.code) like :text)")
                + (area == null ? "" : " and v.item.policyArea = :area");
        TypedQuery<ItemVersion> query = bind(em.createQuery("select v from ItemVersion v" + where + " order by v.item.code",
                ItemVersion.class), text, area)
                .setHint("eclipselink.batch", "v.materials")
                .setHint("eclipselink.batch", "v.fields")
                .setHint("eclipselink.batch.type", "IN")
                .setFirstResult(first)
                .setMaxResults(size);
        long total = bind(em.createQuery("select count(v) from ItemVersion v" + where, Long.class), text, area)
                .getSingleResult();
        return new Page(query.getResultList(), total);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, String text, PolicyArea area) {
        query.setParameter("published", VersionStatus.PUBLISHED);
        if (text != null) {
            query.setParameter("text", "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (area != null) {
            query.setParameter("area", area);
        }
        return query;
    }
}
