package org.tongban.monitoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Figures read from the aggregates, kept for as long as the aggregates have not changed: every
 * answer is tagged with the fold generation it was read at, and a reader at a later generation
 * reads again. Fifty people watching the nation cost one read per fold, not fifty.
 * <p>
 * While one reader reads a newer generation, others are given the previous answer rather than
 * all reading at once; that answer is older than the database by one fold at most, for as long as
 * that one read takes. Entries are dropped once they are two folds old. Access checks happen
 * before anything is asked of this cache: what it holds are figures, never decisions about who
 * may see them.
 */
@ApplicationScoped
public class FigureCache {

    /** Above this many entries, every entry not read at the current generation is dropped. */
    static final int MAX_ENTRIES = 2_000;

    private final ConcurrentHashMap<Object, Entry> entries = new ConcurrentHashMap<>();

    private static final class Entry {
        final long generation;
        final Object value;
        final AtomicBoolean refreshing = new AtomicBoolean();

        Entry(long generation, Object value) {
            this.generation = generation;
            this.value = value;
        }
    }

    /**
     * The answer for the key at this generation: the one kept, or {@code read}'s (which must be
     * immutable). A negative generation means unknown: nothing is kept.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, long generation, Supplier<T> read) {
        if (generation < 0) {
            return read.get();
        }
        Entry kept = entries.get(key);
        if (kept != null && kept.generation >= generation) {
            return (T) kept.value;
        }
        if (kept != null && !kept.refreshing.compareAndSet(false, true)) {
            return (T) kept.value;
        }
        try {
            T value = read.get();
            store(key, new Entry(generation, value));
            return value;
        } finally {
            if (kept != null) {
                kept.refreshing.set(false);
            }
        }
    }

    private void store(Object key, Entry entry) {
        entries.merge(key, entry, (old, fresh) -> old.generation > fresh.generation ? old : fresh);
        if (entries.size() > MAX_ENTRIES) {
            entries.values().removeIf(e -> e.generation < entry.generation);
        }
    }

    /** Forgets what is older than two folds before this generation. */
    public void moved(long generation) {
        entries.values().removeIf(e -> e.generation < generation - 1);
    }

    int size() {
        return entries.size();
    }
}
