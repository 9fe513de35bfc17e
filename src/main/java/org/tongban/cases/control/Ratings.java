package org.tongban.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.tongban.cases.entity.CaseRating;
import org.tongban.cases.entity.Rectification;
import org.tongban.jurisdiction.entity.Scope;
import org.tongban.platform.control.Database;

/** Stores ratings and the rectification tasks bad ones open. */
@ApplicationScoped
public class Ratings {

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    public Optional<CaseRating> of(long caseId) {
        return Optional.ofNullable(em.find(CaseRating.class, caseId));
    }

    /** Stores a rating; answers false when the case was rated already (also by a concurrent request). */
    public boolean add(CaseRating rating) {
        int inserted = em.createNativeQuery("""
                        insert into case_rating (case_id, score, comment, rated_at) values (?1, ?2, ?3, ?4)
                        on conflict (case_id) do nothing""")
                .setParameter(1, rating.caseId())
                .setParameter(2, rating.score())
                .setParameter(3, rating.comment())
                .setParameter(4, java.sql.Timestamp.from(rating.ratedAt()))
                .executeUpdate();
        return inserted == 1;
    }

    public Rectification open(Rectification task) {
        em.persist(task);
        em.flush();
        return task;
    }

    public Optional<Rectification> rectificationOf(long caseId) {
        return em.createQuery("select r from Rectification r where r.caseId = :id", Rectification.class)
                .setParameter("id", caseId).getResultStream().findFirst();
    }

    /** A rectification in the scope, or nothing. */
    public Optional<Rectification> findVisible(Scope scope, long id) {
        return em.createQuery("select r from Rectification r where r.id = :id and r.jurisdictionCode like :pattern",
                        Rectification.class)
                .setParameter("id", id).setParameter("pattern", scope.codePattern())
                .getResultStream().findFirst();
    }

    /** A task with what its list shows of the case and the rating. */
    public record Listed(Rectification task, String trackingNumber, int score, String comment) {
    }

    /** Open tasks of a subtree by deadline, or the resolved ones newest first; one query for the page. */
    public List<Listed> of(Scope scope, boolean open, int first, int size) {
        List<Object[]> rows = em.createQuery("select r, c.trackingNumber, g.score, g.comment"
                        + " from Rectification r, CaseFile c, CaseRating g"
                        + " where c.id = r.caseId and g.caseId = r.caseId and r.jurisdictionCode like :pattern and "
                        + (open ? "r.resolvedAt is null order by r.dueOn, r.id" : "r.resolvedAt is not null order by r.resolvedAt desc"),
                        Object[].class)
                .setParameter("pattern", scope.codePattern())
                .setFirstResult(first).setMaxResults(size).getResultList();
        return rows.stream().map(row -> new Listed((Rectification) row[0], (String) row[1], ((Number) row[2]).intValue(),
                (String) row[3])).toList();
    }

    public long count(Scope scope, boolean open) {
        return em.createQuery("select count(r) from Rectification r where r.jurisdictionCode like :pattern and r.resolvedAt is "
                        + (open ? "null" : "not null"), Long.class)
                .setParameter("pattern", scope.codePattern()).getSingleResult();
    }

    public void flush() {
        em.flush();
    }
}
