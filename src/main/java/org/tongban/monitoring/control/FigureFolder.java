package org.tongban.monitoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.tongban.platform.control.Database;

/**
 * Adds pending changes into the aggregates ({@code monitoring_fold} in the database does the work
 * in one statement) and tells how many folds have changed the figures so far.
 */
@ApplicationScoped
public class FigureFolder {

    /** Deltas per fold: a few times the busiest second's changes, so that a backlog clears quickly. */
    public static final int BATCH = 20_000;

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    /** @return deltas folded, or -1 when another instance is folding now */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int fold() {
        return ((Number) em.createNativeQuery("select monitoring_fold(?1)").setParameter(1, BATCH).getSingleResult())
                .intValue();
    }

    /** How many folds have changed the figures: a plain read, in the caller's transaction if it has one. */
    public long generation() {
        return ((Number) em.createNativeQuery("select generation from monitoring_state where id = 1").getSingleResult())
                .longValue();
    }

}
