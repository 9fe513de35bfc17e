package org.tongban.cases.entity;

/** How a listed calendar day departs from the weekday rule. */
public enum DayKind {
    /** A public holiday or local day off, even on a weekday. */
    HOLIDAY,
    /** A weekend day worked instead (调休上班). */
    WORKING_DAY
}
