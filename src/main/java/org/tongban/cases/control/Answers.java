package org.tongban.cases.control;

import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tongban.catalogue.entity.Choice;
import org.tongban.catalogue.entity.EffectiveDefinition;
import org.tongban.catalogue.entity.FormField;
import org.tongban.identity.entity.ResidentIdentityNumber;
import org.tongban.identity.entity.UnifiedSocialCreditCode;
import org.tongban.platform.control.FieldChecks;
import org.tongban.platform.control.JsonProviders;

/**
 * Checks an application form's answers against the fields of the effective definition: every
 * required field answered, every answer of its field's type and within its bounds, no answer to a
 * field the form does not have. Problems are reported per field as "answers.<code>".
 */
public final class Answers {

    static final int DEFAULT_MAX_LENGTH = 500;

    private Answers() {
    }

    /** The normalized answers as a JSON object, or the problems in {@code checks}. */
    public static String check(EffectiveDefinition definition, Map<String, String> answers, FieldChecks checks) {
        Map<String, String> given = answers == null ? Map.of() : answers;
        Map<String, String> normalized = new LinkedHashMap<>();
        for (String code : given.keySet()) {
            if (definition.fields().stream().noneMatch(f -> f.code().equals(code))) {
                checks.problem("answers." + code, "cases.answer.unknownField");
            }
        }
        for (EffectiveDefinition.EffectiveField field : definition.fields()) {
            String at = "answers." + field.code();
            String value = given.get(field.code());
            if (value == null || value.isBlank()) {
                if (field.required()) {
                    checks.problem(at, "validation.required");
                }
                continue;
            }
            if (!checks.required(at, value)) {
                continue;
            }
            value = value.strip();
            FormField rules = field.definition();
            switch (field.type()) {
                case TEXT, ADDRESS -> {
                    int max = rules != null && rules.maxLength() != null ? rules.maxLength() : DEFAULT_MAX_LENGTH;
                    checks.length(at, value, 1, max);
                }
                case NUMBER -> {
                    try {
                        BigDecimal number = new BigDecimal(value);
                        if (rules != null && ((rules.minValue() != null && number.compareTo(rules.minValue()) < 0)
                                || (rules.maxValue() != null && number.compareTo(rules.maxValue()) > 0))) {
                            checks.problem(at, "cases.answer.range", rules.minValue().stripTrailingZeros().toPlainString(),
                                    rules.maxValue().stripTrailingZeros().toPlainString());
                        }
                    } catch (NumberFormatException e) {
                        checks.problem(at, "cases.answer.number");
                    }
                }
                case DATE -> {
                    try {
                        value = LocalDate.parse(value).toString();
                    } catch (DateTimeParseException e) {
                        checks.problem(at, "calendar.date");
                    }
                }
                case CHOICE -> {
                    String chosen = value;
                    if (rules == null || rules.choices().stream().map(Choice::value).noneMatch(chosen::equals)) {
                        checks.problem(at, "cases.answer.choice");
                    }
                }
                case RESIDENT_ID -> {
                    value = ResidentIdentityNumber.normalize(value);
                    ResidentIdentityNumber.problemWith(value, LocalDate.now()).ifPresent(key -> checks.problem(at, key));
                }
                case CREDIT_CODE -> {
                    value = UnifiedSocialCreditCode.normalize(value);
                    UnifiedSocialCreditCode.problemWith(value).ifPresent(key -> checks.problem(at, key));
                }
            }
            normalized.put(field.code(), value);
        }
        JsonObjectBuilder json = JsonProviders.PROVIDER.createObjectBuilder();
        normalized.forEach(json::add);
        return json.build().toString();
    }
}
