package org.tongban.catalogue.boundary;

import java.util.List;
import java.util.Map;
import org.tongban.catalogue.entity.DeltaKind;

/**
 * The divergence report for one jurisdiction's subtree: per region below it, how many deltas and
 * how many of them non-conforming (the heat map), and per item and region the same by kind (the table).
 */
public record DivergenceRepresentation(String jurisdiction, List<Region> regions, List<Row> rows) {

    public record Region(String code, String nameZh, String nameEn, long deltas, long nonConforming) {
    }

    public record Row(String item, String itemNameZh, String itemNameEn, String region, String regionNameZh, long deltas,
            long nonConforming, Map<DeltaKind, Long> byKind) {
    }

    /** The exact deltas behind a cell. */
    public record Detail(String item, String jurisdiction, String jurisdictionNameZh, DeltaKind kind, String targetCode,
            Integer days, Long feeFen, String nameZh, String reason, String legalBasis, boolean conforming, String violation) {
    }
}
