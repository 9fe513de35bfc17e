package org.tongban.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.tongban.audit.entity.AuditRecord;
import org.tongban.audit.entity.ChainVerification;
import org.tongban.platform.control.ClientAddress;
import org.tongban.platform.control.Database;

/**
 * The one way to write the audit log. {@link #record} joins the caller's transaction;
 * {@link #recordIndependently} commits on its own, for refusals and failures whose transaction
 * rolls back. The actor is whoever is signed in, unless the caller names one (sign-in attempts).
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    @Inject
    Instance<ActorSource> actorSource;

    @Inject
    Instance<HttpServletRequest> request;

    @Inject
    ClientAddress clientAddress;

    @Transactional(Transactional.TxType.REQUIRED)
    public void record(AuditRecord entry) {
        insert(currentActor(), entry);
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void record(Actor actor, AuditRecord entry) {
        insert(actor, entry);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordIndependently(AuditRecord entry) {
        insert(currentActor(), entry);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordIndependently(Actor actor, AuditRecord entry) {
        insert(actor, entry);
    }

    /** Recomputes the whole chain in the database. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChainVerification verify() {
        Object[] row = (Object[]) em.createNativeQuery("""
                        select c.entries, c.first_broken_seq, c.last_seq,
                               (select hash from audit_entry where seq = c.last_seq)
                        from audit_chain_check c""")
                .getSingleResult();
        long entries = ((Number) row[0]).longValue();
        Long firstBroken = row[1] == null ? null : ((Number) row[1]).longValue();
        Long last = row[2] == null ? null : ((Number) row[2]).longValue();
        return new ChainVerification(entries, firstBroken == null, firstBroken, last, (String) row[3], Instant.now());
    }

    private void insert(Actor actor, AuditRecord entry) {
        em.createNativeQuery("""
                        insert into audit_entry (actor, actor_role, actor_jurisdiction, action, subject_type, subject_id,
                                                 purpose, client_address, outcome, detail)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)""")
                .setParameter(1, cut(actor.name(), 64))
                .setParameter(2, cut(actor.role(), 40))
                .setParameter(3, actor.jurisdictionCode())
                .setParameter(4, entry.action())
                .setParameter(5, entry.subjectType())
                .setParameter(6, cut(entry.subjectId(), 100))
                .setParameter(7, cut(entry.purpose(), 500))
                .setParameter(8, clientAddress())
                .setParameter(9, entry.outcome().name())
                .setParameter(10, cut(entry.detail(), 1000))
                .executeUpdate();
    }

    private Actor currentActor() {
        try {
            return actorSource.isResolvable() ? actorSource.get().currentActor() : Actor.ANONYMOUS;
        } catch (ContextNotActiveException e) {
            return Actor.SYSTEM;
        }
    }

    private String clientAddress() {
        try {
            return request.isResolvable() ? clientAddress.of(request.get()) : null;
        } catch (RuntimeException e) {
            return null; // no HTTP request behind this work (start-up, timers)
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
