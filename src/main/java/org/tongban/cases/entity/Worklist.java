package org.tongban.cases.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a worklist shows: the statuses (by default every status in which the office owes or awaits
 * a step), an item, a card and a flag; most urgent first (earliest deadline) or newest first.
 */
public record Worklist(Set<CaseStatus> statuses, String itemCode, LegalClock.Card card, Flag flag, Order order) {

    /** The statuses of a case still in the office's hands. */
    public static final Set<CaseStatus> OPEN = java.util.Collections.unmodifiableSet(
            EnumSet.copyOf(java.util.Arrays.stream(CaseStatus.values()).filter(CaseStatus::inProgress).toList()));

    public enum Flag {
        /** claimed by the reader */
        MINE,
        /** claimed by nobody */
        UNASSIGNED,
        /** the applicant sent material the office has not yet answered */
        SUPPLIED,
        /** the deadline was extended */
        EXTENDED,
        /** filed for an enterprise */
        ENTERPRISE
    }

    public enum Order { URGENT, NEWEST }

    public Worklist {
        statuses = statuses == null || statuses.isEmpty() ? OPEN : Set.copyOf(statuses);
        order = order == null ? Order.URGENT : order;
    }

    public static Worklist open() {
        return new Worklist(null, null, null, null, null);
    }
}
