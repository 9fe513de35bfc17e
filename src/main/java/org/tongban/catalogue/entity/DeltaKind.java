package org.tongban.catalogue.entity;

/** The only ways a local implementation may differ from its national item. */
public enum DeltaKind {
    PROMISED_LIMIT, WAIVE_MATERIAL, ADD_MATERIAL, FEE, EXTRA_FIELD
}
