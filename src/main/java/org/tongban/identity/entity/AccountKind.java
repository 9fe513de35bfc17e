package org.tongban.identity.entity;

/** Citizens register themselves; staff accounts are created by central administrators. */
public enum AccountKind {
    CITIZEN, STAFF
}
