package org.tongban.catalogue.boundary;

import org.tongban.catalogue.entity.ItemCategory;
import org.tongban.catalogue.entity.ItemSummary;
import org.tongban.catalogue.entity.PolicyArea;
import org.tongban.jurisdiction.entity.Level;

/** An item in a search result; {@code localDifferences} counts the differences in the chosen region. */
public record ItemSummaryRepresentation(String code, ItemCategory category, PolicyArea policyArea, int version,
        String nameZh, String nameEn, Level handlingLevel, int statutoryLimitDays, long feeFen, Long localDifferences) {

    static ItemSummaryRepresentation of(ItemSummary s, Long localDifferences) {
        return new ItemSummaryRepresentation(s.code(), s.category(), s.policyArea(), s.version(), s.nameZh(), s.nameEn(),
                s.handlingLevel(), s.statutoryLimitDays(), s.feeFen(), localDifferences);
    }
}
