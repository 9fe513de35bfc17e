package org.tongban.cases.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of a case, who takes each and from which states. What follows a step can depend on
 * the item's workflow ({@link CaseWorkflow}); the reason is required wherever the applicant is
 * owed an explanation (refusal, supplement request, denial, extension).
 */
public enum CaseAction {
    SUBMIT(Party.APPLICANT, false, EnumSet.of(CaseStatus.DRAFT)),
    ACCEPT(Party.OFFICE, false, EnumSet.of(CaseStatus.SUBMITTED)),
    REFUSE(Party.OFFICE, true, EnumSet.of(CaseStatus.SUBMITTED)),
    REQUEST_SUPPLEMENT(Party.OFFICE, true, EnumSet.of(CaseStatus.SUBMITTED, CaseStatus.UNDER_REVIEW)),
    SUPPLY(Party.APPLICANT, false, EnumSet.of(CaseStatus.AWAITING_SUPPLEMENT)),
    APPROVE(Party.OFFICE, false, EnumSet.of(CaseStatus.UNDER_REVIEW)),
    DENY(Party.OFFICE, true, EnumSet.of(CaseStatus.UNDER_REVIEW)),
    EXTEND(Party.OFFICE, true, EnumSet.of(CaseStatus.UNDER_REVIEW, CaseStatus.AWAITING_SUPPLEMENT)),
    ISSUE_CERTIFICATE(Party.OFFICE, false, EnumSet.of(CaseStatus.APPROVED)),
    WITHDRAW(Party.APPLICANT, false, EnumSet.of(CaseStatus.DRAFT, CaseStatus.SUBMITTED, CaseStatus.UNDER_REVIEW,
            CaseStatus.AWAITING_SUPPLEMENT)),
    CLOSE(Party.OFFICE, false, EnumSet.of(CaseStatus.REFUSED, CaseStatus.DENIED, CaseStatus.CERTIFICATE_ISSUED));

    private final Party party;
    private final boolean reasonRequired;
    private final Set<CaseStatus> from;

    CaseAction(Party party, boolean reasonRequired, Set<CaseStatus> from) {
        this.party = party;
        this.reasonRequired = reasonRequired;
        this.from = from;
    }

    public Party party() {
        return party;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }

    Set<CaseStatus> from() {
        return from;
    }
}
