package org.tongban.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import org.tongban.cases.entity.TrackingNumber;
import org.tongban.platform.control.Database;

/** Hands out tracking numbers: one atomic counter per deciding jurisdiction and day, in the caller's transaction. */
@ApplicationScoped
public class TrackingNumbers {

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    /**
     * The next number of a jurisdiction's day, drawn in a transaction of its own: the counter row is
     * locked only for that moment, not for the whole submission, so an office's submissions do not
     * queue behind each other. A submission that fails afterwards leaves a gap in the day's
     * numbers, as a sequence would; numbers stay unique and in order of drawing.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public TrackingNumber next(String jurisdictionCode, LocalDate day) {
        Number value = (Number) em.createNativeQuery("""
                        insert into case_sequence as s (jurisdiction_code, day, last_value) values (?1, ?2, 1)
                        on conflict (jurisdiction_code, day) do update set last_value = s.last_value + 1
                        returning last_value""")
                .setParameter(1, jurisdictionCode)
                .setParameter(2, Date.valueOf(day))
                .getSingleResult();
        return TrackingNumber.of(jurisdictionCode, day, value.longValue());
    }
}
