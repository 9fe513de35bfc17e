package org.tongban.jurisdiction.boundary;

import java.util.List;
import org.tongban.jurisdiction.entity.Jurisdiction;
import org.tongban.jurisdiction.entity.Level;

/** A jurisdiction with its parent and children, as the public API shows it. */
public record JurisdictionRepresentation(String code, String nameZh, String nameEn, Level level,
        Summary parent, List<Summary> children, String fullNameZh) {

    /** A jurisdiction named in a list. */
    public record Summary(String code, String nameZh, String nameEn, Level level, String fullNameZh) {

        static Summary of(Jurisdiction j, String fullNameZh) {
            return new Summary(j.code(), j.nameZh(), j.nameEn(), j.level(), fullNameZh);
        }
    }
}
