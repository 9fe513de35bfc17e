package org.tongban.catalogue.boundary;

import org.tongban.catalogue.entity.ItemCategory;
import org.tongban.catalogue.entity.ItemVersion;
import org.tongban.catalogue.entity.PolicyArea;
import org.tongban.jurisdiction.entity.Level;

/** An item in a search result; {@code localDifferences} counts the differences in the chosen region. */
public record ItemSummaryRepresentation(String code, ItemCategory category, PolicyArea policyArea, int version,
        String nameZh, String nameEn, Level handlingLevel, int statutoryLimitDays, long feeFen, Long localDifferences) {

    static ItemSummaryRepresentation of(ItemVersion v, Long localDifferences) {
        return new ItemSummaryRepresentation(v.code(), v.item().category(), v.item().policyArea(), v.version(), v.nameZh(),
                v.nameEn(), v.handlingLevel(), v.statutoryLimitDays(), v.feeFen(), localDifferences);
    }
}
