package org.tongban.cases.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.entity.Workflow;

class CaseWorkflowTest {

    static CaseStatus step(Workflow workflow, CaseStatus from, CaseAction action) {
        var outcome = CaseWorkflow.next(workflow, from, action, CaseStatus.UNDER_REVIEW, false);
        assertTrue(outcome.allowed(), action + " from " + from + ": " + outcome.refusal());
        return outcome.next().orElseThrow();
    }

    @Test
    void aStandardCaseIsAcceptedReviewedSupplementedApprovedAndCertified() {
        CaseStatus s = step(Workflow.STANDARD, CaseStatus.DRAFT, CaseAction.SUBMIT);
        s = step(Workflow.STANDARD, s, CaseAction.ACCEPT);
        s = step(Workflow.STANDARD, s, CaseAction.REQUEST_SUPPLEMENT);
        assertEquals(CaseStatus.AWAITING_SUPPLEMENT, s);
        assertFalse(s.clockRunning(), "the clock stops while the applicant owes material");
        s = step(Workflow.STANDARD, s, CaseAction.SUPPLY);
        assertEquals(CaseStatus.UNDER_REVIEW, s, "back to where it was");
        s = step(Workflow.STANDARD, s, CaseAction.APPROVE);
        s = step(Workflow.STANDARD, s, CaseAction.ISSUE_CERTIFICATE);
        assertEquals(CaseStatus.CERTIFICATE_ISSUED, s);
        assertTrue(s.decided());
    }

    @Test
    void aStandardCaseCannotBeDecidedBeforeItIsAccepted() {
        var outcome = CaseWorkflow.next(Workflow.STANDARD, CaseStatus.SUBMITTED, CaseAction.APPROVE, null, false);
        assertFalse(outcome.allowed());
        assertEquals(Optional.of("cases.action.notNow"), outcome.refusal());
    }

    @Test
    void anImmediateItemIsDecidedAtIntake() {
        assertEquals(CaseStatus.APPROVED, step(Workflow.IMMEDIATE, CaseStatus.SUBMITTED, CaseAction.APPROVE));
    }

    @Test
    void aDecidedCaseCannotBeWithdrawnAndAnExtensionIsGrantedOnce() {
        assertFalse(CaseWorkflow.next(Workflow.STANDARD, CaseStatus.APPROVED, CaseAction.WITHDRAW, null, false).allowed());
        assertTrue(CaseWorkflow.next(Workflow.STANDARD, CaseStatus.UNDER_REVIEW, CaseAction.EXTEND, null, false).allowed());
        assertEquals(Optional.of("cases.action.extendedOnce"),
                CaseWorkflow.next(Workflow.STANDARD, CaseStatus.UNDER_REVIEW, CaseAction.EXTEND, null, true).refusal());
    }

    @Test
    void eachPartyIsOfferedOnlyItsOwnActionsThatAreOpenNow() {
        assertEquals(List.of(CaseAction.ACCEPT, CaseAction.REFUSE, CaseAction.REQUEST_SUPPLEMENT),
                CaseWorkflow.available(Workflow.STANDARD, CaseStatus.SUBMITTED, Party.OFFICE, false));
        assertEquals(List.of(CaseAction.WITHDRAW),
                CaseWorkflow.available(Workflow.STANDARD, CaseStatus.SUBMITTED, Party.APPLICANT, false));
        assertEquals(List.of(CaseAction.SUPPLY, CaseAction.WITHDRAW),
                CaseWorkflow.available(Workflow.STANDARD, CaseStatus.AWAITING_SUPPLEMENT, Party.APPLICANT, false));
        assertTrue(CaseWorkflow.available(Workflow.STANDARD, CaseStatus.CLOSED, Party.OFFICE, false).isEmpty());
    }

    @Test
    void trackingNumbersNameTheJurisdictionAndDayAndNothingPersonal() {
        TrackingNumber number = TrackingNumber.of("440305", LocalDate.of(2026, 11, 29), 123);
        assertEquals("440305-20261129-000123", number.value());
        assertEquals("440305", number.jurisdictionCode());
        assertThrows(IllegalArgumentException.class, () -> new TrackingNumber("440305-2026-1"));
        assertFalse(TrackingNumber.looksValid("../../etc/passwd"));
    }
}
