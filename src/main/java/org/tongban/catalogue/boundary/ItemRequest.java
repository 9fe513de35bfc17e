package org.tongban.catalogue.boundary;

import java.math.BigDecimal;
import java.util.List;

/**
 * A national item definition as an administrator submits it. Enumerated values arrive as text so
 * that an unknown one is answered with a message naming the field, not a parser error.
 */
public record ItemRequest(String code, String policyArea, String nameZh, String nameEn, String legalBasisZh,
        String legalBasisEn, String handlingLevel, Integer statutoryLimitDays, Long feeFen, String workflow,
        PolicyRequest variancePolicy, List<MaterialRequest> materials, List<FieldRequest> fields) {

    public record PolicyRequest(Integer minPromisedDays, boolean materialsMayBeWaived, boolean materialsMayBeAdded,
            boolean feeMayBeLower, boolean extraFieldsAllowed) {
    }

    public record MaterialRequest(String code, String nameZh, String nameEn, boolean mandatory, List<String> fileTypes,
            Integer maxSizeMb) {
    }

    public record FieldRequest(String code, String labelZh, String labelEn, String type, boolean required,
            Integer maxLength, BigDecimal min, BigDecimal max, List<ChoiceRequest> choices) {
    }

    public record ChoiceRequest(String value, String labelZh, String labelEn) {
    }
}
