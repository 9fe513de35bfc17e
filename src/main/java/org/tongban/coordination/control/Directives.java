package org.tongban.coordination.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongban.coordination.entity.Directive;
import org.tongban.coordination.entity.DirectiveRecipient;
import org.tongban.platform.control.Database;

/** Stores directives and their recipients; lists them a page at a time, with progress counted per page. */
@ApplicationScoped
public class Directives {

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    /** How far the recipients of a directive have got. */
    public record Progress(long recipients, long acknowledged, long completed) {

        public static final Progress NONE = new Progress(0, 0, 0);
    }

    public Directive send(Directive directive, Collection<String> recipients) {
        em.persist(directive);
        em.flush();
        recipients.forEach(code -> em.persist(new DirectiveRecipient(directive.id(), code)));
        em.flush();
        return directive;
    }

    public Optional<Directive> findSent(long senderId, String idempotencyKey) {
        return em.createQuery("select d from Directive d where d.senderId = :sender and d.idempotencyKey = :key", Directive.class)
                .setParameter("sender", senderId).setParameter("key", idempotencyKey).getResultStream().findFirst();
    }

    public Optional<Directive> find(long id) {
        return Optional.ofNullable(em.find(Directive.class, id));
    }

    public List<DirectiveRecipient> recipients(long directiveId) {
        return em.createQuery("select r from DirectiveRecipient r where r.directiveId = :id order by r.jurisdictionCode",
                DirectiveRecipient.class).setParameter("id", directiveId).getResultList();
    }

    /** The recipient row, locked against a second supervisor of the same office at the same moment. */
    public Optional<DirectiveRecipient> recipientForUpdate(long directiveId, String jurisdictionCode) {
        return Optional.ofNullable(em.find(DirectiveRecipient.class, new DirectiveRecipient.Key(directiveId, jurisdictionCode),
                LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<DirectiveRecipient> recipient(long directiveId, String jurisdictionCode) {
        return Optional.ofNullable(em.find(DirectiveRecipient.class, new DirectiveRecipient.Key(directiveId, jurisdictionCode)));
    }

    /** Directives sent from a jurisdiction's office, newest first. */
    public List<Directive> sentFrom(String jurisdictionCode, int first, int size) {
        return em.createQuery("select d from Directive d where d.senderJurisdiction = :code order by d.sentAt desc, d.id desc",
                Directive.class).setParameter("code", jurisdictionCode).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long countSentFrom(String jurisdictionCode) {
        return em.createQuery("select count(d) from Directive d where d.senderJurisdiction = :code", Long.class)
                .setParameter("code", jurisdictionCode).getSingleResult();
    }

    /** Directives to a jurisdiction's office, newest first, each with that office's own part. */
    public List<Object[]> receivedBy(String jurisdictionCode, int first, int size) {
        return em.createQuery("select d, r from Directive d, DirectiveRecipient r where r.directiveId = d.id"
                        + " and r.jurisdictionCode = :code order by d.id desc", Object[].class)
                .setParameter("code", jurisdictionCode).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long countReceivedBy(String jurisdictionCode) {
        return em.createQuery("select count(r) from DirectiveRecipient r where r.jurisdictionCode = :code", Long.class)
                .setParameter("code", jurisdictionCode).getSingleResult();
    }

    /** Progress of each of these directives, in one query. */
    public Map<Long, Progress> progress(Collection<Long> directiveIds) {
        Map<Long, Progress> result = new HashMap<>();
        if (directiveIds.isEmpty()) {
            return result;
        }
        em.createQuery("select r.directiveId, count(r), count(r.acknowledgedAt), count(r.completedAt)"
                        + " from DirectiveRecipient r where r.directiveId in :ids group by r.directiveId", Object[].class)
                .setParameter("ids", directiveIds).getResultList()
                .forEach(r -> result.put((Long) r[0], new Progress(((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue())));
        return result;
    }
}
