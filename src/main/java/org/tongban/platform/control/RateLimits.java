package org.tongban.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Fixed-window counters in the database, shared by every instance: a key may be used so many
 * times per window. For public lookups that must not be used to guess.
 */
@ApplicationScoped
public class RateLimits {

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    /**
     * Counts one use of a key; answers whether it is still within {@code max} uses in the current
     * window. The count is committed on its own, so a request that fails afterwards still counts.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean admit(String key, int max, int windowSeconds) {
        Number hits = (Number) em.createNativeQuery("""
                        insert into rate_limit as r (limit_key, hits, window_start) values (?1, 1, now())
                        on conflict (limit_key) do update set
                            hits = case when r.window_start < now() - make_interval(secs => ?2) then 1 else r.hits + 1 end,
                            window_start = case when r.window_start < now() - make_interval(secs => ?2) then now()
                                                else r.window_start end
                        returning hits""")
                .setParameter(1, key)
                .setParameter(2, windowSeconds)
                .getSingleResult();
        return hits.intValue() <= max;
    }

    /** Forgets windows that have passed. */
    public int purge(int olderThanSeconds) {
        return em.createNativeQuery("delete from rate_limit where window_start < now() - make_interval(secs => ?1)")
                .setParameter(1, olderThanSeconds).executeUpdate();
    }
}
