package org.tongban.monitoring.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FigureCacheTest {

    final FigureCache cache = new FigureCache();
    final AtomicInteger reads = new AtomicInteger();

    String read(String answer) {
        reads.incrementAndGet();
        return answer;
    }

    @Test
    void readsOncePerGeneration() {
        assertEquals("a", cache.get("nation", 7, () -> read("a")));
        assertEquals("a", cache.get("nation", 7, () -> read("b")));
        assertEquals(1, reads.get());
        assertEquals("c", cache.get("nation", 8, () -> read("c")));
        assertEquals(2, reads.get());
    }

    @Test
    void keysAreApart() {
        cache.get("nation", 7, () -> read("a"));
        assertEquals("b", cache.get("guangdong", 7, () -> read("b")));
        assertEquals(2, reads.get());
    }

    @Test
    void anUnknownGenerationKeepsNothing() {
        cache.get("nation", -1, () -> read("a"));
        assertEquals("b", cache.get("nation", -1, () -> read("b")));
        assertEquals(0, cache.size());
    }

    @Test
    void anOlderReaderIsGivenTheNewerAnswer() {
        cache.get("nation", 8, () -> read("new"));
        assertEquals("new", cache.get("nation", 7, () -> read("old")));
        assertEquals(1, reads.get());
    }

    @Test
    void whileOneReadsTheNextGenerationOthersGetThePreviousAnswer() throws Exception {
        cache.get("nation", 7, () -> read("seven"));
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = Thread.ofPlatform().start(() -> cache.get("nation", 8, () -> {
            reading.countDown();
            await(release);
            return read("eight");
        }));
        reading.await(5, TimeUnit.SECONDS);
        assertEquals("seven", cache.get("nation", 8, () -> read("not read")));
        release.countDown();
        first.join(5_000);
        assertEquals("eight", cache.get("nation", 8, () -> read("not read either")));
        assertEquals(2, reads.get());
    }

    @Test
    void aFailedReadLetsTheNextReaderTry() {
        cache.get("nation", 7, () -> read("seven"));
        try {
            cache.get("nation", 8, () -> {
                throw new IllegalStateException("database gone");
            });
        } catch (IllegalStateException expected) {
            // the next reader tries again
        }
        assertEquals("eight", cache.get("nation", 8, () -> read("eight")));
    }

    @Test
    void keepsOutdatedAnswersReadLately() {
        cache.get("nation", 7, () -> read("a"));
        cache.moved(9);
        assertEquals(1, cache.size());
    }

    @Test
    void forgetsOutdatedAnswersNobodyReadLately() {
        cache.recentNanos = 0;
        cache.get("nation", 7, () -> read("a"));
        cache.get("guangdong", 9, () -> read("b"));
        cache.moved(9);
        assertEquals(1, cache.size());
        assertEquals("b", cache.get("guangdong", 9, () -> read("not read")));
    }

    @Test
    void readsAgainAheadOfTheReadersWhatWasReadLately() {
        AtomicInteger figure = new AtomicInteger(1);
        cache.get("nation", 7, () -> read("n" + figure.get()));
        figure.set(2);
        assertEquals(1, cache.refresh(8, TimeUnit.SECONDS.toNanos(1)));
        assertEquals("n2", cache.get("nation", 8, () -> read("not read")));
        assertEquals(2, reads.get());
    }

    @Test
    void readsNothingAgainThatNobodyReadLately() {
        cache.recentNanos = 0;
        cache.get("nation", 7, () -> read("a"));
        assertEquals(0, cache.refresh(8, TimeUnit.SECONDS.toNanos(1)));
        assertEquals(1, reads.get());
    }

    @Test
    void readsAgainOnlyForTheTimeAllowed() {
        cache.get("nation", 7, () -> read("a"));
        assertEquals(0, cache.refresh(8, 0));
        assertEquals("b", cache.get("nation", 8, () -> read("b")), "the next reader reads it");
    }

    @Test
    void staysBoundedByDroppingWhatWasReadLeastRecently() {
        for (int i = 0; i <= FigureCache.MAX_ENTRIES; i++) {
            int key = i;
            cache.get(key, 1, () -> read("x"));
        }
        assertTrue(cache.size() <= FigureCache.MAX_ENTRIES, "size " + cache.size());
        int before = reads.get();
        cache.get(FigureCache.MAX_ENTRIES, 1, () -> read("not read"));
        assertEquals(before, reads.get(), "the most recently read is kept");
        cache.get(0, 1, () -> read("read again"));
        assertEquals(before + 1, reads.get(), "the least recently read was dropped");
    }

    @Test
    void aFailedReadAheadLeavesTheAnswerToTheNextReader() {
        AtomicInteger calls = new AtomicInteger();
        cache.get("nation", 7, () -> {
            if (calls.incrementAndGet() > 1) {
                throw new IllegalStateException("database gone");
            }
            return "seven";
        });
        assertEquals(0, cache.refresh(8, TimeUnit.SECONDS.toNanos(1)));
        assertEquals("eight", cache.get("nation", 8, () -> read("eight")), "not stuck on the answer of 7");
    }

    @Test
    void forgetsEverythingWhenCleared() {
        cache.get("nation", 7, () -> read("a"));
        cache.clear();
        assertEquals(0, cache.size());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
