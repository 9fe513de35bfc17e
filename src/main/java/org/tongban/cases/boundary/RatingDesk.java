package org.tongban.cases.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.tongban.audit.control.AuditLog;
import org.tongban.audit.entity.AuditRecord;
import org.tongban.cases.control.CaseActionRefusedException;
import org.tongban.cases.control.CaseClocks;
import org.tongban.cases.control.CaseFiles;
import org.tongban.cases.control.Ratings;
import org.tongban.cases.entity.CaseFile;
import org.tongban.cases.entity.CaseRating;
import org.tongban.cases.entity.Rectification;
import org.tongban.identity.control.CurrentUser;
import org.tongban.jurisdiction.control.OutOfScopeException;
import org.tongban.notification.control.Notifications;
import org.tongban.platform.control.FieldChecks;

/**
 * Ratings and rectification: the applicant rates a decided case once; a 1 or 2 opens a task for
 * the deciding office's supervisors, due in {@value #RECTIFICATION_DAYS} working days, who record
 * what was done; the applicant is told.
 */
@Stateless
public class RatingDesk {

    static final int RECTIFICATION_DAYS = 10;

    @Inject
    CaseFiles cases;

    @Inject
    Ratings ratings;

    @Inject
    CaseClocks clocks;

    @Inject
    CurrentUser currentUser;

    @Inject
    Notifications notifications;

    @Inject
    AuditLog audit;

    /** A rectification task as its supervisors see it. */
    public record Task(long id, String trackingNumber, String jurisdiction, int score, String comment,
            java.time.Instant openedAt, java.time.LocalDate dueOn, boolean overdue, java.time.Instant resolvedAt,
            String outcome, long version) {
    }

    @RolesAllowed("CITIZEN")
    public CaseRating rate(String trackingNumber, Integer score, String comment) {
        long me = currentUser.get().id();
        CaseFile found = cases.findVisible(currentUser.scope(), trackingNumber)
                .filter(c -> c.applicantId().equals(me)).orElseThrow(OutOfScopeException::new);
        FieldChecks checks = new FieldChecks();
        if (score == null || score < 1 || score > 5) {
            checks.problem("score", "cases.rating.score");
        }
        if (comment != null && !comment.isBlank() && checks.required("comment", comment)) {
            checks.length("comment", comment.strip(), 1, 1000);
        }
        checks.throwIfAny();
        if (!found.status().decided()) {
            throw new CaseActionRefusedException("cases.rating.notDecided");
        }
        CaseRating rating = new CaseRating(found.id(), score, comment);
        if (!ratings.add(rating)) {
            throw new CaseActionRefusedException("cases.rating.once");
        }
        audit.record(AuditRecord.of("CASE_RATED").subject("CASE", trackingNumber).detail(String.valueOf(score)));
        if (rating.bad()) {
            var due = CaseClocks.workingDaysAfter(clocks.calendarOf(found), CaseClocks.today(), RECTIFICATION_DAYS);
            ratings.open(new Rectification(found.id(), found.jurisdictionCode(), due));
            notifications.notifySupervisors(found.jurisdictionCode(), "rectificationOpened", trackingNumber,
                    rating.comment());
        }
        return rating;
    }

    @RolesAllowed({"SUPERVISOR", "INSPECTOR", "CENTRAL"})
    public List<Task> tasks(boolean open, int first, int size) {
        var scope = currentUser.scope();
        return ratings.of(scope, open, first, size).stream()
                .map(l -> task(l.task(), l.trackingNumber(), l.score(), l.comment())).toList();
    }

    @RolesAllowed({"SUPERVISOR", "INSPECTOR", "CENTRAL"})
    public long count(boolean open) {
        return ratings.count(currentUser.scope(), open);
    }

    /** Records what was done about a bad rating; the applicant is told. */
    @RolesAllowed("SUPERVISOR")
    public Task resolve(long id, String outcome, Long expectedVersion) {
        Rectification task = ratings.findVisible(currentUser.scope(), id).orElseThrow(OutOfScopeException::new);
        FieldChecks checks = new FieldChecks();
        if (checks.required("outcome", outcome)) {
            checks.length("outcome", outcome.strip(), 5, 2000);
        }
        checks.throwIfAny();
        if (expectedVersion != null && expectedVersion != task.version()) {
            throw new CaseActionRefusedException("cases.action.changedMeanwhile");
        }
        if (!task.resolve(currentUser.get().id(), outcome)) {
            throw new CaseActionRefusedException("cases.rectification.resolvedAlready");
        }
        try {
            ratings.flush();
        } catch (jakarta.persistence.OptimisticLockException meanwhile) {
            throw new CaseActionRefusedException("cases.action.changedMeanwhile");
        }
        CaseFile c = cases.findVisibleById(currentUser.scope(), task.caseId()).orElseThrow();
        audit.record(AuditRecord.of("RECTIFICATION_RESOLVED").subject("CASE", c.trackingNumber()).purpose("rectification"));
        notifications.notify(c.applicantId(), "rectificationResolved", c.trackingNumber(), outcome.strip());
        CaseRating rating = ratings.of(task.caseId()).orElseThrow();
        return task(task, c.trackingNumber(), rating.score(), rating.comment());
    }

    private static Task task(Rectification r, String trackingNumber, int score, String comment) {
        return new Task(r.id(), trackingNumber, r.jurisdictionCode(), score, comment, r.openedAt(), r.dueOn(),
                r.overdueOn(CaseClocks.today()), r.resolvedAt(), r.outcome(), r.version());
    }

}
