package org.tongban.cases.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tongban.catalogue.entity.Workflow;

/**
 * The transitions of a case under its item's workflow. A standard item is accepted, reviewed and
 * decided; an immediate item (即办件) is decided at intake, so approval and denial are open from
 * submission; an item with inspection reviews like a standard one. A supplement, once supplied,
 * returns the case to where it was; an extension changes no state but is granted only once.
 */
public final class CaseWorkflow {

    private CaseWorkflow() {
    }

    /** The state after an action, or the message key of why it is not allowed now. */
    public static Outcome next(Workflow workflow, CaseStatus status, CaseAction action, CaseStatus beforeSupplement,
            boolean alreadyExtended) {
        if (!allowedFrom(workflow, action).contains(status)) {
            return Outcome.refused("cases.action.notNow");
        }
        if (action == CaseAction.EXTEND && alreadyExtended) {
            return Outcome.refused("cases.action.extendedOnce");
        }
        CaseStatus to = switch (action) {
            case SUBMIT -> CaseStatus.SUBMITTED;
            case ACCEPT -> CaseStatus.UNDER_REVIEW;
            case REFUSE -> CaseStatus.REFUSED;
            case REQUEST_SUPPLEMENT -> CaseStatus.AWAITING_SUPPLEMENT;
            case SUPPLY -> beforeSupplement == null ? CaseStatus.SUBMITTED : beforeSupplement;
            case APPROVE -> CaseStatus.APPROVED;
            case DENY -> CaseStatus.DENIED;
            case EXTEND -> status;
            case ISSUE_CERTIFICATE -> CaseStatus.CERTIFICATE_ISSUED;
            case WITHDRAW -> CaseStatus.WITHDRAWN;
            case CLOSE -> CaseStatus.CLOSED;
        };
        return new Outcome(Optional.of(to), Optional.empty());
    }

    /** The actions a party may take on a case now: what a page offers, and nothing else. */
    public static List<CaseAction> available(Workflow workflow, CaseStatus status, Party party, boolean alreadyExtended) {
        return Arrays.stream(CaseAction.values())
                .filter(a -> a.party() == party)
                .filter(a -> allowedFrom(workflow, a).contains(status))
                .filter(a -> a != CaseAction.EXTEND || !alreadyExtended)
                .toList();
    }

    private static java.util.Set<CaseStatus> allowedFrom(Workflow workflow, CaseAction action) {
        if (workflow == Workflow.IMMEDIATE && (action == CaseAction.APPROVE || action == CaseAction.DENY)) {
            return java.util.EnumSet.of(CaseStatus.SUBMITTED, CaseStatus.UNDER_REVIEW);
        }
        return action.from();
    }

    /** Either the next state, or the message key of the rule that refuses the action. */
    public record Outcome(Optional<CaseStatus> next, Optional<String> refusal) {

        static Outcome refused(String key) {
            return new Outcome(Optional.empty(), Optional.of(key));
        }

        public boolean allowed() {
            return next.isPresent();
        }
    }
}
