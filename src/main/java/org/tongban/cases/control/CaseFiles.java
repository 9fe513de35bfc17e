package org.tongban.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.tongban.cases.entity.CaseFile;
import org.tongban.jurisdiction.entity.Scope;
import org.tongban.platform.control.Database;

/** Stores cases and finds them only within a scope: one's own as a citizen, the subtree as staff. */
@ApplicationScoped
public class CaseFiles {

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    public record Page(List<CaseFile> cases, long total) {
    }

    public Optional<CaseFile> findVisible(Scope scope, String trackingNumber) {
        return em.createQuery("select c from CaseFile c where c.trackingNumber = :number and "
                        + visibility("c"), CaseFile.class)
                .setParameter("number", trackingNumber)
                .setParameter("pattern", scope.codePattern())
                .setParameter("account", scope.accountId() == null ? -1L : scope.accountId())
                .getResultStream().findFirst();
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
        List<CaseFile> cases = em.createQuery("select c from CaseFile c where " + visibility("c")
                        + " order by c.submittedAt desc, c.id desc", CaseFile.class)
                .setParameter("pattern", scope.codePattern())
                .setParameter("account", scope.accountId() == null ? -1L : scope.accountId())
                // the clock of each listed case needs its transitions: one batch for the page, not one query per case
                .setHint("eclipselink.batch", "c.transitions")
                .setHint("eclipselink.batch.type", "IN")
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
        return new Page(cases, count(scope));
    }

    public long count(Scope scope) {
        return em.createQuery("select count(c) from CaseFile c where " + visibility("c"), Long.class)
                .setParameter("pattern", scope.codePattern())
                .setParameter("account", scope.accountId() == null ? -1L : scope.accountId())
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

    /** Staff see their subtree; a citizen their own applications; nobody else anything. */
    private static String visibility(String alias) {
        return "(" + alias + ".jurisdictionCode like :pattern or " + alias + ".applicantId = :account)";
    }
}
