package org.tongban.cases.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tongban.cases.entity.CaseAction;
import org.tongban.cases.entity.CaseStatus;
import org.tongban.cases.entity.LegalClock;
import org.tongban.cases.entity.Party;

/**
 * A case as its applicant or a member of staff sees it: status, the legal clock and how it was
 * counted, the answers, the timeline (offices, never the names of clerks) and the next steps open
 * to the caller.
 */
public record CaseRepresentation(String trackingNumber, CaseStatus status, String item, int itemVersion, String itemNameZh,
        String itemNameEn, String region, String jurisdiction, String officeNameZh, String officeNameEn,
        Instant submittedAt, int promisedDays, Clock clock, Map<String, String> answers, List<Step> timeline,
        List<CaseAction> nextSteps) {

    /** The deadline (null while the clock is stopped), days used and left, the card, and whether it runs past the published calendar. */
    public record Clock(LocalDate countedFrom, LocalDate deadline, int totalDays, int usedDays, int remainingDays,
            boolean stopped, LegalClock.Card card, boolean beyondPublishedCalendar) {
    }

    public record Step(Instant at, CaseAction action, CaseStatus status, Party by, String officeNameZh, String officeNameEn,
            String reason) {
    }

    /** A case in a list. */
    public record Summary(String trackingNumber, CaseStatus status, String item, String itemNameZh, String itemNameEn,
            String jurisdiction, Instant submittedAt, LocalDate deadline, LegalClock.Card card) {
    }
}
