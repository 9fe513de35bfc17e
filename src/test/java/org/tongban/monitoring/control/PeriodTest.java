package org.tongban.monitoring.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    static final LocalDate NONE_FROM = LocalDate.of(2000, 1, 2);
    static final LocalDate NONE_TO = LocalDate.of(2000, 1, 1);

    @Test
    void wholeMonthsAreReadAsMonthsAndTheDaysAroundThemAsDays() {
        Period p = new Period(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 11, 29));
        assertArrayEquals(new Object[] {LocalDate.of(2026, 9, 20), LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 29)}, p.bounds());
    }

    @Test
    void aPeriodWithinOneMonthIsReadByDay() {
        Period p = new Period(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 29));
        assertArrayEquals(new Object[] {LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 29), NONE_FROM, NONE_TO, NONE_FROM,
                NONE_TO}, p.bounds());
    }

    @Test
    void aPeriodOfWholeMonthsHasNoDays() {
        Period p = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        Object[] b = p.bounds();
        assertEquals(LocalDate.of(2026, 1, 1), b[2]);
        assertEquals(LocalDate.of(2026, 3, 1), b[3]);
        assertEquals(true, ((LocalDate) b[1]).isBefore((LocalDate) b[0]), "no leading days");
        assertEquals(true, ((LocalDate) b[5]).isBefore((LocalDate) b[4]), "no trailing days");
        assertEquals(90, p.days());
    }

    @Test
    void aPeriodRunsForwards() {
        assertThrows(IllegalArgumentException.class, () -> new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)));
    }
}
