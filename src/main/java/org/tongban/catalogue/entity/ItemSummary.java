package org.tongban.catalogue.entity;

import org.tongban.jurisdiction.entity.Level;

/** The facts of a published item that a search result shows, read without its materials and fields. */
public record ItemSummary(String code, ItemCategory category, PolicyArea policyArea, int version, String nameZh,
        String nameEn, Level handlingLevel, int statutoryLimitDays, long feeFen) {
}
