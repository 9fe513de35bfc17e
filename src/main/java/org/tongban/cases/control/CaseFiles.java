package org.tongban.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.tongban.cases.entity.CaseFile;
import org.tongban.cases.entity.Worklist;
import org.tongban.jurisdiction.entity.Scope;
import org.tongban.platform.control.Database;

/** Stores cases and finds them only within a scope: one's own as a citizen, the subtree as staff. */
@ApplicationScoped
public class CaseFiles {

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    /** A page of cases; when {@code capped}, there are at least {@code total}. */
    public record Page(List<CaseFile> cases, long total, boolean capped) {

        public Page(List<CaseFile> cases, long total) {
            this(cases, total, false);
        }
    }

    /** A worklist stops counting here: an exact count over a whole country costs more than the page. */
    public static final int COUNT_CAP = 1_000;

    public Optional<CaseFile> findVisible(Scope scope, String trackingNumber) {
        return bound(em.createQuery("select c from CaseFile c where c.trackingNumber = :number and "
                        + visibility(scope), CaseFile.class), scope)
                .setParameter("number", trackingNumber)
                
                .getResultStream().findFirst();
    }

    public Optional<CaseFile> findVisibleById(Scope scope, long id) {
        return bound(em.createQuery("select c from CaseFile c where c.id = :id and " + visibility(scope), CaseFile.class), scope)
                .setParameter("id", id)
                
                .getResultStream().findFirst();
    }

    /** For the public progress lookup, which checks the applicant's name itself. */
    public Optional<CaseFile> findByTrackingNumber(String trackingNumber) {
        return em.createQuery("select c from CaseFile c where c.trackingNumber = :number", CaseFile.class)
                .setParameter("number", trackingNumber).getResultStream().findFirst();
    }

    public Optional<CaseFile> findByIdempotencyKey(long applicantId, String key) {
        return em.createQuery("select c from CaseFile c where c.applicantId = :applicant and c.idempotencyKey = :key",
                        CaseFile.class)
                .setParameter("applicant", applicantId)
                .setParameter("key", key)
                .getResultStream().findFirst();
    }

    /** Newest first, paged in the database. */
    public Page list(Scope scope, int first, int size) {
        List<CaseFile> cases = bound(em.createQuery("select c from CaseFile c where " + visibility(scope)
                        + " order by c.submittedAt desc, c.id desc", CaseFile.class), scope)
                
                // the clock of each listed case needs its transitions: one batch for the page, not one query per case
                .setHint("eclipselink.batch", "c.transitions")
                .setHint("eclipselink.batch.type", "IN")
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
        return new Page(cases, count(scope));
    }

    /**
     * Staff's cases filtered and ordered in the database; the card is read from the marks kept on
     * each case, so no clock is computed to filter or sort.
     */
    public Page worklist(Scope scope, Worklist filter, Long reader, java.time.LocalDate today, int first, int size) {
        StringBuilder where = new StringBuilder(" where " + visibility(scope) + " and c.status in :statuses");
        if (filter.itemCode() != null) {
            where.append(" and c.itemCode = :item");
        }
        if (filter.card() != null) {
            where.append(switch (filter.card()) {
                case RED -> " and c.dueOn < :today";
                case YELLOW -> " and c.yellowOn <= :today and (c.dueOn is null or c.dueOn >= :today)";
                case GREEN -> " and (c.yellowOn is null or c.yellowOn > :today) and (c.dueOn is null or c.dueOn >= :today)";
            });
        }
        if (filter.flag() != null) {
            where.append(switch (filter.flag()) {
                case MINE -> " and c.assigneeId = :reader";
                case UNASSIGNED -> " and c.assigneeId is null";
                case SUPPLIED -> " and c.suppliedAt is not null";
                case EXTENDED -> " and c.extensionDays is not null";
                case ENTERPRISE -> " and c.enterpriseCode is not null";
            });
        }
        String order = filter.order() == Worklist.Order.URGENT
                ? " order by c.dueOn asc nulls last, c.id asc" : " order by c.submittedAt desc, c.id desc";
        var list = em.createQuery("select c from CaseFile c" + where + order, CaseFile.class);
        var count = em.createQuery("select c.id from CaseFile c" + where, Long.class);
        for (var query : List.of(list, count)) {
            bound(query, scope);
            query.setParameter("statuses", filter.statuses());
            if (filter.itemCode() != null) {
                query.setParameter("item", filter.itemCode());
            }
            if (filter.card() != null) {
                query.setParameter("today", today);
            }
            if (filter.flag() == Worklist.Flag.MINE) {
                query.setParameter("reader", reader);
            }
        }
        int counted = count.setMaxResults(COUNT_CAP + 1).getResultList().size();
        return new Page(list.setFirstResult(first).setMaxResults(size).getResultList(), Math.min(counted, COUNT_CAP),
                counted > COUNT_CAP);
    }

