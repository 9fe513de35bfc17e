package org.tongban.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.tongban.cases.entity.CaseDraft;
import org.tongban.platform.control.Database;

/** Drafts, one per applicant and item, found only by their applicant. */
@ApplicationScoped
public class Drafts {

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    public Optional<CaseDraft> of(long applicantId, String itemCode) {
        return em.createQuery("select d from CaseDraft d where d.applicantId = :a and d.itemCode = :item", CaseDraft.class)
                .setParameter("a", applicantId).setParameter("item", itemCode).getResultStream().findFirst();
    }

    public Optional<CaseDraft> findOwn(long applicantId, long id) {
        CaseDraft d = em.find(CaseDraft.class, id);
        return d != null && d.applicantId().equals(applicantId) ? Optional.of(d) : Optional.empty();
    }

    public List<CaseDraft> all(long applicantId) {
        return em.createQuery("select d from CaseDraft d where d.applicantId = :a order by d.updatedAt desc", CaseDraft.class)
                .setParameter("a", applicantId).getResultList();
    }

    /** Opens a draft, or the one that exists (also when another tab opened it a moment ago). */
    public CaseDraft open(long applicantId, String itemCode, String regionCode) {
        em.createNativeQuery("""
                        insert into case_draft (applicant_id, item_code, region_code, idempotency_key, updated_at)
                        values (?1, ?2, ?3, ?4, now()) on conflict (applicant_id, item_code) do nothing""")
                .setParameter(1, applicantId).setParameter(2, itemCode).setParameter(3, regionCode)
                .setParameter(4, "draft-" + java.util.UUID.randomUUID())
                .executeUpdate();
        return of(applicantId, itemCode).orElseThrow();
    }

    public void remove(CaseDraft draft) {
        em.remove(em.contains(draft) ? draft : em.merge(draft));
    }

    public void flush() {
        em.flush();
    }
}
