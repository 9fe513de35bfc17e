package org.tongban.cases.entity;

/** Where a case stands. A decided case can no longer be withdrawn; a closed one no longer changes. */
public enum CaseStatus {
    DRAFT, SUBMITTED, UNDER_REVIEW, AWAITING_SUPPLEMENT, REFUSED, APPROVED, DENIED, CERTIFICATE_ISSUED, WITHDRAWN, CLOSED;

    /** Decided at intake or on the merits: the applicant may rate the service from here on. */
    public boolean decided() {
        return this == REFUSED || this == APPROVED || this == DENIED || this == CERTIFICATE_ISSUED || this == CLOSED;
    }

    /** Still in the office's hands (or awaiting the applicant's material): a worklist shows it, its clock has marks. */
    public boolean inProgress() {
        return this == SUBMITTED || this == UNDER_REVIEW || this == AWAITING_SUPPLEMENT || this == APPROVED;
    }

    /** The legal clock runs only while the office owes the next step. */
    public boolean clockRunning() {
        return this == SUBMITTED || this == UNDER_REVIEW;
    }
}
