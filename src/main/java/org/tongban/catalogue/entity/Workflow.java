package org.tongban.catalogue.entity;

/** How a case of an item proceeds. */
public enum Workflow {
    /** Intake, review, decision. */
    STANDARD,
    /** 即办件: decided at intake. */
    IMMEDIATE,
    /** Review includes an on-site inspection. */
    INSPECTION
}
