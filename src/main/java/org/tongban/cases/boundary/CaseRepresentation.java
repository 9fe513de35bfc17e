package org.tongban.cases.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tongban.cases.entity.CaseAction;
import org.tongban.cases.entity.CaseStatus;
import org.tongban.cases.entity.Certificate;
import org.tongban.cases.entity.LegalClock;
import org.tongban.cases.entity.Party;

/**
 * A case as its applicant or a member of staff sees it: status, the legal clock and how it was
 * counted, the answers, the materials, the timeline (offices, never the names of clerks) and the
 * next steps open to the caller; once decided, its certificate, rating and any rectification.
 */
public record CaseRepresentation(String trackingNumber, CaseStatus status, String item, int itemVersion, String itemNameZh,
        String itemNameEn, String region, String jurisdiction, String officeNameZh, String officeNameEn,
        String enterpriseCode, Instant submittedAt, int promisedDays, Clock clock, List<Answer> answers,
        List<MaterialRef> materials, List<Step> timeline, List<CaseAction> nextSteps, String assignee,
        CertificateRef certificate, RatingRef rating, RectificationRef rectification, boolean mayRate) {

    /**
     * The deadline (null while the clock is stopped), days used and left, the card, the extension,
     * every day the count passed over and why, the periods it stood still, and whether it runs past
     * the published calendar.
     */
    public record Clock(LocalDate countedFrom, LocalDate deadline, int totalDays, int usedDays, int remainingDays,
            boolean stopped, LegalClock.Card card, boolean beyondPublishedCalendar, Integer extensionDays,
            String extensionReason, List<LegalClock.Skipped> skipped, List<LegalClock.Pause> pauses) {
    }

    /** An answer with its field's label, as the form asked it. */
    public record Answer(String code, String labelZh, String labelEn, String value) {
    }

    public record Step(Instant at, CaseAction action, CaseStatus status, Party by, String officeNameZh, String officeNameEn,
            String reason) {
    }

    public record MaterialRef(long id, String code, String nameZh, String nameEn, String fileName, String mediaType,
            int sizeBytes, Instant uploadedAt) {
    }

    public record CertificateRef(String verificationCode, Certificate.State state, LocalDate issuedOn,
            LocalDate validUntil) {
    }

    public record RatingRef(int score, String comment, Instant ratedAt) {
    }

    public record RectificationRef(long id, LocalDate dueOn, boolean overdue, Instant resolvedAt, String outcome) {
    }

    /** A case in a list: its card and deadline come from the marks kept on the case. */
    public record Summary(String trackingNumber, CaseStatus status, String item, String itemNameZh, String itemNameEn,
            String jurisdiction, Instant submittedAt, LocalDate deadline, LegalClock.Card card, boolean assigned,
            boolean mine, boolean supplied, boolean extended) {
    }
}
