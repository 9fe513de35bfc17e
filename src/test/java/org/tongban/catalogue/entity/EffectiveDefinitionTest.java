package org.tongban.catalogue.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tongban.jurisdiction.entity.Jurisdiction;
import org.tongban.jurisdiction.entity.Level;

class EffectiveDefinitionTest {

    static final Jurisdiction GUANGDONG = Jurisdiction.of("440000", Level.PROVINCE, "000000", "广东省", "Guangdong");
    static final Jurisdiction SHENZHEN = Jurisdiction.of("440300", Level.PREFECTURE, "440000", "深圳市", null);
    static final Jurisdiction NANSHAN = Jurisdiction.of("440305", Level.COUNTY, "440300", "南山区", null);

    static ItemVersion national(VariancePolicy policy) {
        var definition = new ItemDefinition("食品经营许可", "Food business licence", "《中华人民共和国食品安全法》第三十五条",
                "Food Safety Law, Article 35", Level.COUNTY, 20, 0, Workflow.INSPECTION, policy,
                List.of(new Material(0, "M1", "申请书", "Application form", true, List.of("pdf"), 10),
                        new Material(1, "M2", "场所平面图", "Floor plan", true, List.of("pdf", "jpg"), 10)),
                List.of(new FormField(0, "applicantName", "申请人名称", "Applicant name", FieldType.TEXT, true, 100, null, null, null),
                        new FormField(1, "floorArea", "经营面积", "Floor area", FieldType.NUMBER, true, null, BigDecimal.ONE,
                                BigDecimal.valueOf(100000), null)));
        return new ItemVersion(new CatalogueItem("XK-00101-001", PolicyArea.FOOD_DRUG), 1, definition, "admin");
    }

    static final VariancePolicy FLEXIBLE = new VariancePolicy(5, true, true, true, true);

    static DeltaDraft limit(int days) {
        return new DeltaDraft(DeltaKind.PROMISED_LIMIT, null, days, null, null, null, null, "一网通办提速", null);
    }

    static LocalImplementation implementation(ItemVersion national, Jurisdiction where, DeltaDraft... drafts) {
        LocalImplementation implementation = new LocalImplementation(national.item(), where);
        implementation.declare(List.of(drafts), national, "supervisor");
        return implementation;
    }

    @Test
    void deltasApplyFromTheProvinceDownAndSayWhereTheyComeFrom() {
        ItemVersion national = national(FLEXIBLE);
        var province = implementation(national, GUANGDONG, limit(15),
                new DeltaDraft(DeltaKind.WAIVE_MATERIAL, "M2", null, null, null, null, null, "可通过系统共享获取", null));
        var city = implementation(national, SHENZHEN, limit(10));
        var county = implementation(national, NANSHAN, limit(8),
                new DeltaDraft(DeltaKind.EXTRA_FIELD, "seatCount", null, null, "座位数", "Number of seats", FieldType.NUMBER,
                        "餐饮服务需核定座位", null));

        EffectiveDefinition effective = EffectiveDefinition.resolve(national, NANSHAN, List.of(province, city, county));

        assertEquals(8, effective.promisedLimitDays(), "the county's promise applies last");
        assertEquals(List.of("M1"), effective.materials().stream().map(EffectiveDefinition.EffectiveMaterial::code).toList());
        assertEquals(List.of("applicantName", "floorArea", "seatCount"),
                effective.fields().stream().map(EffectiveDefinition.EffectiveField::code).toList());
        assertEquals("440305", effective.fields().get(2).source().jurisdictionCode());
        assertEquals(List.of("WAIVE_MATERIAL@440000", "PROMISED_LIMIT@440305", "EXTRA_FIELD@440305"),
                effective.differences().stream().map(d -> d.kind() + "@" + d.source().jurisdictionCode()).toList(),
                "the promises of province and city are replaced by the county's, and not listed twice");
        assertTrue(effective.conforming());
    }

    @Test
    void theNationalStandardAppliesWhereNothingIsDeclared() {
        ItemVersion national = national(FLEXIBLE);
        EffectiveDefinition effective = EffectiveDefinition.resolve(national, NANSHAN, List.of());
        assertEquals(20, effective.promisedLimitDays());
        assertEquals(2, effective.materials().size());
        assertTrue(effective.differences().isEmpty());
    }

    @Test
    void deltasOutsideThePolicyAreKeptButMarkedWithTheRuleTheyBreak() {
        ItemVersion national = national(new VariancePolicy(5, false, true, false, false));
        var county = implementation(national, NANSHAN, limit(25),
                new DeltaDraft(DeltaKind.WAIVE_MATERIAL, "M2", null, null, null, null, null, "本地已共享", null),
                new DeltaDraft(DeltaKind.ADD_MATERIAL, "LOCAL1", null, null, "消防意见书", "Fire safety opinion", null,
                        "本地要求", null),
                new DeltaDraft(DeltaKind.FEE, null, null, 5000L, null, null, null, "工本费", null));

        List<String> violations = county.deltas().stream().map(LocalDelta::violation).toList();
        assertEquals(List.of("catalogue.violation.limitLonger", "catalogue.violation.waiveNotAllowed",
                "catalogue.violation.addWithoutBasis", "catalogue.violation.feeHigher"), violations);
        assertFalse(EffectiveDefinition.resolve(national, NANSHAN, List.of(county)).conforming());
    }

    @Test
    void thePolicyBoundsThePromisedLimitOnBothSidesAndTheFee() {
        VariancePolicy policy = new VariancePolicy(5, true, false, false, true);
        assertEquals(Optional.empty(), policy.violationOf(DeltaKind.PROMISED_LIMIT, 5, null, null, 20, 0));
        assertEquals(Optional.of("catalogue.violation.limitBelowMinimum"), policy.violationOf(DeltaKind.PROMISED_LIMIT, 4, null, null, 20, 0));
        assertEquals(Optional.of("catalogue.violation.feeLowerNotAllowed"), policy.violationOf(DeltaKind.FEE, null, 100L, null, 20, 200));
        assertEquals(Optional.of("catalogue.violation.addNotAllowed"), policy.violationOf(DeltaKind.ADD_MATERIAL, null, null, "某条例", 20, 0));
        assertEquals(Optional.empty(), policy.violationOf(DeltaKind.FEE, null, 200L, null, 20, 200));
    }

    @Test
    void publishingALooserVersionCanMakeADeltaConformAgain() {
        ItemVersion strict = national(new VariancePolicy(5, false, false, false, false));
        var county = implementation(strict, NANSHAN,
                new DeltaDraft(DeltaKind.WAIVE_MATERIAL, "M2", null, null, null, null, null, "本地已共享", null));
        assertFalse(county.deltas().get(0).conforming());
        county.deltas().get(0).rejudge(national(FLEXIBLE));
        assertTrue(county.deltas().get(0).conforming());
    }
}