    /** Marks the clocks of a subtree's open cases to be computed again (after a change to their calendar). */
    public int markStale(String pattern) {
        return em.createQuery("update CaseFile c set c.marksStale = true where c.jurisdictionCode like :pattern"
                        + " and c.status in :open")
                .setParameter("pattern", pattern)
                .setParameter("open", Worklist.OPEN)
                .executeUpdate();
    }

    /**
     * Stores recomputed marks without touching the case's version, so a clerk acting at the same
     * moment is not told the case changed; a case changed meanwhile keeps the marks its change set.
     */
    public void storeMarks(CaseFile c, org.tongban.cases.entity.LegalClock.Marks marks) {
        boolean open = c.status().inProgress();
        em.createNativeQuery("update case_file set due_on = cast(?1 as date), yellow_on = cast(?2 as date), marks_stale = false"
                        + " where id = ?3 and version = ?4")
                .setParameter(1, open ? marks.deadline() : null)
                .setParameter(2, open ? marks.yellowFrom() : null)
                .setParameter(3, c.id())
                .setParameter(4, c.version())
                .executeUpdate();
    }

    /** A batch of cases whose clock marks are stale, with their transitions. */
    public List<CaseFile> stale(int batch) {
        return em.createQuery("select c from CaseFile c where c.marksStale = true order by c.id", CaseFile.class)
                .setHint("eclipselink.batch", "c.transitions")
                .setHint("eclipselink.batch.type", "IN")
                .setMaxResults(batch)
                .getResultList();
    }

    /** How many open cases an item has: what a revision of the item would affect. */
    public long openOf(String itemCode) {
        return em.createQuery("select count(c) from CaseFile c where c.itemCode = :item and c.status in :open", Long.class)
                .setParameter("item", itemCode).setParameter("open", Worklist.OPEN).getSingleResult();
    }

    public long count(Scope scope) {
        return bound(em.createQuery("select count(c) from CaseFile c where " + visibility(scope), Long.class), scope)
                
                .getSingleResult();
    }

    public CaseFile add(CaseFile caseFile) {
        em.persist(caseFile);
        em.flush();
        return caseFile;
    }

    public void flush() {
        em.flush();
    }

    /**
     * Staff see their subtree, a citizen their own applications, nobody else anything: one condition
     * per kind of scope, each one an index can serve. A county matches by equality, so its cases come
     * from the index in deadline order; the whole country needs no condition at all, which leaves the
     * planner the deadline index.
     */
    private static String visibility(Scope scope) {
        return switch (scope.kind()) {
            case EVERYTHING -> "c.id is not null";
            case SUBTREE -> scope.singleJurisdiction() ? "c.jurisdictionCode = :scope" : "c.jurisdictionCode like :scope";
            case OWN_RECORDS -> "c.applicantId = :scope";
            case NOTHING -> "c.trackingNumber = :scope";
        };
    }

    /** Sets the value {@link #visibility} compares with, where it has one. */
    private static <Q extends jakarta.persistence.Query> Q bound(Q query, Scope scope) {
        switch (scope.kind()) {
            case EVERYTHING -> {
                // no condition, nothing to bind
            }
            case SUBTREE -> query.setParameter("scope", scope.singleJurisdiction() ? scope.codePrefix() : scope.codePattern());
            case OWN_RECORDS -> query.setParameter("scope", scope.accountId());
            case NOTHING -> query.setParameter("scope", "-");
        }
        return query;
    }
}
