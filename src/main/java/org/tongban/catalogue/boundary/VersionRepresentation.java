package org.tongban.catalogue.boundary;

import java.time.Instant;
import org.tongban.catalogue.entity.ItemVersion;
import org.tongban.catalogue.entity.VersionStatus;

/** A version of a national item and where it stands. */
public record VersionRepresentation(String code, int version, VersionStatus status, String nameZh, String nameEn,
        Instant publishedAt) {

    static VersionRepresentation of(ItemVersion v) {
        return new VersionRepresentation(v.code(), v.version(), v.status(), v.nameZh(), v.nameEn(), v.publishedAt());
    }
}
