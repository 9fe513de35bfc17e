package org.tongban.catalogue.entity;

/** A version is drafted, then published (replacing the one before, which is superseded). */
public enum VersionStatus {
    DRAFT, PUBLISHED, SUPERSEDED
}
