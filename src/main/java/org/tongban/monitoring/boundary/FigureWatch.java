package org.tongban.monitoring.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tongban.monitoring.control.FigureCache;
import org.tongban.monitoring.control.FigureFolder;

/**
 * Every second, on every instance: folds pending changes into the figures (only one instance at a
 * time gets to), then looks at how many folds the database has seen. When that moved, whichever
 * instance folded, it tells the dashboards connected to this instance to read their figures again,
 * after this instance's cache has read again the figures watched lately (so that neither the pages
 * nor the API wait for them).
 * The database is the only thing the instances share, so this works behind any load balancer.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FigureWatch {

    private static final Logger LOG = Logger.getLogger(FigureWatch.class.getName());
    static final long RUN_MILLIS = 800;
    /** How long reading the figures watched lately again, ahead of their readers, may take per round. */
    static final long REFRESH_NANOS = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(500);
    /** What the pages listen on: the message is the new generation, never a figure. */
    public static final String CHANNEL = "figures";

    @Inject
    FigureFolder folder;

    @Inject
    FigureCache cache;

    @Inject
    @Push(channel = CHANNEL)
    PushContext pages;

    private long seen = -1;

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    public void foldAndTell() {
        long until = System.currentTimeMillis() + RUN_MILLIS;
        try {
            int folded;
            do {
                folded = folder.fold();
            } while (folded >= FigureFolder.BATCH && System.currentTimeMillis() < until);
            long generation = folder.generation();
            if (generation < seen) {
                cache.clear();
            }
            cache.sweep();
            if (generation != seen) {
                cache.moved(generation);
                cache.refresh(generation, REFRESH_NANOS);
                if (seen >= 0) {
                    pages.send(generation);
                }
                seen = generation;
            }
        } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
            LOG.log(Level.WARNING, "Figures not folded this time: {0}", e.toString());
        }
    }
}
