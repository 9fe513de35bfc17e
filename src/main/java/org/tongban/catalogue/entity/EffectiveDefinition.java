package org.tongban.catalogue.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongban.jurisdiction.entity.Jurisdiction;
import org.tongban.jurisdiction.entity.Level;

/**
 * What applies to an item in one jurisdiction: the national version with the deltas of the
 * jurisdictions above and at it applied from the province down, so a county may override what
 * its city or province declared. The differences are those in force: one a lower level replaces
 * is not listed again. Every difference says which jurisdiction it comes from.
 */
public record EffectiveDefinition(ItemVersion national, Jurisdiction jurisdiction, int promisedLimitDays, long feeFen,
        List<EffectiveMaterial> materials, List<EffectiveField> fields, List<Difference> differences) {

    /** A material as it applies here; {@code source} is null for national materials. */
    public record EffectiveMaterial(String code, String nameZh, String nameEn, boolean mandatory, List<String> fileTypes,
            int maxSizeMb, Source source) {
    }

    /** A form field as it applies here; {@code source} is null for national fields. */
    public record EffectiveField(FormField definition, String code, String labelZh, String labelEn, FieldType type,
            boolean required, Source source) {
    }

    /** The jurisdiction a difference comes from. */
    public record Source(String jurisdictionCode, String jurisdictionNameZh, Level level) {

        static Source of(Jurisdiction j) {
            return new Source(j.code(), j.nameZh(), j.level());
        }
    }

    /** One local difference, with the national value it replaces and why. */
    public record Difference(DeltaKind kind, String targetCode, String nationalValue, String localValue, Source source,
            String reason, String legalBasis, boolean conforming, String violation) {
    }

    static final List<String> ADDED_MATERIAL_FILE_TYPES = List.of("pdf", "jpg", "png");
    static final int ADDED_MATERIAL_MAX_MB = 10;

    /**
     * @param chain the jurisdiction's local implementations of the item, from the province down;
     *              levels without an implementation are simply absent
     */
    public static EffectiveDefinition resolve(ItemVersion national, Jurisdiction jurisdiction,
            List<LocalImplementation> chain) {
        int limit = national.statutoryLimitDays();
        long fee = national.feeFen();
        Map<String, EffectiveMaterial> materials = new LinkedHashMap<>();
        for (Material m : national.materials()) {
            materials.put(m.code(), new EffectiveMaterial(m.code(), m.nameZh(), m.nameEn(), m.mandatory(), m.fileTypes(),
                    m.maxSizeMb(), null));
        }
        Map<String, EffectiveField> fields = new LinkedHashMap<>();
        for (FormField f : national.fields()) {
            fields.put(f.code(), new EffectiveField(f, f.code(), f.labelZh(), f.labelEn(), f.type(), f.required(), null));
        }
        // keyed by what a difference changes, so that a lower level's declaration replaces a higher one's
        Map<String, Difference> differences = new LinkedHashMap<>();
        for (LocalImplementation implementation : chain) {
            Source source = Source.of(implementation.jurisdiction());
            for (LocalDelta d : implementation.deltas()) {
                String nationalValue = null;
                String localValue = null;
                switch (d.kind()) {
                    case PROMISED_LIMIT -> {
                        nationalValue = Integer.toString(national.statutoryLimitDays());
                        localValue = d.days().toString();
                        limit = d.days();
                    }
                    case FEE -> {
                        nationalValue = Long.toString(national.feeFen());
                        localValue = d.feeFen().toString();
                        fee = d.feeFen();
                    }
                    case WAIVE_MATERIAL -> {
                        materials.remove(d.targetCode());
                        nationalValue = national.material(d.targetCode()).map(Material::nameZh).orElse(d.targetCode());
                    }
                    case ADD_MATERIAL -> {
                        materials.put(d.targetCode(), new EffectiveMaterial(d.targetCode(), d.nameZh(), d.nameEn(), true,
                                ADDED_MATERIAL_FILE_TYPES, ADDED_MATERIAL_MAX_MB, source));
                        localValue = d.nameZh();
                    }
                    case EXTRA_FIELD -> {
                        fields.put(d.targetCode(), new EffectiveField(null, d.targetCode(), d.nameZh(), d.nameEn(),
                                d.fieldType() == null ? FieldType.TEXT : d.fieldType(), false, source));
                        localValue = d.nameZh();
                    }
                }
                String key = d.kind() == DeltaKind.PROMISED_LIMIT || d.kind() == DeltaKind.FEE ? d.kind().name()
                        : (d.kind() == DeltaKind.WAIVE_MATERIAL || d.kind() == DeltaKind.ADD_MATERIAL ? "MATERIAL:" : "FIELD:")
                                + d.targetCode();
                differences.remove(key);
                differences.put(key, new Difference(d.kind(), d.targetCode(), nationalValue, localValue, source, d.reason(),
                        d.legalBasis(), d.conforming(), d.violation()));
            }
        }
        return new EffectiveDefinition(national, jurisdiction, limit, fee, List.copyOf(materials.values()),
                List.copyOf(fields.values()), List.copyOf(differences.values()));
    }

    public boolean conforming() {
        return differences.stream().allMatch(Difference::conforming);
    }
}
