package org.tongban.catalogue.boundary;

import java.time.Instant;
import java.util.List;
import org.tongban.catalogue.entity.DeltaKind;
import org.tongban.catalogue.entity.FieldType;
import org.tongban.catalogue.entity.LocalImplementation;

/** A jurisdiction's entry for an item: its deltas, each judged conforming or not. */
public record ImplementationRepresentation(String item, String jurisdiction, long version, Instant updatedAt,
        String updatedBy, List<DeltaRepresentation> deltas) {

    public record DeltaRepresentation(DeltaKind kind, String targetCode, Integer days, Long feeFen, String nameZh,
            String nameEn, FieldType fieldType, String reason, String legalBasis, boolean conforming, String violation) {
    }

    static ImplementationRepresentation of(LocalImplementation i) {
        return new ImplementationRepresentation(i.item().code(), i.jurisdiction().code(), i.version(), i.updatedAt(),
                i.updatedBy(), i.deltas().stream().map(d -> new DeltaRepresentation(d.kind(), d.targetCode(), d.days(),
                        d.feeFen(), d.nameZh(), d.nameEn(), d.fieldType(), d.reason(), d.legalBasis(), d.conforming(),
                        d.violation())).toList());
    }
}
