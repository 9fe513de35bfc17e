package org.tongban.cases.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tongban.cases.control.CaseClocks;
import org.tongban.cases.control.CaseFiles;
import org.tongban.cases.entity.CaseFile;
import org.tongban.cases.entity.WorkingCalendar;

/**
 * Computes the clock marks of cases marked stale, after a calendar change or a bulk load: every
 * few seconds, a batch at a time, each batch in its own transaction, for at most a few seconds per
 * run. A case someone changes meanwhile is marked by that change and skipped here.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class ClockMarker {

    private static final Logger LOG = Logger.getLogger(ClockMarker.class.getName());
    static final int BATCH = 500;
    static final long RUN_MILLIS = 8_000;

    @Inject
    CaseFiles cases;

    @Inject
    CaseClocks clocks;

    @Resource
    UserTransaction transaction;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    public void markStale() {
        long until = System.currentTimeMillis() + RUN_MILLIS;
        int marked = 0;
        Map<String, WorkingCalendar> calendars = new HashMap<>();
        while (System.currentTimeMillis() < until) {
            int batch = markBatch(calendars);
            marked += batch;
            if (batch < BATCH) {
                break;
            }
        }
        if (marked > 0) {
            LOG.log(Level.INFO, "Clock marks computed for {0} case(s)", marked);
        }
    }

    private int markBatch(Map<String, WorkingCalendar> calendars) {
        try {
            transaction.begin();
            var batch = cases.stale(BATCH);
            for (CaseFile c : batch) {
                WorkingCalendar calendar = calendars.computeIfAbsent(c.jurisdictionCode(), code -> clocks.calendarOf(c));
                cases.storeMarks(c, clocks.read(c, calendar).marks());
            }
            transaction.commit();
            return batch.size();
        } catch (Exception failed) {
            LOG.log(Level.WARNING, "Clock marks not computed this time: {0}", failed.toString());
            try {
                transaction.rollback();
            } catch (Exception ignored) {
                // the transaction is gone already
            }
            return 0;
        }
    }
}
