package org.tongban.monitoring.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FigureTest {

    static Figures decided(long decided, long onTime) {
        return new Figures(0, decided, 0, onTime, 0, 0, 0, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void aRateIsWithheldWhenTheCountItRestsOnIsSmall() {
        assertTrue(Figure.ON_TIME_RATE.small(decided(4, 4)), "4 of 4 on time would tell who was served late: nobody");
        assertFalse(Figure.ON_TIME_RATE.small(decided(5, 4)));
        assertFalse(Figure.ON_TIME_RATE.small(decided(0, 0)), "nothing is not a small cell");
        assertEquals(0.8, Figure.ON_TIME_RATE.of(decided(5, 4)));
        assertNull(Figure.ON_TIME_RATE.of(decided(0, 0)), "no rate without decisions");
    }

    @Test
    void figuresHaveKeysForTheApiAndPages() {
        assertEquals("onTimeRate", Figure.ON_TIME_RATE.key());
        assertEquals("rectificationsOverdue", Figure.RECTIFICATIONS_OVERDUE.key());
        assertEquals(Optional.of(Figure.P90_DAYS), Figure.parse("p90Days"));
        assertEquals(Optional.of(Figure.RED_CARDS), Figure.parse("RED_CARDS"));
        assertEquals(Optional.empty(), Figure.parse("happiness"));
        assertTrue(Figure.OVERDUE.listable() && !Figure.SUBMITTED.listable());
    }

    @Test
    void theNinetiethPercentileIsTheSmallestValueCoveringNineTenths() {
        TreeMap<Integer, Long> histogram = new TreeMap<>();
        histogram.put(2, 5L);
        histogram.put(4, 4L);
        histogram.put(9, 1L);
        assertEquals(Optional.of(4), FigureStore.percentile(histogram, 0.9), "9 of 10 within 4 working days");
        histogram.put(9, 2L);
        assertEquals(Optional.of(9), FigureStore.percentile(histogram, 0.9), "10 of 11 is not yet nine tenths at 4");
        assertEquals(Optional.empty(), FigureStore.percentile(new TreeMap<>(), 0.9));
    }
}
