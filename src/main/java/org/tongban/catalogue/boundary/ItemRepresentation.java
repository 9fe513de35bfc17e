package org.tongban.catalogue.boundary;

import java.math.BigDecimal;
import java.util.List;
import org.tongban.catalogue.entity.Choice;
import org.tongban.catalogue.entity.DeltaKind;
import org.tongban.catalogue.entity.EffectiveDefinition;
import org.tongban.catalogue.entity.FieldType;
import org.tongban.catalogue.entity.ItemCategory;
import org.tongban.catalogue.entity.ItemVersion;
import org.tongban.catalogue.entity.PolicyArea;
import org.tongban.catalogue.entity.VariancePolicy;
import org.tongban.catalogue.entity.Workflow;
import org.tongban.jurisdiction.entity.Level;

/**
 * An item as it applies in one jurisdiction: the national definition's facts, the effective
 * limit, fee, materials and fields there, and every local difference with where it comes from.
 * Money is in fen (1/100 yuan).
 */
public record ItemRepresentation(String code, ItemCategory category, PolicyArea policyArea, int version, String nameZh,
        String nameEn, String legalBasisZh, String legalBasisEn, Level handlingLevel, Workflow workflow,
        int statutoryLimitDays, int promisedLimitDays, long nationalFeeFen, long feeFen, String jurisdiction,
        List<MaterialRepresentation> materials, List<FieldRepresentation> fields, PolicyRepresentation variancePolicy,
        List<DifferenceRepresentation> differences, boolean conforming) {

    public record MaterialRepresentation(String code, String nameZh, String nameEn, boolean mandatory,
            List<String> fileTypes, int maxSizeMb, String addedBy) {
    }

    public record FieldRepresentation(String code, String labelZh, String labelEn, FieldType type, boolean required,
            Integer maxLength, BigDecimal min, BigDecimal max, List<Choice> choices, String addedBy) {
    }

    public record PolicyRepresentation(int minPromisedDays, boolean materialsMayBeWaived, boolean materialsMayBeAdded,
            boolean feeMayBeLower, boolean extraFieldsAllowed) {
    }

    public record DifferenceRepresentation(DeltaKind kind, String target, String nationalValue, String localValue,
            String jurisdiction, String jurisdictionNameZh, Level level, String reason, String legalBasis,
            boolean conforming, String violation) {
    }

    static ItemRepresentation of(EffectiveDefinition effective) {
        ItemVersion v = effective.national();
        VariancePolicy p = v.variancePolicy();
        return new ItemRepresentation(v.code(), v.item().category(), v.item().policyArea(), v.version(), v.nameZh(),
                v.nameEn(), v.legalBasisZh(), v.legalBasisEn(), v.handlingLevel(), v.workflow(), v.statutoryLimitDays(),
                effective.promisedLimitDays(), v.feeFen(), effective.feeFen(), effective.jurisdiction().code(),
                effective.materials().stream().map(m -> new MaterialRepresentation(m.code(), m.nameZh(), m.nameEn(),
                        m.mandatory(), m.fileTypes(), m.maxSizeMb(), m.source() == null ? null : m.source().jurisdictionCode()))
                        .toList(),
                effective.fields().stream().map(f -> new FieldRepresentation(f.code(), f.labelZh(), f.labelEn(), f.type(),
                        f.required(), f.definition() == null ? null : f.definition().maxLength(),
                        f.definition() == null ? null : f.definition().minValue(),
                        f.definition() == null ? null : f.definition().maxValue(),
                        f.definition() == null ? List.of() : f.definition().choices(),
                        f.source() == null ? null : f.source().jurisdictionCode())).toList(),
                new PolicyRepresentation(p.minPromisedDays(), p.materialsMayBeWaived(), p.materialsMayBeAdded(),
                        p.feeMayBeLower(), p.extraFieldsAllowed()),
                effective.differences().stream().map(d -> new DifferenceRepresentation(d.kind(), d.targetCode(),
                        d.nationalValue(), d.localValue(), d.source().jurisdictionCode(), d.source().jurisdictionNameZh(),
                        d.source().level(), d.reason(), d.legalBasis(), d.conforming(), d.violation())).toList(),
                effective.conforming());
    }
}
