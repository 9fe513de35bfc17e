package org.tongban.monitoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Figures read from the aggregates, kept for as long as the aggregates have not changed: every
 * answer is tagged with the fold generation it was read at, and a reader at a later generation
 * reads again. Fifty people watching the nation cost one read per fold, not fifty.
 * <p>
 * After each fold the watch reads again, ahead of the readers, what was read lately
 * ({@link #refresh}); while an answer is being read again, readers are given the previous one,
 * which is older than the database by one fold at most, for as long as that one read takes. So
 * people watching a dashboard while cases keep coming in seldom wait for a read. Outdated entries
 * nobody read in the last ten seconds are dropped, so is anything nobody read for ten minutes, and
 * beyond 2,000 entries the least recently read. Access checks happen before anything is asked of this
 * cache: what it holds are figures, never decisions about who may see them.
 */
@ApplicationScoped
public class FigureCache {

    private static final Logger LOG = Logger.getLogger(FigureCache.class.getName());

    /** Above this many entries, the least recently read quarter is dropped, whatever its generation. */
    static final int MAX_ENTRIES = 2_000;
    /** What counts as read lately, for reading again ahead of the readers. */
    static final long RECENT_NANOS = TimeUnit.SECONDS.toNanos(10);
    /** An entry nobody read for this long is dropped even when nothing has changed. */
    static final long IDLE_NANOS = TimeUnit.MINUTES.toNanos(10);

    private final ConcurrentHashMap<Object, Entry> entries = new ConcurrentHashMap<>();
    long recentNanos = RECENT_NANOS;

    private static final class Entry {
        final long generation;
        final Object value;
        final Supplier<?> read;
        final AtomicBoolean refreshing = new AtomicBoolean();
        volatile long lastRead;

        Entry(long generation, Object value, Supplier<?> read, long lastRead) {
            this.generation = generation;
            this.value = value;
            this.read = read;
            this.lastRead = lastRead;
        }
    }

    /**
     * The answer for the key at this generation: the one kept, or {@code read}'s (which must be
     * immutable, and must not depend on who asks). A negative generation means unknown: nothing is
     * kept.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, long generation, Supplier<T> read) {
        if (generation < 0) {
            return read.get();
        }
        long now = System.nanoTime();
        Entry kept = entries.get(key);
        if (kept != null) {
            kept.lastRead = now;
            if (kept.generation >= generation || !kept.refreshing.compareAndSet(false, true)) {
                return (T) kept.value;
            }
        }
        try {
            T value = read.get();
            store(key, new Entry(generation, value, read, now));
            return value;
        } finally {
            if (kept != null) {
                kept.refreshing.set(false);
            }
        }
    }

    /**
     * Reads again, at this generation, what was read in the last ten seconds and is older, most
     * recently read first, until the time allowed is up; what is left is read by its next reader.
     *
     * @return the answers read again
     */
    public int refresh(long generation, long allowedNanos) {
        long started = System.nanoTime();
        // claimed first, all of them, so that readers arriving now are given the previous answer;
        // ordered by when they were read as of now (readers keep moving that while this runs)
        record Due(Object key, Entry entry, long lastRead) {
        }
        List<Due> due = new ArrayList<>();
        try {
            for (Map.Entry<Object, Entry> e : entries.entrySet()) {
                Entry entry = e.getValue();
                long lastRead = entry.lastRead;
                if (entry.generation < generation && started - lastRead < recentNanos
                        && entry.refreshing.compareAndSet(false, true)) {
                    due.add(new Due(e.getKey(), entry, lastRead));
                }
            }
            due.sort(Comparator.comparingLong(Due::lastRead).reversed());
            int refreshed = 0;
            for (Due d : due) {
                if (System.nanoTime() - started >= allowedNanos) {
                    break;
                }
                try {
                    store(d.key(), new Entry(generation, d.entry().read.get(), d.entry().read, d.entry().lastRead));
                    refreshed++;
                } catch (RuntimeException failed) {
                    LOG.log(Level.WARNING, "Figures not read again ahead of their readers: {0}", failed.toString());
                }
            }
            return refreshed;
        } finally {
            due.forEach(d -> d.entry().refreshing.set(false));
        }
    }

    private void store(Object key, Entry entry) {
        entries.merge(key, entry, (old, fresh) -> old.generation > fresh.generation ? old : fresh);
        if (entries.size() > MAX_ENTRIES) {
            dropLeastRecentlyRead(entries.size() - MAX_ENTRIES * 3 / 4);
        }
    }

    private void dropLeastRecentlyRead(int count) {
        record Read(Object key, long lastRead) {
        }
        List<Read> reads = new ArrayList<>();
        entries.forEach((key, e) -> reads.add(new Read(key, e.lastRead)));
        reads.sort(Comparator.comparingLong(Read::lastRead));
        reads.stream().limit(count).forEach(r -> entries.remove(r.key()));
    }

    /** Forgets what is older than this generation and has not been read lately. */
    public void moved(long generation) {
        long now = System.nanoTime();
        entries.values().removeIf(e -> e.generation < generation && now - e.lastRead >= recentNanos);
    }

    /** Forgets what nobody read for ten minutes, even when nothing has changed (a quiet night, yesterday's periods). */
    public void sweep() {
        long now = System.nanoTime();
        entries.values().removeIf(e -> now - e.lastRead >= IDLE_NANOS);
    }

    /** Forgets everything: the database's counter went backwards (a restore), so no tag can be trusted. */
    public void clear() {
        entries.clear();
    }

    int size() {
        return entries.size();
    }
}
