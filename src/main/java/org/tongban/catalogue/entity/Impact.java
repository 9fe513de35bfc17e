package org.tongban.catalogue.entity;

import java.util.List;

/**
 * What publishing a draft would touch: how many local implementations list the item, and which
 * of their deltas, conforming today, would become non-conforming under the draft.
 */
public record Impact(String itemCode, int draftVersion, int localImplementations, int deltas,
        List<NewlyNonConforming> newlyNonConforming, long openCases) {

    public record NewlyNonConforming(String jurisdictionCode, DeltaKind kind, String targetCode, String violation) {
    }
}
