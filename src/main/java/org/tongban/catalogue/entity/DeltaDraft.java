package org.tongban.catalogue.entity;

/**
 * A difference a jurisdiction declares for its implementation of an item, as submitted: which
 * kind, what it concerns (a material or field code), the new value, and why.
 */
public record DeltaDraft(DeltaKind kind, String targetCode, Integer days, Long feeFen, String nameZh, String nameEn,
        FieldType fieldType, String reason, String legalBasis) {
}
