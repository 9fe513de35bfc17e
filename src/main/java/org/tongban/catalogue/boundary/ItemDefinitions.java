package org.tongban.catalogue.boundary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tongban.catalogue.entity.Choice;
import org.tongban.catalogue.entity.FieldType;
import org.tongban.catalogue.entity.FormField;
import org.tongban.catalogue.entity.ItemDefinition;
import org.tongban.catalogue.entity.Material;
import org.tongban.catalogue.entity.VariancePolicy;
import org.tongban.catalogue.entity.Workflow;
import org.tongban.jurisdiction.entity.Level;
import org.tongban.platform.control.FieldChecks;

/**
 * Turns a submitted item definition into a valid one, or reports every problem at once: required
 * texts, limits and fee in range, unique material and field codes, known field types, bounds
 * that fit each type.
 */
final class ItemDefinitions {

    static final Set<String> FILE_TYPES = Set.of("pdf", "jpg", "png", "ofd");

    private ItemDefinitions() {
    }

    static ItemDefinition check(ItemRequest request, FieldChecks checks) {
        text(checks, "nameZh", request.nameZh(), 200);
        text(checks, "nameEn", request.nameEn(), 300);
        text(checks, "legalBasisZh", request.legalBasisZh(), 2000);
        text(checks, "legalBasisEn", request.legalBasisEn(), 2000);
        Level level = enumValue(checks, "handlingLevel", request.handlingLevel(), Level.class, "catalogue.handlingLevel.unknown");
        if (level == Level.NATION) {
            checks.problem("handlingLevel", "catalogue.handlingLevel.unknown");
        }
        Workflow workflow = enumValue(checks, "workflow", request.workflow(), Workflow.class, "catalogue.workflow.unknown");
        int limit = request.statutoryLimitDays() == null ? 0 : request.statutoryLimitDays();
        if (limit < 1 || limit > 365) {
            checks.problem("statutoryLimitDays", "catalogue.limit.range");
        }
        long fee = request.feeFen() == null ? -1 : request.feeFen();
        if (fee < 0) {
            checks.problem("feeFen", "catalogue.fee.negative");
        }
        VariancePolicy policy = null;
        if (request.variancePolicy() == null || request.variancePolicy().minPromisedDays() == null) {
            checks.problem("variancePolicy", "validation.required");
        } else {
            var p = request.variancePolicy();
            if (p.minPromisedDays() < 1 || p.minPromisedDays() > Math.max(limit, 1)) {
                checks.problem("variancePolicy.minPromisedDays", "catalogue.policy.minPromised");
            }
            policy = new VariancePolicy(p.minPromisedDays(), p.materialsMayBeWaived(), p.materialsMayBeAdded(),
                    p.feeMayBeLower(), p.extraFieldsAllowed());
        }
        List<Material> materials = materials(request.materials(), checks);
        List<FormField> fields = fields(request.fields(), checks);
        checks.throwIfAny();
        return new ItemDefinition(request.nameZh().strip(), request.nameEn().strip(), request.legalBasisZh().strip(),
                request.legalBasisEn().strip(), level, limit, fee, workflow, policy, materials, fields);
    }

    private static List<Material> materials(List<ItemRequest.MaterialRequest> requests, FieldChecks checks) {
        List<Material> materials = new ArrayList<>();
        if (requests == null || requests.isEmpty() || requests.size() > 30) {
            checks.problem("materials", "catalogue.materials.count");
            return materials;
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            var m = requests.get(i);
            String at = "materials[" + i + "]";
            if (m.code() == null || !m.code().matches("[A-Z][A-Z0-9_]{0,19}") || !codes.add(m.code())) {
                checks.problem(at + ".code", "catalogue.code.duplicateOrInvalid");
            }
            text(checks, at + ".nameZh", m.nameZh(), 200);
            text(checks, at + ".nameEn", m.nameEn(), 300);
            List<String> types = m.fileTypes() == null ? List.of() : m.fileTypes();
            if (types.isEmpty() || !FILE_TYPES.containsAll(types)) {
                checks.problem(at + ".fileTypes", "catalogue.fileTypes");
            }
            int size = m.maxSizeMb() == null ? 0 : m.maxSizeMb();
            if (size < 1 || size > 50) {
                checks.problem(at + ".maxSizeMb", "catalogue.maxSize");
            }
            materials.add(new Material(i, m.code(), m.nameZh(), m.nameEn(), m.mandatory(), types, size));
        }
        return materials;
    }

    private static List<FormField> fields(List<ItemRequest.FieldRequest> requests, FieldChecks checks) {
        List<FormField> fields = new ArrayList<>();
        if (requests == null || requests.isEmpty() || requests.size() > 50) {
            checks.problem("fields", "catalogue.fields.count");
            return fields;
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            var f = requests.get(i);
            String at = "fields[" + i + "]";
            if (f.code() == null || !f.code().matches("[a-z][A-Za-z0-9]{0,39}") || !codes.add(f.code())) {
                checks.problem(at + ".code", "catalogue.code.duplicateOrInvalid");
            }
            text(checks, at + ".labelZh", f.labelZh(), 200);
            text(checks, at + ".labelEn", f.labelEn(), 300);
            FieldType type = enumValue(checks, at + ".type", f.type(), FieldType.class, "catalogue.fieldType.unknown");
            List<Choice> choices = f.choices() == null ? List.of()
                    : f.choices().stream().map(c -> new Choice(c.value(), c.labelZh(), c.labelEn())).toList();
            if (type == FieldType.TEXT && (f.maxLength() == null || f.maxLength() < 1 || f.maxLength() > 2000)) {
                checks.problem(at + ".maxLength", "catalogue.field.maxLength");
            }
            if (type == FieldType.NUMBER && (f.min() == null || f.max() == null || f.min().compareTo(f.max()) >= 0)) {
                checks.problem(at + ".min", "catalogue.field.bounds");
            }
            if (type == FieldType.CHOICE && (choices.size() < 2 || choices.stream().anyMatch(c -> c.value() == null
                    || c.value().isBlank() || c.labelZh() == null || c.labelEn() == null))) {
                checks.problem(at + ".choices", "catalogue.field.choices");
            }
            fields.add(new FormField(i, f.code(), f.labelZh(), f.labelEn(), type, f.required(),
                    type == FieldType.TEXT ? f.maxLength() : null, type == FieldType.NUMBER ? f.min() : null,
                    type == FieldType.NUMBER ? f.max() : null, type == FieldType.CHOICE ? choices : List.of()));
        }
        return fields;
    }

    private static void text(FieldChecks checks, String field, String value, int max) {
        if (checks.required(field, value)) {
            checks.length(field, value.strip(), 1, max);
        }
    }

    private static <E extends Enum<E>> E enumValue(FieldChecks checks, String field, String value, Class<E> type,
            String messageKey) {
        if (!checks.required(field, value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            checks.problem(field, messageKey, value);
            return null;
        }
    }
}
